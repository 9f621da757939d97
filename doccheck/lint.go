package doccheck

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/unbind/unbind/internal/editdist"
	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/glossary"
)

// Class is what a quoted label turns out to be.
type Class string

// The classes of a quoted label.
const (
	// OnSite: a page of the site shows it, as written or (cut short with
	// "…") as the start or end of a label.
	OnSite Class = "on site"
	// Translated: an entry of the glossary of the article's language (of
	// any language, when there is none of the article's) maps it to a
	// label a page shows.
	Translated Class = "translated"
	// Prose: the article's notes say it names nothing on the site.
	Prose Class = "prose"
	// Broken: no page shows it or what a glossary maps it to, or a
	// glossary marks it as the article's mistake.
	Broken Class = "broken"
)

// Finding is one quoted label of an article and what it is.
type Finding struct {
	Label string `json:"label"`
	Line  int    `json:"line"`
	Class Class  `json:"class"`
	// Site is the site's label it is or stands for, as the site writes it.
	Site string `json:"site,omitempty"`
	// Places are where the site shows Site.
	Places []Place `json:"places,omitempty"`
	// Entry is the glossary entry it went through (translated), or the
	// one that marks it wrong (broken).
	Entry *Entry `json:"glossary,omitempty"`
	// Why says why a label is prose or broken.
	Why string `json:"why,omitempty"`
	// NearestSite and NearestGlossary are, for a broken label, the
	// site's labels and the glossary terms closest to it.
	NearestSite     []Near `json:"nearest_site,omitempty"`
	NearestGlossary []Near `json:"nearest_glossary,omitempty"`
}

// Entry is a glossary entry as a finding names it.
type Entry struct {
	Term  string `json:"term"`
	Lang  string `json:"lang"`
	Label string `json:"label"` // the site's label of its first key
	Wrong bool   `json:"wrong,omitempty"`
	Note  string `json:"note,omitempty"`
	File  string `json:"file"`
}

// ArticleLint is the findings of one article, in the article's order.
type ArticleLint struct {
	File     string    `json:"file"`
	Key      string    `json:"key"`
	Language string    `json:"language"`
	Findings []Finding `json:"labels"`
}

// Count is how many of the article's labels are of class c.
func (a ArticleLint) Count(c Class) int {
	n := 0
	for _, f := range a.Findings {
		if f.Class == c {
			n++
		}
	}
	return n
}

// LintReport is the findings of every article linted, with what the
// crawl of the site took.
type LintReport struct {
	Articles []ArticleLint `json:"articles"`
	Crawl    CrawlStats    `json:"crawl"`
	// Uncited are the articles left out of a run's lint (CitedBy), as no
	// scenario of the run cites them.
	Uncited []string `json:"uncited,omitempty"`
}

// Broken is how many labels of all the articles are broken.
func (r LintReport) Broken() int {
	n := 0
	for _, a := range r.Articles {
		n += a.Count(Broken)
	}
	return n
}

// Linter sorts the labels articles quote against a crawled site, the
// glossaries and the articles' notes.
type Linter struct {
	Site     *Site
	Glossary *glossary.Glossary
	Catalog  *catalog.Catalog
	Notes    *Notes
}

// Lint sorts every label one article quotes.
func (l *Linter) Lint(a *article.Article) ArticleLint {
	out := ArticleLint{File: a.Name, Key: article.Key(a.Name), Language: a.Language}
	for _, q := range Quotes(a.Lines) {
		out.Findings = append(out.Findings, l.label(out.Key, a.Language, q))
	}
	return out
}

func (l *Linter) label(key, lang string, q Quote) Finding {
	f := Finding{Label: q.Text, Line: q.Line}
	if l.onSite(&f) {
		return f
	}
	e, inGlossary := l.Glossary.Lookup(q.Text)
	if inGlossary && e.Lang != lang && l.hasGlossary(lang) {
		inGlossary = false // another language's term: the article's glossary lacks it
	}
	if inGlossary {
		f.Entry = l.entry(e, lang)
		if !e.Wrong && l.translated(&f, e) {
			return f
		}
	}
	if note, ok := l.Notes.Lookup(key, q.Text); ok {
		f.Class, f.Why = Prose, note.Why+" ("+note.File+")"
		return f
	}
	f.Class = Broken
	switch {
	case inGlossary && e.Wrong:
		f.Why = fmt.Sprintf("the glossary marks it wrong: %s (%s); steps take it for %q", e.Note, e.File(), f.Entry.Label)
	case inGlossary:
		f.Why = fmt.Sprintf("no page shows the labels the glossary maps it to (%s)", e.File())
	default:
		f.Why = "no page shows it and no glossary has it"
	}
	f.NearestSite = l.Site.nearest(q.Text, 3)
	f.NearestGlossary = l.nearestTerms(q.Text, lang, 3)
	return f
}

// hasGlossary reports whether there is a glossary of language lang.
func (l *Linter) hasGlossary(lang string) bool {
	return slices.ContainsFunc(l.Glossary.Entries(), func(e glossary.Entry) bool { return e.Lang == lang })
}

// onSite finds the label among the site's, as written or cut short.
func (l *Linter) onSite(f *Finding) bool {
	if text, places := l.Site.Places(f.Label); places != nil {
		f.Class, f.Site, f.Places = OnSite, text, places
		return true
	}
	rest, cut := ellipsis(f.Label)
	if !cut || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	for _, text := range l.Site.containing(rest, false) {
		_, places := l.Site.Places(text)
		f.Class, f.Site, f.Places = OnSite, text, places
		return true
	}
	return false
}

// translated finds the site's labels a glossary entry maps to, in any
// locale, on the site's pages.
func (l *Linter) translated(f *Finding, e glossary.Entry) bool {
	for _, k := range e.Keys {
		for _, tag := range l.Catalog.Tags() {
			loc, _ := l.Catalog.Lookup(tag)
			if text, places := l.Site.Places(loc.T(k)); places != nil {
				f.Class, f.Site, f.Places = Translated, text, places
				return true
			}
		}
	}
	return false
}

// entry is a glossary entry as a finding names it, its label in the
// article's language where the site speaks it.
func (l *Linter) entry(e glossary.Entry, lang string) *Entry {
	return &Entry{Term: e.Term, Lang: e.Lang, Label: l.labelOf(e.Keys[0], lang), Wrong: e.Wrong, Note: e.Note, File: e.File()}
}

func (l *Linter) labelOf(key, lang string) string {
	loc := l.Catalog.Default()
	for _, tag := range l.Catalog.Tags() {
		if lang != "" && strings.HasPrefix(tag, lang+"_") {
			loc, _ = l.Catalog.Lookup(tag)
		}
	}
	return loc.T(key)
}

// nearestTerms are the glossary terms right for the site closest to
// label: by edit distance, or sharing a word of four letters or more; the
// article's language first among equals.
func (l *Linter) nearestTerms(label, lang string, n int) []Near {
	want := Normal(label)
	var all []Near
	for _, e := range l.Glossary.Entries() {
		t := Normal(e.Term)
		d := editdist.Runes(want, t)
		if e.Wrong || t == want || (d > near(want) && !shareWord(want, t)) {
			continue
		}
		via := fmt.Sprintf("«%s» (%s)", e.Term, e.Lang)
		if e.Lang != lang {
			d++ // another language's term is a weaker hint
		}
		all = append(all, Near{Label: l.labelOf(e.Keys[0], lang), Distance: d, Via: via})
	}
	sortNear(all)
	return all[:min(n, len(all))]
}

// shareWord reports whether a and b (Normal forms) have a word of four
// letters or more in common.
func shareWord(a, b string) bool {
	bw := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if utf8.RuneCountInString(w) >= 4 && slices.Contains(bw, w) {
			return true
		}
	}
	return false
}
