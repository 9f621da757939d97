package write

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/unbind/unbind/reports/record"
)

// CucumberJSONOptions tune the Cucumber JSON.
type CucumberJSONOptions struct {
	// Indent pretty-prints the JSON with this indent; compact when empty.
	Indent string
}

// CucumberJSON writes the run in the classic Cucumber JSON format read
// by cucumber-html-reporter, Allure and the Jenkins cucumber plugin. Step
// attachments become "embeddings" (base64 data and mime_type, see
// cukeMediaType: a page's DOM is embedded as opaque bytes); attachments
// kept only as a file are read from their Path. Steps that did not finish are
// reported as skipped, since the format has no other word for them.
func CucumberJSON(w io.Writer, r *record.Run, opts CucumberJSONOptions) error {
	features := make([]cukeFeature, 0, len(r.Features))
	for _, f := range r.Features {
		cf, err := cucumberFeature(f)
		if err != nil {
			return err
		}
		features = append(features, cf)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", opts.Indent)
	if err := enc.Encode(features); err != nil {
		return fmt.Errorf("writing the Cucumber JSON: %w", err)
	}
	return nil
}

type cukeFeature struct {
	URI         string        `json:"uri"`
	ID          string        `json:"id"`
	Keyword     string        `json:"keyword"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Line        int           `json:"line"`
	Tags        []cukeTag     `json:"tags,omitempty"`
	Elements    []cukeElement `json:"elements"`
}

type cukeTag struct {
	Name string `json:"name"`
	Line int    `json:"line"`
}

type cukeElement struct {
	ID             string     `json:"id"`
	Keyword        string     `json:"keyword"`
	Name           string     `json:"name"`
	Description    string     `json:"description"`
	Line           int        `json:"line"`
	Type           string     `json:"type"`
	StartTimestamp string     `json:"start_timestamp,omitempty"`
	Tags           []cukeTag  `json:"tags,omitempty"`
	Steps          []cukeStep `json:"steps"`
}

type cukeStep struct {
	Keyword    string          `json:"keyword"`
	Name       string          `json:"name"`
	Line       int             `json:"line"`
	DocString  *cukeDocString  `json:"doc_string,omitempty"`
	Rows       []cukeRow       `json:"rows,omitempty"`
	Match      cukeMatch       `json:"match"`
	Result     cukeResult      `json:"result"`
	Embeddings []cukeEmbedding `json:"embeddings,omitempty"`
}

type cukeDocString struct {
	Value       string `json:"value"`
	ContentType string `json:"content_type"`
	Line        int    `json:"line"`
}

type cukeRow struct {
	Cells []string `json:"cells"`
}

type cukeMatch struct {
	Location string `json:"location"`
}

type cukeResult struct {
	Status   string `json:"status"`
	Duration int64  `json:"duration"`
	Error    string `json:"error_message,omitempty"`
}

type cukeEmbedding struct {
	Name     string `json:"name,omitempty"`
	MimeType string `json:"mime_type"`
	Data     string `json:"data"`
}

// featureKeyword is the keyword every feature has in the Cucumber JSON,
// whatever its language: report tools tell a feature by it (Allure reads
// only the features whose keyword is "Feature"; a Russian «Функция» or a
// Hindi «रूप लेख» would leave the feature out). Scenarios and steps keep
// the keywords they are written with.
const featureKeyword = "Feature"

func cucumberFeature(f *record.Feature) (cukeFeature, error) {
	cf := cukeFeature{
		URI: f.URI, ID: cukeID(f.Name), Keyword: featureKeyword, Name: f.Name,
		Description: f.Description, Line: f.Line, Tags: cukeTags(f.Tags),
		Elements: make([]cukeElement, 0, len(f.Scenarios)),
	}
	for _, sc := range f.Scenarios {
		el, err := cucumberElement(cf.ID, sc)
		if err != nil {
			return cf, err
		}
		cf.Elements = append(cf.Elements, el)
	}
	return cf, nil
}

func cucumberElement(featureID string, sc *record.Scenario) (cukeElement, error) {
	el := cukeElement{
		ID: featureID + ";" + cukeID(sc.Name), Keyword: sc.Keyword, Name: sc.Name,
		Description: sc.Description, Line: sc.SourceLine(), Type: "scenario",
		Tags: cukeTags(sc.Tags), Steps: make([]cukeStep, 0, len(sc.Steps)),
	}
	if ex := sc.Example; ex != nil {
		el.ID += fmt.Sprintf(";%s;%d", cukeID(ex.Name), ex.Index+1) // the header is row 1
	}
	if !sc.Started.IsZero() {
		el.StartTimestamp = sc.Started.UTC().Format(time.RFC3339Nano)
	}
	for _, st := range sc.Steps {
		cs, err := cucumberStep(sc, st)
		if err != nil {
			return el, err
		}
		el.Steps = append(el.Steps, cs)
	}
	return el, nil
}

func cucumberStep(sc *record.Scenario, st *record.Step) (cukeStep, error) {
	cs := cukeStep{
		Keyword: st.Keyword, Name: st.Text, Line: st.Line,
		Match:  cukeMatch{Location: fmt.Sprintf("%s:%d", sc.URI, st.Line)},
		Result: cukeResult{Status: cukeStatus(st.Status), Duration: st.Duration.Nanoseconds(), Error: st.Error},
	}
	if st.Match != nil && st.Match.File != "" {
		cs.Match.Location = fmt.Sprintf("%s:%d", st.Match.File, st.Match.Line)
	}
	if st.Status.Failing() && cs.Result.Error == "" {
		cs.Result.Error = stepProblem(st)
	}
	if ds := st.DocString; ds != nil {
		cs.DocString = &cukeDocString{Value: ds.Content, ContentType: ds.MediaType, Line: ds.Line}
	}
	if st.Table != nil {
		for _, row := range st.Table.Rows {
			cs.Rows = append(cs.Rows, cukeRow{Cells: row})
		}
	}
	for _, a := range st.Attachments {
		body, err := a.Data()
		if err != nil {
			return cs, fmt.Errorf("embedding evidence of %q in the Cucumber JSON: %w", st.Label(), err)
		}
		cs.Embeddings = append(cs.Embeddings, cukeEmbedding{
			Name: a.Name, MimeType: cukeMediaType(a.MediaType, body), Data: base64.StdEncoding.EncodeToString(body),
		})
	}
	return cs, nil
}

// cukeMediaType is the type an attachment is embedded under so that no
// report tool renders it as markup. cucumber-html-reporter puts text/plain,
// text/html and application/json into its page as they are, and
// multiple-cucumber-html-reporter text/html; a page's DOM would come alive
// there, its scripts and forms included. Images that carry no script keep
// their type, plain text keeps text/plain when it holds no character markup
// starts with (so it reads the same whether a tool escapes it or not), and
// anything else is embedded as opaque bytes, which the tools offer as a
// download under the attachment's file name.
func cukeMediaType(mediaType string, body []byte) string {
	switch {
	case safeImage(mediaType):
		return mediaType
	case mediaType == "text/plain" && utf8.Valid(body) && !bytes.ContainsAny(body, "<&"):
		return mediaType
	}
	return "application/octet-stream"
}

func cukeStatus(s record.Status) string {
	if s == record.StatusUnknown {
		return string(record.StatusSkipped)
	}
	return string(s)
}

func cukeTags(tags []record.Tag) []cukeTag {
	out := make([]cukeTag, 0, len(tags))
	for _, t := range tags {
		out = append(out, cukeTag(t))
	}
	return out
}

// cukeID makes the ids Cucumber gives features and scenarios: lower case,
// spaces as dashes.
func cukeID(name string) string {
	return strings.ReplaceAll(strings.ToLower(name), " ", "-")
}
