package doccheck

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/glossary"
)

// seeds is the folder of the five articles, beside the project.
const seeds = "../../shared/seeds"

// testLinter crawls the whole site once for a test and reads the
// glossaries and the notes that ship, and those of notesDir.
func testLinter(t *testing.T) *Linter {
	t.Helper()
	site, st, err := Crawl(context.Background(), CrawlOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the crawl rendered %d pages in %d worlds (%d labels) in %v", st.Pages, st.Worlds, st.Labels, st.Duration)
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	g, err := glossary.Load(cat)
	if err != nil {
		t.Fatal(err)
	}
	notes, err := LoadNotes("")
	if err != nil {
		t.Fatal(err)
	}
	return &Linter{Site: site, Glossary: g, Catalog: cat, Notes: notes}
}

func lintFolder(t *testing.T, l *Linter, dir string) map[string]ArticleLint {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the articles are not at %s: %v", dir, err)
	}
	lib := article.NewLibrary(dir)
	names, err := lib.Names()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]ArticleLint{}
	for _, n := range names {
		a, err := lib.Article(n)
		if err != nil {
			t.Fatal(err)
		}
		out[article.Key(n)] = l.Lint(a)
	}
	return out
}

func find(a ArticleLint, label string) (Finding, bool) {
	i := slices.IndexFunc(a.Findings, func(f Finding) bool { return f.Label == label })
	if i < 0 {
		return Finding{}, false
	}
	return a.Findings[i], true
}

func nearLabels(ns []Near) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Via+n.Label)
	}
	return out
}

// The site is crawled once (it takes a second or so, the time is logged)
// for the articles of ../shared/seeds and those made up for the test.
func TestLint(t *testing.T) {
	l := testLinter(t)
	t.Run("the five articles", func(t *testing.T) { lintTheArticles(t, l) })
	t.Run("made-up articles", func(t *testing.T) {
		notes, err := LoadNotes("testdata/prose")
		if err != nil {
			t.Fatal(err)
		}
		with := *l
		with.Notes = notes
		lintMadeUpArticles(t, &with)
	})
}

// Over the five articles: 003's misprint «Настойки» and the "edit map" of
// 001 and 002 are broken, with the right label nearest; every other label
// quoted is on a page of the site, translated by a glossary to a label on
// a page, or named in the article's notes as prose with why; a broken one
// is only ever one the glossary marks as the article's mistake, with why.
func lintTheArticles(t *testing.T, l *Linter) {
	got := lintFolder(t, l, seeds)
	if len(got) != 5 {
		t.Fatalf("linted %d articles of %s, want the five", len(got), seeds)
	}
	typo, _ := find(got["003"], "Настойки")
	if typo.Class != Broken || len(typo.NearestSite) == 0 || typo.NearestSite[0].Label != "Настройки" || typo.NearestSite[0].Distance != 1 {
		t.Errorf("003's «Настойки» is %s, nearest %v: want broken, «Настройки» nearest", typo.Class, typo.NearestSite)
	}
	for key, label := range map[string]string{"001": "Hariri ramani", "002": "edit peta"} {
		f, _ := find(got[key], label)
		if f.Class != Broken || f.Entry == nil || !f.Entry.Wrong || f.Entry.Label != "Edit cards" {
			t.Errorf("%s's %q is %s (%+v): want broken, the glossary marking it wrong for Edit cards", key, label, f.Class, f.Entry)
		}
		if ns := nearLabels(f.NearestGlossary); len(ns) == 0 || !strings.HasSuffix(ns[0], "Edit cards") {
			t.Errorf("%s's %q: the nearest glossary terms are %v, want one for Edit cards first", key, label, ns)
		}
	}
	total := 0
	for key, a := range got {
		for _, f := range a.Findings {
			total++
			switch {
			case (f.Class == OnSite || f.Class == Translated) && len(f.Places) > 0 && f.Site != "":
			case f.Class == Translated && f.Entry == nil:
				t.Errorf("%s line %d: %q is translated without a glossary entry", key, f.Line, f.Label)
			case f.Class == Prose && strings.Contains(f.Why, "doccheck/prose/"+key+".txt:"):
			case f.Class == Broken && f.Entry != nil && f.Entry.Wrong && f.Entry.Note != "":
			default:
				t.Errorf("%s line %d: %q is unaccounted for: %s, %s; put it in the glossary of its language or in doccheck/prose/%s.txt", key, f.Line, f.Label, f.Class, f.Why, key)
			}
		}
	}
	if total < 100 {
		t.Errorf("the articles quote only %d labels: the quotes are no longer found", total)
	}
}

// A made-up article with one wrong label: that label alone is broken, the
// right one nearest; the words its notes name are prose; an Indonesian
// one with a glossary term misspelt names the term.
func lintMadeUpArticles(t *testing.T, l *Linter) {
	got := lintFolder(t, l, "testdata/articles")
	for key, want := range map[string]struct{ label, nearest string }{
		"901": {"Remove crad", "Remove card"},
		"902": {"Hapus kartuu", "«Hapus kartu» (id)Delete card"},
	} {
		a := got[key]
		var broken []string
		for _, f := range a.Findings {
			if f.Class == Broken {
				broken = append(broken, f.Label)
			}
		}
		if !slices.Equal(broken, []string{want.label}) {
			t.Errorf("%s: broken %q, want only %q; the findings: %+v", key, broken, want.label, a.Findings)
		}
		f, _ := find(a, want.label)
		near := append(nearLabels(f.NearestSite), nearLabels(f.NearestGlossary)...)
		if len(near) == 0 || !slices.Contains(near, want.nearest) {
			t.Errorf("%s: %q: nearest %v, want %q among them", key, want.label, near, want.nearest)
		}
	}
	other := l.Lint(&article.Article{Name: "903_lain.txt", Language: "id", Lines: []string{`Lalu klik "Futa kadi" dan "Hapus kartu".`}})
	if f, _ := find(other, "Futa kadi"); f.Class != Broken || f.Entry != nil {
		t.Errorf("a Swahili term in an Indonesian article is %s through %+v: want broken, the Indonesian glossary lacks it", f.Class, f.Entry)
	}
	if f, _ := find(other, "Hapus kartu"); f.Class != Translated || f.Site != "Delete card" {
		t.Errorf("Hapus kartu in an Indonesian article is %s (%q), want translated to Delete card", f.Class, f.Site)
	}
	if f, _ := find(got["901"], "tidying up"); f.Class != Prose {
		t.Errorf("901's 'tidying up' is %s, want prose by its notes", f.Class)
	}
	if f, _ := find(got["901"], "Edit cards"); f.Class != OnSite || !slices.ContainsFunc(f.Places, func(p Place) bool { return p.Page == "intl.alipay.com/" && p.Locale == "en_US" }) {
		t.Errorf("901's Edit cards: %s at %+v, want on the wallet's home page in en_US", f.Class, f.Places)
	}
}
