package write

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestArticlePageGolden: the page of one article shows its title and
// language, and each scenario citing it with the cited lines in the
// article's words beside its steps, their statuses and screenshots.
func TestArticlePageGolden(t *testing.T) {
	r := articlesRun(t, pagePNG(t, 8, 8))
	fake.Normalise(r)
	var buf bytes.Buffer
	if err := ArticleHTML(&buf, r, "003", HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	fake.CheckGolden(t, "article-003.html.golden", buf.Bytes())
}

// TestArticlePageFollowsTheArticle: the procedures come in the article's
// order, by the first line each cites, and under the Rule they are
// written in, each Rule where its first line is; a Rule written first
// whose lines come later comes later.
func TestArticlePageFollowsTheArticle(t *testing.T) {
	r := fake.Run(t, fake.Options{Paths: []string{"testdata/writers"}, Concurrency: 1, TimedByHooks: true})
	page, err := articlePageOf(r, "003", HTMLOptions{Docs: docsDir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range page.Methods {
		for _, p := range m.Procedures {
			got = append(got, m.Name+" › "+p.Name+" ("+string(p.Status)+")")
		}
	}
	want := []string{
		"Rule: Method 1 › The first way (passed)",
		"Rule: Method 1 › The first way, its later line (passed)",
		"Rule: Method 2 › The second way (failed)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("the page follows the article as\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if page.Counts.Scenarios != 3 || page.Counts.Passed != 2 || page.Counts.Failed != 1 {
		t.Errorf("counts %+v, want 3 scenarios, 2 passed, 1 failed", page.Counts)
	}
	var buf bytes.Buffer
	if err := ArticleHTML(&buf, r, "003", HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	first, later := strings.Index(html, "Войдите в свой аккаунт"), strings.Index(html, "Напротив карты")
	if first < 0 || later < 0 || first > later {
		t.Errorf("the article's line 3 is not shown before its line 7 (at %d and %d)", first, later)
	}
}

// TestArticlePageShowsTheLabelsFound: a step that found an article's term
// on the page as the site's label says so beside the step.
func TestArticlePageShowsTheLabelsFound(t *testing.T) {
	r := fake.Run(t, fake.Options{Paths: []string{"testdata/writers"}, Concurrency: 1, TimedByHooks: true})
	sc := r.Features[0].Scenarios[0]
	sc.Steps[0].Attachments = append(sc.Steps[0].Attachments, record.Attachment{
		Name: record.Labels.FileName("step-01"), MediaType: record.Labels.MediaType(), Kind: record.Labels,
		Body: []byte("«Удалить карту» → \"Delete card\" (glossary ru, page in en_US)\n"),
	})
	var buf bytes.Buffer
	if err := ArticleHTML(&buf, r, "003", HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`<ul class="labels"><li>«Удалить карту» → &#34;Delete card&#34;`).Match(buf.Bytes()) {
		t.Errorf("the page does not show the label the step found:\n%s", buf.String())
	}
}

// TestArticlePageShowsTheArticlesWrongWords: a step written with a word
// the article gets wrong says so beside the step, in the article's page
// and, unfolded, in report.html.
func TestArticlePageShowsTheArticlesWrongWords(t *testing.T) {
	r := fake.Run(t, fake.Options{Paths: []string{"testdata/writers"}, Concurrency: 1, TimedByHooks: true})
	sc := r.Features[0].Scenarios[0]
	sc.Steps[0].Attachments = append(sc.Steps[0].Attachments, record.Attachment{
		Name: record.Wording.FileName("step-01"), MediaType: record.Wording.MediaType(), Kind: record.Wording,
		Body: []byte("«Настойки» (ru) is \"Настройки\" on the site: a misprint\n"),
	})
	var buf bytes.Buffer
	if err := ArticleHTML(&buf, r, "003", HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<ul class="wording"><li>«Настойки» (ru) is &#34;Настройки&#34; on the site: a misprint`) {
		t.Errorf("the article's page does not show the wrong word:\n%s", buf.String())
	}
	buf.Reset()
	if err := HTML(&buf, r, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "The article&#39;s word is wrong here") {
		t.Errorf("report.html does not show the wrong word's warning")
	}
}

// TestArticleKeys: a page for every article a scenario cites, by
// description or tag, once each, in key order.
func TestArticleKeys(t *testing.T) {
	r := articlesRun(t, nil)
	if got, want := ArticleKeys(r), []string{"001", "002", "003", "009"}; !slices.Equal(got, want) {
		t.Errorf("article keys %v, want %v", got, want)
	}
}

// A procedure that broke says at which line of the article, quoting the
// sentence, and marks that line in the passage beside its steps: the
// writer sees which sentence to fix without reading the error.
func TestArticlePageMarksTheLineThatBroke(t *testing.T) {
	r := articlesRun(t, nil)
	var buf bytes.Buffer
	if err := ArticleHTML(&buf, r, "003", HTMLOptions{Docs: docsDir}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<p class="broke">It breaks at <b>line 7</b>: <q lang="ru">Напротив карты нажмите «Удалить карту» и подтвердите удаление.</q></p>`,
		`<li value="7" class="broke"`,
	} {
		if n := strings.Count(page, want); n != 1 {
			t.Errorf("the page has %q %d times, want once (the one failing procedure)", want, n)
		}
	}
}
