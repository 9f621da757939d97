package write

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

// ArticlesDir is the folder, beside report.html, that holds the article
// pages.
const ArticlesDir = "articles"

// ArticlePageName is the file name of the page of the article keyed key
// ("003") in ArticlesDir.
func ArticlePageName(key string) string { return key + ".html" }

// ArticleKeys are the keys of the articles the run's scenarios cite, in
// order: the articles that get a page of their own.
func ArticleKeys(r *record.Run) []string {
	var keys []string
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, c := range article.Sources(f.Description, sc.Description, tagList(sc.Tags)) {
				keys = append(keys, c.Key)
			}
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// ArticleHTML writes the page of one article for the person who wrote it:
// the article's title and language, then its procedure as the scenarios
// citing it follow it, in the article's order (by the first line each
// cites) and grouped by Rule (the article's methods): the cited lines in
// the article's words, and beside them each step with its status, the
// labels it found on the page through the glossary («Hapus kartu» →
// "Delete card") and the screenshot of the state it left. The page stands
// alone: it can be sent as one link or one file.
func ArticleHTML(w io.Writer, r *record.Run, key string, opts HTMLOptions) error {
	t, err := template.ParseFS(templates, "templates/article.html.tmpl", "templates/report.html.tmpl")
	if err != nil {
		return fmt.Errorf("reading the article page template: %w", err)
	}
	page, err := articlePageOf(r, key, opts)
	if err != nil {
		return err
	}
	if err := t.ExecuteTemplate(w, "article.html.tmpl", page); err != nil {
		return fmt.Errorf("writing the page of article %s: %w", key, err)
	}
	return nil
}

type articlePage struct {
	Key, File, Title, Lang, LanguageName, Note string
	Run, Started                               string
	// Linked links each procedure to its scenario in report.html.
	Linked  bool
	Counts  record.Counts
	Methods []articleMethod
}

// articleMethod is a Rule of the features: one way the article gives.
type articleMethod struct {
	Name       string
	Procedures []articleProcedure
}

// articleProcedure is one scenario that follows the article: the lines it
// cites and its steps.
type articleProcedure struct {
	Anchor, Name, Location, Lang string
	Status                       record.Status
	Flaky                        bool
	Passage                      articlePassage
	Steps                        []articleStep
	// Broke is the line of the article the failing step stands for, and
	// its sentence, where a cited line holds the step's label: what the
	// writer fixes.
	Broke *htmlBroke
	first int // first cited line; 0 for none
}

// articlePassage is a passage with the line a failing step stands for
// (0 for none), which the page marks.
type articlePassage struct {
	article.Passage
	Broke int
}

// articleStep is a step as the writer reads it: what it did, what the page
// calls what it was written with, and what the page looked like after.
type articleStep struct {
	htmlStep
	Labels []string
	// Wording says which words of the step the article gets wrong, and
	// what the site calls them.
	Wording []string
	Shot    *htmlAttachment
	// NoShot says why the step has no screenshot (no page open yet).
	NoShot string
}

func articlePageOf(r *record.Run, key string, opts HTMLOptions) (*articlePage, error) {
	b := &htmlBuilder{opts: opts, lib: article.NewLibrary(opts.Docs)}
	for i, f := range r.Features {
		if _, _, err := b.feature(i, f); err != nil {
			return nil, err
		}
	}
	whole := b.lib.Passage(article.Citation{Key: key})
	page := &articlePage{
		Key: key, File: whole.File, Title: whole.Title, Lang: whole.Language,
		LanguageName: whole.LanguageName, Note: whole.Note, Run: r.Name,
		Linked: opts.ArticlePages,
	}
	if !r.Started.IsZero() {
		page.Started = r.Started.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	var procs []articleProcedure
	var rules []string
	var counted []*record.Feature
	for _, s := range b.seen {
		i := slices.IndexFunc(s.sources, func(c article.Citation) bool { return c.Key == key })
		if i < 0 {
			continue
		}
		p := procedureOf(s, b.lib.Passage(s.sources[i]))
		if k := failingIndex(s.sc); k >= 0 {
			if br := b.broke(s.sources, s.view.Passages, s.sc, k); br != nil && br.File == p.Passage.File {
				p.Broke, p.Passage.Broke = br, br.Line
			}
		}
		procs = append(procs, p)
		rules = append(rules, s.view.Rule)
		counted = append(counted, &record.Feature{Scenarios: []*record.Scenario{s.sc}})
	}
	page.Counts = record.Count(counted...)
	page.Methods = methodsOf(procs, rules)
	return page, nil
}

func procedureOf(s shownScenario, p article.Passage) articleProcedure {
	v := s.view
	ap := articleProcedure{
		Anchor: v.Anchor, Name: scenarioTitle(s.sc), Location: v.Location, Lang: v.Lang,
		Status: v.Status, Flaky: v.Flaky, Passage: articlePassage{Passage: p},
	}
	if len(p.Blocks) > 0 && len(p.Blocks[0]) > 0 {
		ap.first = p.Blocks[0][0].N
	}
	for _, st := range v.Steps {
		as := articleStep{htmlStep: st}
		for i, a := range st.Attachments {
			switch {
			case a.Kind == evidenceLabels:
				as.Labels = append(as.Labels, strings.Split(strings.TrimSpace(a.Text), "\n")...)
			case a.Kind == evidenceWording:
				as.Wording = append(as.Wording, strings.Split(strings.TrimSpace(a.Text), "\n")...)
			case a.Image != "" && as.Shot == nil:
				as.Shot = &st.Attachments[i]
			case a.Label == "Note":
				as.NoShot = strings.TrimSpace(a.Text)
			}
		}
		ap.Steps = append(ap.Steps, as)
	}
	return ap
}

// methodsOf puts the procedures in the article's order, those citing no
// line last, and groups them by Rule, each Rule where its first procedure
// is.
func methodsOf(procs []articleProcedure, rules []string) []articleMethod {
	order := make([]int, len(procs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		fa, fb := procs[a].first, procs[b].first
		return cmp.Or(cmp.Compare(boolRank(fa == 0), boolRank(fb == 0)), cmp.Compare(fa, fb))
	})
	var methods []articleMethod
	at := map[string]int{}
	for _, i := range order {
		j, ok := at[rules[i]]
		if !ok {
			j = len(methods)
			at[rules[i]] = j
			methods = append(methods, articleMethod{Name: rules[i]})
		}
		methods[j].Procedures = append(methods[j].Procedures, procs[i])
	}
	return methods
}
