package steps

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"fmt"
	"html"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/sim/catalog"
)

// The articles' glossaries: one file a language under glossary/, each line
// an article's label and the key (or keys) in sim/catalog of the site's
// label it stands for ("Hapus kartu = cards.delete_card"), or a quoted
// label that names nothing on the site and why ("burung ! slang for the
// tick").
//
//go:embed glossary/*.txt
var glossaryFiles embed.FS

// glossary finds the site's label a step's words stand for: an article's
// term through the glossaries, a label of the site in another of its
// locales through the catalog.
type glossary struct {
	cat     *catalog.Catalog
	terms   map[string]glossaryEntry // by folded term
	entries []glossaryEntry
	nothing []glossaryEntry     // labels that name nothing on the site
	site    map[string][]string // folded site label (any locale) → its keys
}

// glossaryEntry is one line of a glossary.
type glossaryEntry struct {
	lang, term string
	keys       []string
	why        string
	line       int
}

// fold is how labels are compared: case and runs of spaces do not count.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func loadGlossary(cat *catalog.Catalog) (*glossary, error) {
	g := &glossary{cat: cat, terms: map[string]glossaryEntry{}, site: map[string][]string{}}
	files, err := glossaryFiles.ReadDir("glossary")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		lang := strings.TrimSuffix(f.Name(), ".txt")
		data, err := glossaryFiles.ReadFile("glossary/" + f.Name())
		if err != nil {
			return nil, err
		}
		if err := g.read(lang, data); err != nil {
			return nil, fmt.Errorf("steps/glossary/%s: %w", f.Name(), err)
		}
	}
	for _, tag := range cat.Tags() {
		loc, _ := cat.Lookup(tag)
		for _, key := range cat.Keys(tag) {
			if label := loc.T(key); !strings.Contains(label, "%") && label != "" {
				if k := fold(label); !slices.Contains(g.site[k], key) {
					g.site[k] = append(g.site[k], key)
				}
			}
		}
	}
	return g, nil
}

// read adds one glossary file: "term = key, key  # note" or
// "term ! why it names nothing", comments starting with #.
func (g *glossary) read(lang string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e := glossaryEntry{lang: lang, line: n}
		if term, why, ok := strings.Cut(line, " ! "); ok {
			e.term, e.why = strings.TrimSpace(term), strings.TrimSpace(why)
			g.nothing = append(g.nothing, e)
			continue
		}
		term, rest, ok := strings.Cut(line, " = ")
		if !ok {
			return fmt.Errorf("line %d: want \"label = key\" or \"label ! why it names nothing\", got %q", n, line)
		}
		keys, why, _ := strings.Cut(rest, "#")
		e.term, e.why = strings.TrimSpace(term), strings.TrimSpace(why)
		for _, k := range strings.Split(keys, ",") {
			k = strings.TrimSpace(k)
			if !g.cat.Default().Has(k) {
				return fmt.Errorf("line %d: %q: the site has no label %q", n, e.term, k)
			}
			e.keys = append(e.keys, k)
		}
		if other, dup := g.terms[fold(e.term)]; dup {
			return fmt.Errorf("line %d: %q is in the glossary already (%s line %d)", n, e.term, other.lang, other.line)
		}
		g.terms[fold(e.term)] = e
		g.entries = append(g.entries, e)
	}
	return nil
}

// candidates are the keys of the site's labels a step's words may stand
// for, and where they come from: an article's term (its glossary first),
// or a label of the site in one of its locales.
func (g *glossary) candidates(written string) ([]string, string) {
	if e, ok := g.terms[fold(written)]; ok {
		return e.keys, "glossary " + e.lang
	}
	if keys, ok := g.site[fold(written)]; ok {
		return keys, "the site's label"
	}
	return nil, ""
}

// nearest are the glossary entries closest to written (edit distance), at
// most n and none further than a third of its letters (two for a short
// one), each written «term» (lang) → "label".
func (g *glossary) nearest(written string, n int) []string {
	type near struct {
		e    glossaryEntry
		dist int
	}
	var all []near
	for _, e := range g.entries {
		all = append(all, near{e, editDistance(fold(written), fold(e.term))})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].dist < all[j].dist })
	var out []string
	for _, x := range all[:min(n, len(all))] {
		if x.dist > max(2, len([]rune(written))/3) {
			break
		}
		out = append(out, fmt.Sprintf("«%s» (%s) → %q", x.e.term, x.e.lang, g.cat.Default().T(x.e.keys[0])))
	}
	return out
}

// editDistance is the Levenshtein distance of a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// htmlLang is the language the page says it is in.
var htmlLang = regexp.MustCompile(`<html[^>]*\slang="([^"]+)"`)

// siteLabels turns the labels a step is written with into the site's: an
// article's term (Hapus kartu) or the site's label in another locale
// (Удалить карту on an English page) becomes the site's label for it in
// the language of the page shown (its <html lang>, else the scenario's
// locale): of several, the first the page shows. A label of the site that
// the page shows as written (the option Русский on an English page) stays
// as it is; so do other labels, and the site's labels of other locales when
// site is unset. Each label turned into another is noted with the step, as
// «Hapus kartu» → "Delete card".
func (s *Scenario) siteLabels(ctx context.Context, site bool, written ...string) []string {
	out := slices.Clone(written)
	if s.h.glossary == nil {
		return out
	}
	var notes []string
	var pg *shownPage
	for i, w := range written {
		keys, via := s.h.glossary.candidates(w)
		if len(keys) == 0 || (!site && !strings.HasPrefix(via, "glossary")) {
			continue
		}
		if pg == nil {
			pg = s.shownPage(ctx)
		}
		if label, ok := pg.label(w, keys, strings.HasPrefix(via, "glossary")); ok {
			out[i] = label
			notes = append(notes, fmt.Sprintf("«%s» → %q (%s, page in %s)", w, label, via, pg.loc.Tag()))
		}
	}
	if len(notes) > 0 && s.current != nil {
		s.keep(s.current, fmt.Sprintf("step-%02d", s.stepNum), record.Labels, []byte(strings.Join(notes, "\n")+"\n"))
	}
	return out
}

// shownPage is the page a step acts on, as the labels see it: its locale
// and its HTML.
type shownPage struct {
	loc catalog.Locale
	dom string
}

func (s *Scenario) shownPage(ctx context.Context) *shownPage {
	tag, dom := s.pageLanguage(ctx)
	loc, ok := s.h.glossary.cat.Lookup(tag)
	if !ok {
		loc = s.labels.loc
	}
	return &shownPage{loc: loc, dom: dom}
}

// label is the page's label of one of keys for the written words, and
// whether it differs from them: of several, the first the page shows; none
// for the site's own words when the page shows them as written (term is
// unset).
func (pg *shownPage) label(written string, keys []string, term bool) (string, bool) {
	if !term && onPage(pg.dom, written) {
		return "", false
	}
	label := pg.loc.T(keys[0])
	for _, t := range longestFirst(pg.loc, keys) {
		if onPage(pg.dom, t) {
			label = t
			break
		}
	}
	return label, fold(label) != fold(written)
}

// onPage reports whether the page's HTML holds the words.
func onPage(dom, words string) bool {
	return strings.Contains(dom, words) || strings.Contains(dom, html.EscapeString(words))
}

// longestFirst are the labels of keys in loc, the longest first, so that
// a label the page shows inside a longer one ("Confirm" in "Confirm email
// address") is not taken for it.
func longestFirst(loc catalog.Locale, keys []string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, loc.T(k))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// withLabels runs a step's action with the site's labels for the ones it
// is written with (siteLabels), and names the nearest glossary entries of
// the unknown ones when it fails. A check that a text is gone (site unset)
// turns only an article's terms, never a label of the site's other
// locales: what is gone is checked as written.
func (s *Scenario) withLabels(ctx context.Context, site bool, act func(labels []string) error, written ...string) error {
	return s.unknownLabels(act(s.siteLabels(ctx, site, written...)), written...)
}

// pageLanguage is the catalog tag of the page shown (its <html lang>, as
// en_US) and its HTML; the scenario's locale when there is no page.
func (s *Scenario) pageLanguage(ctx context.Context) (string, string) {
	if s.sess == nil {
		return s.labels.loc.Tag(), ""
	}
	dom, err := s.sess.DOM(ctx)
	if err != nil {
		return s.labels.loc.Tag(), ""
	}
	if m := htmlLang.FindStringSubmatch(dom); m != nil {
		return strings.ReplaceAll(m[1], "-", "_"), dom
	}
	return s.labels.loc.Tag(), dom
}

// unknownLabels adds to a step's failure, for each label it was written
// with that no glossary has and the site does not use in any locale, the
// glossary entries nearest to it, when some are near.
func (s *Scenario) unknownLabels(err error, written ...string) error {
	g := s.h.glossary
	if err == nil || g == nil {
		return err
	}
	var hints []string
	for _, w := range written {
		keys, _ := g.candidates(w)
		if near := g.nearest(w, 3); len(keys) == 0 && len(near) > 0 {
			hints = append(hints, fmt.Sprintf("«%s» is in no glossary and no label of the site; the nearest glossary entries: %s", w, strings.Join(near, ", ")))
		}
	}
	if len(hints) == 0 {
		return err
	}
	return fmt.Errorf("%w\n%s", err, strings.Join(hints, "\n"))
}
