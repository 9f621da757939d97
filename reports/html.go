package reports

import (
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

//go:embed templates/report.html.tmpl
var templates embed.FS

// HTMLOptions tune the HTML report.
type HTMLOptions struct {
	// Title heads the page; "unbind: <run name>" when empty.
	Title string
	// LinkDir, when set, is the folder the report will be written to:
	// evidence kept as a file is then linked, relative to it, rather than
	// embedded. Empty embeds all evidence, making the page self-contained.
	LinkDir string
}

// WriteHTML writes the run as one self-contained HTML page: a summary per
// feature, the steps that no longer work with their error and screenshot,
// then every scenario with its steps, arguments and evidence (images shown,
// text in collapsible blocks).
func WriteHTML(w io.Writer, r *Run, opts HTMLOptions) error {
	t, err := template.ParseFS(templates, "templates/report.html.tmpl")
	if err != nil {
		return fmt.Errorf("reading the HTML report template: %w", err)
	}
	page, err := htmlPage(r, opts)
	if err != nil {
		return err
	}
	if err := t.Execute(w, page); err != nil {
		return fmt.Errorf("writing the HTML report: %w", err)
	}
	return nil
}

type htmlReport struct {
	Title, Started, Duration string
	Finished                 bool
	Counts                   Counts
	Features                 []htmlFeature
	Problems                 []htmlProblem
}

type htmlFeature struct {
	Anchor, Keyword, Name, URI, Language, Description string
	Tags                                              []string
	Counts                                            Counts
	Scenarios                                         []htmlScenario
}

type htmlScenario struct {
	Anchor, Keyword, Name, Example, Location, Duration string
	Status                                             Status
	Open                                               bool
	Tags                                               []string
	Steps                                              []htmlStep
}

type htmlStep struct {
	Keyword, Text, Where, Duration, DocString, Problem string
	Status                                             Status
	Table                                              [][]string
	Attachments                                        []htmlAttachment
}

type htmlAttachment struct {
	Name, MediaType, Size, Text string
	Image, Href                 template.URL
}

// htmlProblem is a step that failed its scenario.
type htmlProblem struct {
	Anchor, Feature, Scenario string
	Step                      htmlStep
}

func htmlPage(r *Run, opts HTMLOptions) (*htmlReport, error) {
	page := &htmlReport{
		Title: opts.Title, Duration: humanDuration(r.Duration()), Finished: !r.Finished.IsZero(),
		Counts: Count(r.Features...),
	}
	if page.Title == "" {
		page.Title = strings.TrimSuffix("unbind: "+r.Name, ": ")
	}
	if !r.Started.IsZero() {
		page.Started = r.Started.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	for i, f := range r.Features {
		hf, problems, err := htmlFeatureOf(i, f, opts)
		if err != nil {
			return nil, err
		}
		page.Features = append(page.Features, hf)
		page.Problems = append(page.Problems, problems...)
	}
	return page, nil
}

func htmlFeatureOf(i int, f *Feature, opts HTMLOptions) (htmlFeature, []htmlProblem, error) {
	hf := htmlFeature{
		Anchor: fmt.Sprintf("f%d", i+1), Keyword: f.Keyword, Name: f.Name, URI: f.URI,
		Language: f.Language, Description: dedent(f.Description),
		Tags: tagList(f.Tags), Counts: Count(f),
	}
	var problems []htmlProblem
	for j, sc := range f.Scenarios {
		hs, err := htmlScenarioOf(fmt.Sprintf("%s-s%d", hf.Anchor, j+1), sc, opts)
		if err != nil {
			return hf, nil, err
		}
		hf.Scenarios = append(hf.Scenarios, hs)
		if k := failingIndex(sc); k >= 0 {
			name := hs.Name
			if sc.Example != nil {
				name += " (" + sc.Example.Label() + ")"
			}
			problems = append(problems, htmlProblem{Anchor: hs.Anchor, Feature: f.Name, Scenario: name, Step: hs.Steps[k]})
		}
	}
	return hf, problems, nil
}

func failingIndex(sc *Scenario) int {
	for k, st := range sc.Steps {
		if st.Status.Failing() {
			return k
		}
	}
	return -1
}

func htmlScenarioOf(anchor string, sc *Scenario, opts HTMLOptions) (htmlScenario, error) {
	status := sc.Status()
	hs := htmlScenario{
		Anchor: anchor, Keyword: sc.Keyword, Name: sc.Name, Location: sc.Location(),
		Duration: humanDuration(sc.Duration()), Status: status, Open: status != StatusPassed,
		Tags: tagList(sc.Tags),
	}
	if ex := sc.Example; ex != nil {
		hs.Example = ex.Label() + ": " + exampleValues(ex)
	}
	for _, st := range sc.Steps {
		hst, err := htmlStepOf(sc, st, opts)
		if err != nil {
			return hs, err
		}
		hs.Steps = append(hs.Steps, hst)
	}
	return hs, nil
}

func htmlStepOf(sc *Scenario, st *Step, opts HTMLOptions) (htmlStep, error) {
	hst := htmlStep{
		Keyword: st.Keyword, Text: st.Text, Where: fmt.Sprintf("%s:%d", sc.URI, st.Line),
		Duration: humanDuration(st.Duration), Status: st.Status,
	}
	if st.Status.Failing() {
		hst.Problem = stepProblem(st)
	}
	if st.DocString != nil {
		hst.DocString = st.DocString.Content
	}
	if st.Table != nil {
		hst.Table = st.Table.Rows
	}
	for _, a := range st.Attachments {
		ha, err := htmlAttachmentOf(a, opts)
		if err != nil {
			return hst, fmt.Errorf("showing evidence of %q in the HTML report: %w", stepLabel(st), err)
		}
		hst.Attachments = append(hst.Attachments, ha)
	}
	return hst, nil
}

// htmlAttachmentOf shows images as images, text as text and anything else
// as a link; evidence kept as a file is linked when the options ask for it.
func htmlAttachmentOf(a Attachment, opts HTMLOptions) (htmlAttachment, error) {
	ha := htmlAttachment{Name: a.Name, MediaType: a.MediaType}
	if opts.LinkDir != "" && a.Path != "" {
		ref, err := relativeRef(opts.LinkDir, a.Path)
		if err != nil {
			return ha, err
		}
		if safeImage(a.MediaType) {
			ha.Image = ref
		} else {
			ha.Href = ref
		}
		return ha, nil
	}
	body, err := a.Data()
	if err != nil {
		return ha, err
	}
	ha.Size = byteSize(len(body))
	switch {
	case safeImage(a.MediaType):
		ha.Image = dataURL(a.MediaType, body)
	case utf8.Valid(body) && (strings.HasPrefix(a.MediaType, "text/") || a.MediaType == "application/json"):
		ha.Text = string(body)
	default:
		ha.Href = dataURL("application/octet-stream", body)
	}
	return ha, nil
}

// safeImage lists the image types a page can show without running anything
// (SVG can carry script).
func safeImage(mediaType string) bool {
	switch mediaType {
	case "image/png", "image/jpeg", "image/gif", "image/webp":
		return true
	}
	return false
}

// dataURL embeds bytes in the page; only safe media types reach it.
func dataURL(mediaType string, body []byte) template.URL {
	return template.URL("data:" + mediaType + ";base64," + base64.StdEncoding.EncodeToString(body))
}

func relativeRef(dir, path string) (template.URL, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("locating the report folder %s: %w", dir, err)
	}
	absPath, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("locating evidence %s: %w", path, err)
	}
	rel, err := filepath.Rel(absDir, absPath)
	if err != nil {
		return "", fmt.Errorf("linking evidence %s from %s: %w", path, dir, err)
	}
	return template.URL((&url.URL{Path: filepath.ToSlash(rel)}).String()), nil
}

// dedent takes away the indentation gherkin keeps in descriptions.
func dedent(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

func tagList(tags []Tag) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.Name
	}
	return out
}

func humanDuration(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

func byteSize(n int) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f KiB", float64(n)/1024)
}
