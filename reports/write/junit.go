package write

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

// JUnitOptions tune the JUnit XML.
type JUnitOptions struct {
	// Name is the name of the <testsuites> element; the run's name when empty.
	Name string
	// Dir is the folder the report is read from, which the paths of
	// evidence kept as files are written relative to
	// (record.Attachment.PathFrom); empty writes each Path as it is.
	Dir string
	// Docs is the folder of the articles the scenarios cite; with it a
	// failure also quotes the sentence of the article its step stands for.
	Docs string
}

// JUnit writes the run as JUnit XML valid against the Jenkins JUnit
// schema; each <testsuite> also passes the Surefire 3.0.2 schema on its own.
//
// One <testsuite> per feature, one <testcase> per scenario (classname the
// feature name; an outline row named as Cucumber's own JUnit formatter
// names it: "<outline> - <examples> - #b.r", the pickle's name after
// ": " when its placeholders make it differ from the outline's). A scenario
// that fails, or has an undefined, pending or ambiguous step, gets a
// <failure> naming the step and carrying its error; one that did not finish
// gets an <error>; one that was skipped a <skipped> with the reason its
// skipped step gives (for example "interrupted"). The schemas allow no
// file or line attributes: the feature file is a property of its testsuite,
// and each testcase's <system-out> starts with "file:line", logs every
// step with its status and duration, and ends with a line
// "[[ATTACHMENT|path]]" for each evidence file, path relative to
// opts.Dir, which the Jenkins attachments plugin and GitLab show with the
// test.
func JUnit(w io.Writer, r *record.Run, opts JUnitOptions) error {
	doc := junitRun(r, opts)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing the JUnit XML header: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing the JUnit XML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing the JUnit XML: %w", err)
	}
	return nil
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Properties []junitProperty `xml:"properties>property"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

// junitCase holds at most one of Failure, Skipped and Error: the two schemas
// order them differently, and one at a time passes both.
type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure"`
	Skipped   *string       `xml:"skipped"`
	Error     *junitProblem `xml:"error"`
	SystemOut junitText     `xml:"system-out"`
}

// junitText is element text kept as written, in a CDATA section.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

func junitRun(r *record.Run, opts JUnitOptions) junitSuites {
	name := opts.Name
	if name == "" {
		name = r.Name
	}
	c := record.Count(r.Features...)
	out := junitSuites{
		Name: name, Tests: c.Scenarios, Failures: c.Failed, Errors: c.Unknown,
		Time: seconds(r.Duration()),
	}
	to := junitTo{dir: opts.Dir, lib: article.NewLibrary(opts.Docs)}
	for _, f := range r.Features {
		out.Suites = append(out.Suites, junitFeature(f, to))
	}
	return out
}

// junitTo is where a JUnit report is going: the folder it is read from
// (evidence paths are relative to it) and the articles its scenarios cite.
type junitTo struct {
	dir string
	lib *article.Library
}

func junitFeature(f *record.Feature, to junitTo) junitSuite {
	c := record.Count(f)
	s := junitSuite{
		Name: f.Name, Tests: c.Scenarios, Failures: c.Failed, Errors: c.Unknown, Skipped: c.Skipped,
		Time:       seconds(f.Duration()),
		Properties: []junitProperty{{Name: "file", Value: f.URI}},
	}
	if f.Language != "" {
		s.Properties = append(s.Properties, junitProperty{Name: "language", Value: f.Language})
	}
	names := caseNames(f)
	for i, sc := range f.Scenarios {
		s.Cases = append(s.Cases, junitScenario(f, sc, names[i], to))
	}
	return s
}

// caseNames names the testcases of a feature so no two are alike: outline
// rows as exampleName does, other repeated names with their line.
func caseNames(f *record.Feature) []string {
	outlines := outlineNames(f.Document)
	names := make([]string, len(f.Scenarios))
	seen := map[string]int{}
	for i, sc := range f.Scenarios {
		names[i] = sc.Name
		if sc.Example != nil {
			names[i] = exampleName(sc, outlines[sc.Line])
		}
		seen[names[i]]++
	}
	for i, sc := range f.Scenarios {
		if seen[names[i]] > 1 {
			names[i] = fmt.Sprintf("%s (line %d)", names[i], sc.SourceLine())
		}
	}
	return names
}

// exampleName names an outline row as Cucumber's reference JUnit formatter
// does: the outline's name, the examples block's name when it has one, and
// "#block.row", followed by ": " and the scenario's own name when the
// outline's placeholders make it differ from the outline's ("Remove a card
// - Brands - #1.2: Remove a Visa card"). outline is the outline's name as
// written; the scenario's name stands in when it is not known.
func exampleName(sc *record.Scenario, outline string) string {
	if outline == "" {
		outline = sc.Name
	}
	ex := sc.Example
	number := fmt.Sprintf("#%d.%d", ex.Block, ex.Index)
	if sc.Name != outline {
		number += ": " + sc.Name
	}
	var parts []string
	for _, p := range []string{outline, ex.Name, number} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " - ")
}

// outlineNames are the names of a document's scenarios as written, by the
// line of their keyword, Rules' included.
func outlineNames(doc *messages.GherkinDocument) map[int]string {
	out := map[int]string{}
	if doc == nil || doc.Feature == nil {
		return out
	}
	add := func(sc *messages.Scenario) {
		if sc != nil && sc.Location != nil {
			out[int(sc.Location.Line)] = sc.Name
		}
	}
	for _, c := range doc.Feature.Children {
		add(c.Scenario)
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				add(rc.Scenario)
			}
		}
	}
	return out
}

// classname is the feature's name, and the Rule's after it for a scenario
// under a Rule ("Remove a card › Method 1"), so that CI groups a Rule's
// cases together.
func classname(f *record.Feature, sc *record.Scenario) string {
	if sc.Rule != nil && sc.Rule.Name != "" {
		return f.Name + " › " + sc.Rule.Name
	}
	return f.Name
}

func junitScenario(f *record.Feature, sc *record.Scenario, name string, to junitTo) junitCase {
	tc := junitCase{
		Name: name, Classname: classname(f, sc), Time: seconds(sc.Duration()),
		SystemOut: junitText{xmlChars(stepLog(sc, to.dir))},
	}
	switch st := sc.Status(); {
	case st.Failing():
		tc.Failure = junitFailure(f, sc, sc.FailingStep(), to.lib)
	case st == record.StatusUnknown:
		tc.Error = &junitProblem{Message: "the scenario did not finish", Type: string(record.StatusUnknown)}
	case st == record.StatusSkipped:
		text := skipReason(firstWith(sc, record.StatusSkipped))
		tc.Skipped = &text
	}
	return tc
}

// junitFailure is the failure of scenario sc of f at step st: the step,
// where it is and its error, then the article passages the scenario cites
// and, with the articles at hand, the sentence the step stands for.
func junitFailure(f *record.Feature, sc *record.Scenario, st *record.Step, lib *article.Library) *junitProblem {
	if st == nil { // a scenario without steps
		return &junitProblem{Message: "the scenario has no steps", Type: string(record.StatusUndefined), Text: sc.Location()}
	}
	// A step that ends in a colon (a table's "fill these fields:") is not
	// given a second one.
	msg := strings.TrimSuffix(st.Label(), ":") + ": " + stepProblem(st)
	text := fmt.Sprintf("%s\nat %s:%d\n%s\n", st.Label(), sc.URI, st.Line, stepProblem(st))
	if n := len(sc.Earlier); n > 0 {
		text += fmt.Sprintf("failed on all %d attempts\n", n+1)
	}
	sources := article.Sources(f.Description, sc.Description, tagList(sc.Tags))
	if len(sources) > 0 {
		labels := make([]string, len(sources))
		for i, c := range sources {
			labels[i] = c.Label()
		}
		text += "article: " + strings.Join(labels, ", ") + "\n"
	}
	if k := slices.Index(sc.Steps, st); k >= 0 {
		if src, ok := lib.StepSentence(sources, sc.StepTexts(), k); ok {
			text += fmt.Sprintf("%s line %d, this step's: %s\n", src.Name, src.Line, src.Sentence)
		}
	}
	return &junitProblem{Message: msg, Type: string(st.Status), Text: xmlChars(text)}
}

// skipReason is the reason a skipped step gives (a run that was interrupted
// says "interrupted"), or else where the scenario was skipped.
func skipReason(st *record.Step) string {
	if st.Error != "" {
		return st.Error
	}
	return "skipped at " + st.Label()
}

func firstWith(sc *record.Scenario, s record.Status) *record.Step {
	for _, st := range sc.Steps {
		if st.Status == s {
			return st
		}
	}
	return sc.Steps[0]
}

// stepProblem says what went wrong with a step.
func stepProblem(st *record.Step) string {
	if st.Error != "" {
		return st.Error
	}
	switch st.Status {
	case record.StatusUndefined:
		return "no step definition matches this step"
	case record.StatusPending:
		return "the step definition is pending"
	case record.StatusUnknown:
		return "the step did not finish"
	}
	return string(st.Status)
}

// stepLog is the plain-text account of a scenario: where it is, then each
// step with its status, duration and what went wrong, then its evidence.
func stepLog(sc *record.Scenario, dir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", sc.Location())
	if len(sc.Tags) > 0 {
		fmt.Fprintf(&b, "tags: %s\n", tagNames(sc.Tags))
	}
	if ex := sc.Example; ex != nil {
		fmt.Fprintf(&b, "%s: %s\n", ex.Label(), exampleValues(ex))
	}
	if len(sc.Earlier) > 0 {
		attemptsLog(&b, sc, dir)
		attachmentTags(&b, sc, dir)
		return b.String()
	}
	stepLines(&b, sc, dir)
	attachmentTags(&b, sc, dir)
	return b.String()
}

// attachmentTags ends a scenario's log with "[[ATTACHMENT|path]]" for each
// evidence file of its attempts, path as a report in dir names it.
func attachmentTags(b *strings.Builder, sc *record.Scenario, dir string) {
	for _, at := range sc.Attempts() {
		for _, st := range at.Steps {
			for _, a := range st.Attachments {
				if p := a.PathFrom(dir); p != "" {
					fmt.Fprintf(b, "[[ATTACHMENT|%s]]\n", p)
				}
			}
		}
	}
}

// attemptsLog logs every attempt of a retried scenario, each under a line
// saying which attempt it was and how it ended.
func attemptsLog(b *strings.Builder, sc *record.Scenario, dir string) {
	all := sc.Attempts()
	verdict := "failed on every attempt"
	if sc.Flaky() {
		verdict = "flaky: failed, then passed when run again"
	}
	fmt.Fprintf(b, "%s\n", verdict)
	for i, at := range all {
		fmt.Fprintf(b, "attempt %d of %d: %s\n", i+1, len(all), at.Status())
		stepLines(b, at, dir)
	}
}

// stepLines logs each step with its status, duration, problem and evidence.
func stepLines(b *strings.Builder, sc *record.Scenario, dir string) {
	for _, st := range sc.Steps {
		fmt.Fprintf(b, "%-9s %8s  %s (line %d)\n", st.Status, seconds(st.Duration)+"s", st.Label(), st.Line)
		if st.Status.Failing() {
			fmt.Fprintf(b, "          %s\n", indent(stepProblem(st), "          "))
		}
		for _, a := range st.Attachments {
			fmt.Fprintf(b, "          attachment: %s\n", attachmentLine(a, dir))
		}
	}
}

func tagNames(tags []record.Tag) string {
	names := make([]string, len(tags))
	for i, t := range tags {
		names[i] = t.Name
	}
	return strings.Join(names, " ")
}

func exampleValues(ex *record.ExampleRow) string {
	parts := make([]string, len(ex.Cells))
	for i, cell := range ex.Cells {
		if i < len(ex.Header) {
			cell = ex.Header[i] + "=" + cell
		}
		parts[i] = cell
	}
	return strings.Join(parts, ", ")
}

func attachmentLine(a record.Attachment, dir string) string {
	s := fmt.Sprintf("%s (%s", a.Name, a.MediaType)
	if len(a.Body) > 0 {
		s += fmt.Sprintf(", %d bytes", len(a.Body))
	}
	s += ")"
	if p := a.PathFrom(dir); p != "" {
		s += " " + p
	}
	return s
}

func indent(s, prefix string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix)
}

// xmlChars replaces what XML 1.0 cannot carry (control characters such as
// the escapes of coloured output, bytes that are not UTF-8) with U+FFFD.
// encoding/xml does this for escaped text but not for CDATA.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return utf8.RuneError
		}
		return r
	}, s)
}

// seconds formats a duration the way JUnit readers expect: seconds with
// millisecond precision.
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.3f", d.Seconds())
}
