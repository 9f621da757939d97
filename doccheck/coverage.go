package doccheck

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/glossary"
)

// ItemKind is what an article's item is.
type ItemKind string

// The kinds of items coverage counts.
const (
	// Sentence is a procedural sentence: a numbered or bulleted line, or a
	// sentence that quotes a label (not prose) or gives an address: what a
	// reader is told to act on.
	Sentence ItemKind = "sentence"
	// Label is a label the article quotes (the words its notes call
	// prose left out).
	Label ItemKind = "label"
	// Address is a web address the article gives.
	Address ItemKind = "url"
)

// Item is one thing of an article a scenario may cite or exercise.
type Item struct {
	Kind ItemKind `json:"kind"`
	Line int      `json:"line"`
	Text string   `json:"text"`
	// CitedBy are the scenarios that cite the item's line.
	CitedBy []string `json:"cited_by,omitempty"`
	// ExercisedBy are the scenarios whose steps use the label or address
	// (a sentence: one of its labels or addresses), directly or through a
	// glossary.
	ExercisedBy []string `json:"exercised_by,omitempty"`
	// ShownBy are the scenarios of a run (CoverRun) whose steps that
	// passed use the label or address: shown to work, even where the
	// scenario failed at a later step.
	ShownBy []string `json:"shown_by,omitempty"`
}

// Covered reports whether some scenario cites or exercises the item.
func (it Item) Covered() bool { return len(it.CitedBy)+len(it.ExercisedBy) > 0 }

// ArticleCoverage is the items of one article, in its order, and how many
// some scenario covers.
type ArticleCoverage struct {
	File     string  `json:"file"`
	Key      string  `json:"key"`
	Language string  `json:"language"`
	Items    []Item  `json:"items"`
	Covered  int     `json:"covered"`
	Total    int     `json:"total"`
	Percent  float64 `json:"percent"` // of Total, one decimal
}

// Count is how many items of kind the article has, and how many of them
// are covered.
func (a ArticleCoverage) Count(kind ItemKind) (covered, total int) {
	for _, it := range a.Items {
		if it.Kind == kind {
			total++
			if it.Covered() {
				covered++
			}
		}
	}
	return covered, total
}

// CoverageReport is the coverage of every article.
type CoverageReport struct {
	Articles []ArticleCoverage `json:"articles"`
	// Uncited are the articles of a run's docs left out of its coverage
	// (CoverRun): no scenario of the run cites them.
	Uncited []string `json:"uncited,omitempty"`
	// Failing are the scenarios of a run (CoverRun) that did not pass:
	// an item only they cover is covered, but not shown to work.
	Failing []string `json:"failing,omitempty"`
}

// OnlyFailing says whether every scenario that covers it is one of
// failing (and some does), and no step that passed shows it to work.
func (it Item) OnlyFailing(failing []string) bool {
	if !it.Covered() || len(failing) == 0 || len(it.ShownBy) > 0 {
		return false
	}
	for _, at := range slices.Concat(it.CitedBy, it.ExercisedBy) {
		if !slices.Contains(failing, at) {
			return false
		}
	}
	return true
}

// Coverage finds, for articles, which items the scenarios cite or
// exercise.
type Coverage struct {
	scenarios []Scenario
	glossary  *glossary.Glossary
	notes     *Notes
	site      map[string][]string // Normal(a label of the site, any locale) → its keys
	uses      []use
}

// NewCoverage is the coverage of articles by scenarios, their labels
// compared through the glossaries and the site's labels of cat.
func NewCoverage(scenarios []Scenario, g *glossary.Glossary, cat *catalog.Catalog, notes *Notes) *Coverage {
	c := &Coverage{scenarios: scenarios, glossary: g, notes: notes, site: map[string][]string{}}
	for _, tag := range cat.Tags() {
		loc, _ := cat.Lookup(tag)
		for _, k := range cat.Keys(tag) {
			if n := Normal(loc.T(k)); !slices.Contains(c.site[n], k) {
				c.site[n] = append(c.site[n], k)
			}
		}
	}
	c.uses = c.used()
	return c
}

// Article is the coverage of one article.
func (c *Coverage) Article(a *article.Article) ArticleCoverage {
	out := ArticleCoverage{File: a.Name, Key: article.Key(a.Name), Language: a.Language}
	for _, it := range items(a, c.notes, out.Key) {
		c.cite(&it, a.Name, out.Key)
		it.ExercisedBy = c.exercised(it, c.uses)
		out.Items = append(out.Items, it)
	}
	for _, it := range out.Items {
		out.Total++
		if it.Covered() {
			out.Covered++
		}
	}
	if out.Total > 0 {
		out.Percent = math.Round(1000*float64(out.Covered)/float64(out.Total)) / 10
	}
	return out
}

// items are an article's procedural sentences, quoted labels and
// addresses, line by line.
func items(a *article.Article, notes *Notes, key string) []Item {
	var out []Item
	for i, ln := range a.Lines {
		n := i + 1
		listed := listItem.MatchString(ln)
		for _, s := range sentences(ln) {
			if listed || quotesLabel(s, notes, key) || address.MatchString(s) {
				out = append(out, Item{Kind: Sentence, Line: n, Text: s})
			}
		}
		for _, q := range Quotes([]string{ln}) {
			if _, prose := notes.Lookup(key, q.Text); !prose {
				out = append(out, Item{Kind: Label, Line: n, Text: q.Text})
			}
		}
		for _, u := range URLs([]string{ln}) {
			out = append(out, Item{Kind: Address, Line: n, Text: u.Text})
		}
	}
	return out
}

// quotesLabel reports whether a sentence quotes words its article's notes
// do not call prose.
func quotesLabel(s string, notes *Notes, key string) bool {
	for _, q := range Quotes([]string{s}) {
		if _, prose := notes.Lookup(key, q.Text); !prose {
			return true
		}
	}
	return false
}

// listItem is a numbered or bulleted line: "1. ", "2) ", "• ", "- ";
// listMark is its number or bullet.
var (
	listItem = regexp.MustCompile(`^\s*(?:\d{1,2}[.)]|[•*·▪-])\s+\S`)
	listMark = regexp.MustCompile(`^\s*(?:\d{1,2}[.)]|[•*·▪-])\s+`)
)

// sentences splits a line after each . ! ? or । that a space or the end
// follows; bullets and numbering are left off.
func sentences(line string) []string {
	line = strings.TrimSpace(listMark.ReplaceAllString(line, ""))
	var out []string
	start := 0
	rs := []rune(line)
	for i, r := range rs {
		if strings.ContainsRune(".!?।", r) && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])) {
			if s := strings.TrimSpace(string(rs[start : i+1])); hasLetter(s) {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); hasLetter(s) {
		out = append(out, s)
	}
	return out
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// cite fills the scenarios that cite the item's line of the article.
func (c *Coverage) cite(it *Item, name, key string) {
	for _, sc := range c.scenarios {
		for _, src := range sc.Sources {
			if (src.File != "" && src.File != name) || src.Key != key {
				continue
			}
			if slices.ContainsFunc(src.Lines, func(r article.LineRange) bool { return r.From <= it.Line && it.Line <= r.To }) {
				it.CitedBy = append(it.CitedBy, sc.At)
				break
			}
		}
	}
}

// use is a label or address a scenario's steps use.
type use struct {
	normal string
	keys   []string // the site's label keys it stands for
	at     string
}

// used are the labels and addresses the scenarios' steps use: their
// quoted words, addresses and whole table cells.
func (c *Coverage) used() []use {
	var out []use
	for _, sc := range c.scenarios {
		for _, t := range sc.Text {
			words := []string{t}
			for _, q := range Quotes([]string{t}) {
				words = append(words, q.Text)
			}
			for _, u := range URLs([]string{t}) {
				words = append(words, u.Text)
			}
			for _, w := range words {
				out = append(out, use{normal: Normal(w), keys: c.keys(w), at: sc.At})
			}
		}
	}
	return out
}

// keys are the site's label keys words stand for: through a glossary, or
// as the site's label in one of its locales.
func (c *Coverage) keys(words string) []string {
	if e, ok := c.glossary.Lookup(words); ok {
		return e.Keys
	}
	return c.site[Normal(words)]
}

// exercised are the scenarios whose steps use the item: a label as
// written or for the same label of the site, an address as written (or
// with a query the article's lacks); a sentence, through the labels and
// addresses it holds.
func (c *Coverage) exercised(it Item, used []use) []string {
	var parts []Item
	switch it.Kind {
	case Sentence:
		for _, q := range Quotes([]string{it.Text}) {
			parts = append(parts, Item{Kind: Label, Text: q.Text})
		}
		for _, u := range URLs([]string{it.Text}) {
			parts = append(parts, Item{Kind: Address, Text: u.Text})
		}
	default:
		parts = []Item{it}
	}
	var by []string
	for _, p := range parts {
		want, keys := Normal(p.Text), c.keys(p.Text)
		if p.Kind == Address {
			want, keys = bareAddress(p.Text), nil
		}
		for _, u := range used {
			same := u.normal == want || (p.Kind == Address && sameAddress(want, bareAddress(u.normal)))
			if (same || shareKey(keys, u.keys)) && !slices.Contains(by, u.at) {
				by = append(by, u.at)
			}
		}
	}
	return by
}

func shareKey(a, b []string) bool {
	return slices.ContainsFunc(a, func(k string) bool { return slices.Contains(b, k) })
}

// sameAddress reports whether a step's address opens the article's: the
// same, or the same page with a query when the article gives none.
func sameAddress(article, step string) bool {
	return step == article || (!strings.Contains(article, "?") && strings.HasPrefix(step, article+"?"))
}

// bareAddress is an address as compared: no scheme, no www., no closing
// slash, lower case.
func bareAddress(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	for _, p := range []string{"https://", "http://", "www."} {
		u = strings.TrimPrefix(u, p)
	}
	return strings.TrimSuffix(u, "/")
}
