package write

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestHTMLAttachments: evidence is shown safely, embedded or linked.
func TestHTMLAttachments(t *testing.T) {
	dir := t.TempDir()
	shot := filepath.Join(dir, "evidence", "p1", "step-02-failed.png")
	if err := os.MkdirAll(filepath.Dir(shot), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, shot, fake.PixelPNG)
	cases := []struct {
		why  string
		a    record.Attachment
		opts HTMLOptions
		want htmlAttachment
	}{
		{"a screenshot is embedded as an image", record.Attachment{Name: "s.png", MediaType: "image/png", Kind: record.Screenshot, Body: []byte("x")}, HTMLOptions{},
			htmlAttachment{Name: "s.png", MediaType: "image/png", Size: "1 B", Kind: evidenceScreenshot, Label: "Screenshot", Image: "data:image/png;base64,eA=="}},
		{"console text is shown as text, named as the console", record.Attachment{Name: "step-02-failed-console.txt", MediaType: "text/plain", Kind: record.Console, Body: []byte("<script>")}, HTMLOptions{},
			htmlAttachment{Name: "step-02-failed-console.txt", MediaType: "text/plain", Size: "8 B", Kind: evidenceConsole, Label: "Console errors and failed requests", Text: "<script>"}},
		{"the DOM is shown as text (the template escapes it), named as the DOM", record.Attachment{Name: "step-02-failed.html", MediaType: "text/html", Kind: record.Page, Body: []byte("<p>")}, HTMLOptions{},
			htmlAttachment{Name: "step-02-failed.html", MediaType: "text/html", Size: "3 B", Kind: evidenceDOM, Label: "Page HTML (DOM) at this step", Text: "<p>"}},
		{"other text is shown as text", record.Attachment{Name: "notes.txt", MediaType: "text/plain", Body: []byte("ok")}, HTMLOptions{},
			htmlAttachment{Name: "notes.txt", MediaType: "text/plain", Size: "2 B", Kind: evidenceOther, Label: "Attachment", Text: "ok"}},
		{"SVG can carry script: offered as a download, not shown", record.Attachment{Name: "i.svg", MediaType: "image/svg+xml", Body: []byte("<svg/>")}, HTMLOptions{},
			htmlAttachment{Name: "i.svg", MediaType: "image/svg+xml", Size: "6 B", Kind: evidenceOther, Label: "Attachment", Href: "data:application/octet-stream;base64,PHN2Zy8+"}},
		{"evidence on disk is read when it has no body", record.Attachment{Name: "f.png", MediaType: "image/png", Kind: record.Screenshot, Path: shot}, HTMLOptions{},
			htmlAttachment{Name: "f.png", MediaType: "image/png", Size: "69 B", Kind: evidenceScreenshot, Label: "Screenshot", Image: dataURL("image/png", fake.PixelPNG)}},
		{"evidence on disk is linked relative to the report when asked", record.Attachment{Name: "f.png", MediaType: "image/png", Kind: record.Screenshot, Path: shot}, HTMLOptions{LinkDir: dir},
			htmlAttachment{Name: "f.png", MediaType: "image/png", Kind: evidenceScreenshot, Label: "Screenshot", Image: template.URL("evidence/p1/step-02-failed.png")}},
	}
	for _, tc := range cases {
		got, err := htmlAttachmentOf(tc.a, tc.opts)
		if err != nil {
			t.Errorf("%s: %v", tc.why, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.why, got, tc.want)
		}
	}
}

// TestHTMLSelfContained: the page loads nothing from anywhere and escapes
// what the run carries.
func TestHTMLSelfContained(t *testing.T) {
	r := hostileRun()
	r.Features[0].Scenarios[0].Steps[0].Error = `<script>alert(1)</script> on https://intl.alipay.com/`
	var buf bytes.Buffer
	if err := HTML(&buf, r, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script", `src="http`, `href="http`, "<link", "@import"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the step's error is not shown escaped")
	}
}

// docsDir holds the articles the scenarios of testdata/articles cite.
var docsDir = filepath.Join("..", "article", "testdata", "docs")

// writePage writes the HTML report of r to path.
func writePage(t *testing.T, path string, r *record.Run, opts HTMLOptions) {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, buf.Bytes())
}

// articlesRun runs the features of testdata/articles: scenarios tagged by
// path and article, citing passages of docsDir, one of them failing
// with a screenshot, the DOM and the console.
func articlesRun(t *testing.T, shot []byte) *record.Run {
	t.Helper()
	return fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true, Paths: []string{"testdata/articles"}, Shot: shot, EveryStep: true})
}

// TestHTMLArticlesGolden: the summaries by path and by article, the
// passages in their languages and the notes for what the docs folder
// cannot answer.
func TestHTMLArticlesGolden(t *testing.T) {
	r := articlesRun(t, nil)
	fake.Normalise(r)
	var buf bytes.Buffer
	if err := HTML(&buf, r, HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	fake.CheckGolden(t, "articles.html.golden", buf.Bytes())
}

// A failing step's entry at the top of the page says which line of the
// article the step stands for and quotes the sentence of it that holds the
// step's label, in the article's language: what a writer fixes.
func TestHTMLNamesTheSentenceAFailingStepStandsFor(t *testing.T) {
	r := articlesRun(t, nil)
	var buf bytes.Buffer
	if err := HTML(&buf, r, HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	want := `this step stands for <b>003_ru_sample.txt</b> line 7: <q lang="ru">Напротив карты нажмите «Удалить карту» и подтвердите удаление.</q>`
	if !strings.Contains(page, want) {
		t.Errorf("the page does not name the article's sentence of the failing step; want %s", want)
	}
	if n := strings.Count(page, "this step stands for"); n != 1 {
		t.Errorf("%d failing steps name an article's sentence, want 1 (the others have no label in a cited line)", n)
	}
}

// The page of a run named for the program alone is titled by what it ran,
// not "unbind: unbind".
func TestHTMLTitleSaysWhatRan(t *testing.T) {
	r := articlesRun(t, nil)
	r.Name = "unbind"
	var buf bytes.Buffer
	if err := HTML(&buf, r, HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("<title>unbind: %d features</title>", len(r.Features))
	if page := buf.String(); !strings.Contains(page, want) || strings.Contains(page, "unbind: unbind") {
		t.Errorf("the page's title is not %s", want)
	}
}

// A merge that lacks a shard says so at the top, with the suite's plan.
func TestHTMLSaysWhichShardsAMergeLacks(t *testing.T) {
	r := articlesRun(t, nil)
	r.MissingShards = []record.Shard{{Index: 2, Total: 3, Planned: 40}}
	var buf bytes.Buffer
	if err := HTML(&buf, r, HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	if want := "not complete: no results of shard 2/3 (the suite planned 40 scenarios)"; !strings.Contains(buf.String(), want) {
		t.Errorf("the page does not say %q", want)
	}
}

// The steps that no longer work come before the articles' sections
// (coverage, labels), however long those are: what broke is what a reader
// opens the page for.
func TestHTMLFailuresComeBeforeTheArticlesSections(t *testing.T) {
	r := articlesRun(t, nil)
	var buf bytes.Buffer
	sec := DocSection{ID: "coverage", Title: "What the scenarios cover of the articles", Intro: "intro"}
	if err := HTML(&buf, r, HTMLOptions{Docs: docsDir, Sections: []DocSection{sec}}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	problems, coverage := strings.Index(page, `<h2 id="problems">`), strings.Index(page, `<section id="coverage"`)
	if problems < 0 || coverage < 0 || problems > coverage {
		t.Errorf("the failures are at %d, the coverage at %d: want the failures first", problems, coverage)
	}
}
