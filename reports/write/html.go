package write

import (
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

//go:embed templates/*.tmpl
var templates embed.FS

// HTMLOptions tune the HTML report.
type HTMLOptions struct {
	// Title heads the page; "unbind: <run name>" when empty.
	Title string
	// LinkDir, when set, is the folder the report will be written to:
	// evidence kept as a file is then linked, relative to it, rather than
	// embedded. Empty embeds all evidence, making the page self-contained.
	LinkDir string
	// Docs is the folder of the articles the scenarios come from. Each
	// scenario shows the lines it cites (see the package documentation),
	// read from the file in Docs, in the article's language. Empty shows
	// only where the passage is.
	Docs string
	// Sections are sections about the articles themselves (coverage,
	// labels), shown after the summaries.
	Sections []DocSection
	// ArticlePages, when set, links each article of the summary by article
	// to its page (ArticlePageName), written beside the report.
	ArticlePages bool
}

// HTML writes the run as one self-contained HTML page for people: a
// summary by documented path (@P1, @P2 ...), by article and by feature;
// the steps that no longer work with the article passage they come from,
// their error and screenshot; then every scenario with its passages and its
// steps (status, duration, arguments, evidence: screenshots shown, the DOM
// and the console in collapsible blocks).
func HTML(w io.Writer, r *record.Run, opts HTMLOptions) error {
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
	Counts                   record.Counts
	Paths, Articles          []htmlGroup
	Features                 []htmlFeature
	Problems                 []htmlProblem
	// Drift are the steps whose screenshot drifted from its baseline.
	Drift    []htmlProblem
	Sections []DocSection
	// Missing says which shards a merge lacks, "" when it lacks none.
	Missing string
}

type htmlFeature struct {
	Anchor, Keyword, Name, URI, Language, Description string
	Tags                                              []string
	Counts                                            record.Counts
	Scenarios                                         []htmlScenario
}

type htmlScenario struct {
	Anchor, Keyword, Name, Example, Location, Duration, Description string
	// Rule is "Rule: name" of the Rule the scenario is under, if any.
	Rule string
	// Lang is the language the scenario is written in.
	Lang   string
	Status record.Status
	// Open unfolds the scenario: one that did not pass, or one with
	// screenshots of its steps.
	Open     bool
	Tags     []string
	Passages []article.Passage
	Steps    []htmlStep
	// Flaky marks a scenario that failed and then passed when run again;
	// Earlier are its attempts before the last.
	Flaky   bool
	Earlier []htmlAttempt
}

// htmlAttempt is an earlier attempt of a retried scenario: which one, and
// the step it failed at.
type htmlAttempt struct {
	Label string
	Step  *htmlStep
}

type htmlStep struct {
	Keyword, Text, Where, Duration, DocString, Problem string
	Reason                                             string // why a skipped step did not run
	Status                                             record.Status
	Table                                              [][]string
	Attachments                                        []htmlAttachment
}

// htmlProblem is a step that failed its scenario.
type htmlProblem struct {
	Anchor, Feature, Scenario, Lang string
	Paths                           []string
	Passages                        []article.Passage
	Step                            htmlStep
	// Broke is the article's sentence the step stands for, when a cited
	// line holds the step's label.
	Broke *htmlBroke
}

// htmlBroke is a line of an article and the sentence of it that a failing
// step stands for, in the article's language.
type htmlBroke struct {
	File, Sentence, Lang string
	Line                 int
}

// htmlBuilder turns a run into the page, remembering every scenario for the
// summaries.
type htmlBuilder struct {
	opts HTMLOptions
	lib  *article.Library
	seen []shownScenario
}

// shownScenario is a scenario as the page shows it.
type shownScenario struct {
	feature *record.Feature
	sc      *record.Scenario
	anchor  string
	sources []article.Citation
	view    htmlScenario
}

func htmlPage(r *record.Run, opts HTMLOptions) (*htmlReport, error) {
	page := &htmlReport{
		Title: opts.Title, Duration: humanDuration(r.Duration()), Finished: !r.Finished.IsZero(),
		Counts: record.Count(r.Features...), Sections: opts.Sections,
	}
	if page.Title == "" {
		page.Title = defaultTitle(r)
	}
	if len(r.MissingShards) > 0 {
		names := make([]string, len(r.MissingShards))
		for i, sh := range r.MissingShards {
			names[i] = sh.String()
		}
		page.Missing = fmt.Sprintf("not complete: no results of shard %s (the suite planned %d scenarios)", strings.Join(names, ", "), r.MissingShards[0].Planned)
	}
	if !r.Started.IsZero() {
		page.Started = r.Started.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	b := &htmlBuilder{opts: opts, lib: article.NewLibrary(opts.Docs)}
	for i, f := range r.Features {
		hf, problems, err := b.feature(i, f)
		if err != nil {
			return nil, err
		}
		page.Features = append(page.Features, hf)
		page.Problems = append(page.Problems, problems...)
		page.Drift = append(page.Drift, drift(f, hf)...)
	}
	page.Paths, page.Articles = worthShowing(b.byPath()), worthShowing(b.byArticle())
	return page, nil
}

func (b *htmlBuilder) feature(i int, f *record.Feature) (htmlFeature, []htmlProblem, error) {
	hf := htmlFeature{
		Anchor: fmt.Sprintf("f%d", i+1), Keyword: f.Keyword, Name: f.Name, URI: f.URI,
		Language: f.Language, Description: dedent(f.Description),
		Tags: tagList(f.Tags), Counts: record.Count(f),
	}
	var problems []htmlProblem
	for j, sc := range f.Scenarios {
		hs, err := b.scenario(fmt.Sprintf("%s-s%d", hf.Anchor, j+1), f, sc)
		if err != nil {
			return hf, nil, err
		}
		hf.Scenarios = append(hf.Scenarios, hs)
		if k := failingIndex(sc); k >= 0 {
			problems = append(problems, htmlProblem{
				Anchor: hs.Anchor, Feature: f.Name, Scenario: scenarioTitle(sc), Lang: hs.Lang,
				Paths: pathTags(sc.Tags), Passages: hs.Passages, Step: hs.Steps[k],
				Broke: b.broke(b.seen[len(b.seen)-1].sources, hs.Passages, sc, k),
			})
		}
	}
	return hf, problems, nil
}

// broke is the sentence of the first cited article that step k of sc
// stands for, or nil.
func (b *htmlBuilder) broke(sources []article.Citation, passages []article.Passage, sc *record.Scenario, k int) *htmlBroke {
	src, ok := b.lib.StepSentence(sources, sc.StepTexts(), k)
	if !ok {
		return nil
	}
	return &htmlBroke{File: src.Name, Line: src.Line, Sentence: src.Sentence, Lang: passages[src.Citation].Language}
}

// drift lists the steps of a feature whose screenshot drifted from its
// baseline, as the feature's part of the page shows them.
func drift(f *record.Feature, hf htmlFeature) []htmlProblem {
	var out []htmlProblem
	for j, sc := range f.Scenarios {
		hs := hf.Scenarios[j]
		for k, st := range sc.Steps {
			if st.Drifted() {
				out = append(out, htmlProblem{Anchor: hs.Anchor, Feature: f.Name, Scenario: scenarioTitle(sc), Lang: hs.Lang, Step: hs.Steps[k]})
			}
		}
	}
	return out
}

func scenarioTitle(sc *record.Scenario) string {
	if sc.Example != nil {
		return sc.Name + " (" + sc.Example.Label() + ")"
	}
	return sc.Name
}

func failingIndex(sc *record.Scenario) int {
	for k, st := range sc.Steps {
		if st.Status.Failing() {
			return k
		}
	}
	return -1
}

func (b *htmlBuilder) scenario(anchor string, f *record.Feature, sc *record.Scenario) (htmlScenario, error) {
	status := sc.Status()
	hs := htmlScenario{
		Anchor: anchor, Keyword: sc.Keyword, Name: sc.Name, Location: sc.Location(),
		Duration: humanDuration(sc.Duration()), Description: dedent(sc.Description),
		Lang: cmp.Or(f.Language, "en"), Status: status, Open: status != record.StatusPassed,
		Tags: tagList(sc.Tags),
	}
	if ex := sc.Example; ex != nil {
		hs.Example = ex.Label() + ": " + exampleValues(ex)
	}
	if r := sc.Rule; r != nil {
		hs.Rule = r.Keyword + ": " + r.Name
	}
	sources := article.Sources(f.Description, sc.Description, tagList(sc.Tags))
	for _, c := range sources {
		hs.Passages = append(hs.Passages, b.lib.Passage(c))
	}
	if err := b.attempts(&hs, sc); err != nil {
		return hs, err
	}
	for _, st := range sc.Steps {
		hst, err := htmlStepOf(sc, st, b.opts)
		if err != nil {
			return hs, err
		}
		hs.Steps = append(hs.Steps, hst)
		hs.Open = hs.Open || hst.illustrated()
	}
	b.seen = append(b.seen, shownScenario{feature: f, sc: sc, anchor: anchor, sources: sources, view: hs})
	return hs, nil
}

// illustrated reports whether a step shows a screenshot: one taken after
// every step for writers, whose scenarios are then shown unfolded.
func (hst htmlStep) illustrated() bool {
	for _, a := range hst.Attachments {
		if a.Image != "" {
			return true
		}
	}
	return false
}

func htmlStepOf(sc *record.Scenario, st *record.Step, opts HTMLOptions) (htmlStep, error) {
	hst := htmlStep{
		Keyword: st.Keyword, Text: st.Text, Where: fmt.Sprintf("%s:%d", sc.URI, st.Line),
		Duration: humanDuration(st.Duration), Status: st.Status,
	}
	failing := st.Status.Failing()
	if failing {
		hst.Problem = stepProblem(st)
	}
	if st.Status == record.StatusSkipped {
		hst.Reason = st.Error
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
			return hst, fmt.Errorf("showing evidence of %q in the HTML report: %w", st.Label(), err)
		}
		ha.Thumb = !failing
		ha.Open = failing && ha.Kind == evidenceConsole || ha.Kind == evidenceWording
		hst.Attachments = append(hst.Attachments, ha)
	}
	return hst, nil
}

// dedent takes away the indentation gherkin keeps in descriptions.
func dedent(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

func tagList(tags []record.Tag) []string {
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

// attempts notes the earlier attempts of a retried scenario and the step
// each failed at, with its evidence.
func (b *htmlBuilder) attempts(hs *htmlScenario, sc *record.Scenario) error {
	hs.Flaky = sc.Flaky()
	hs.Open = hs.Open || hs.Flaky
	n := len(sc.Earlier) + 1
	for i, at := range sc.Earlier {
		ha := htmlAttempt{Label: fmt.Sprintf("attempt %d of %d: %s", i+1, n, at.Status())}
		if st := at.FailingStep(); st != nil {
			hst, err := htmlStepOf(at, st, b.opts)
			if err != nil {
				return err
			}
			ha.Step = &hst
		}
		hs.Earlier = append(hs.Earlier, ha)
	}
	return nil
}

// defaultTitle names a run's page by what it ran: "unbind: " and the run's
// name, or, for a run named for the program alone, its one feature or how
// many features it ran.
func defaultTitle(r *record.Run) string {
	what := r.Name
	if what == "" || what == "unbind" {
		switch len(r.Features) {
		case 0:
			what = ""
		case 1:
			what = r.Features[0].Name
		default:
			what = fmt.Sprintf("%d features", len(r.Features))
		}
	}
	return strings.TrimSuffix("unbind: "+what, ": ")
}
