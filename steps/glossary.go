package steps

import (
	"context"
	"errors"
	"fmt"
	"html"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"github.com/unbind/unbind/internal/editdist"
	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/browser"
	terms "github.com/unbind/unbind/steps/glossary"
)

// glossary finds the site's label a step's words stand for: an article's
// term through the articles' glossaries (package steps/glossary), a label
// of the site in another of its locales through the catalog.
type glossary struct {
	cat   *catalog.Catalog
	terms *terms.Glossary
	site  map[string][]string // folded site label (any locale) → its keys
	// labels are the site's labels as its locales write them, for the
	// nearest a failure names.
	labels []siteLabel
	// termWords are the words (folded, of four letters or more) of the
	// articles' terms, with the languages of the glossaries that have them;
	// labelWords the words of the site's labels, by language ("en").
	termWords  map[string][]string
	labelWords map[string]map[string]bool
}

// siteLabel is one label of the site in one locale.
type siteLabel struct{ text, tag, key string }

// fold is how labels are compared: case and runs of spaces do not count.
func fold(s string) string { return terms.Fold(s) }

func loadGlossary(cat *catalog.Catalog) (*glossary, error) {
	t, err := terms.Load(cat)
	if err != nil {
		return nil, err
	}
	g := &glossary{cat: cat, terms: t, site: map[string][]string{}, termWords: map[string][]string{}, labelWords: map[string]map[string]bool{}}
	for _, tag := range cat.Tags() {
		loc, _ := cat.Lookup(tag)
		lang := langOf(tag)
		if g.labelWords[lang] == nil {
			g.labelWords[lang] = map[string]bool{}
		}
		for _, key := range cat.Keys(tag) {
			label := loc.T(key)
			for _, w := range words(label) {
				g.labelWords[lang][w] = true
			}
			if !strings.Contains(label, "%") && label != "" {
				if k := fold(label); !slices.Contains(g.site[k], key) {
					g.site[k] = append(g.site[k], key)
				}
				g.labels = append(g.labels, siteLabel{label, tag, key})
			}
		}
	}
	for _, e := range t.Entries() {
		for _, w := range words(e.Term) {
			if len([]rune(w)) >= 4 && !slices.Contains(g.termWords[w], e.Lang) {
				g.termWords[w] = append(g.termWords[w], e.Lang)
			}
		}
	}
	return g, nil
}

// words are the words of a text, folded: its runs of letters.
func words(text string) []string {
	return strings.FieldsFunc(fold(text), func(r rune) bool { return !unicode.IsLetter(r) })
}

// langOf is the language of a catalog locale tag: "en" for en_US.
func langOf(tag string) string { return strings.SplitN(tag, "_", 2)[0] }

// foreignWord is a word of text that only an article's language has: of
// a glossary in another language than lang's, in no label the site writes
// in lang, nor in a term of lang's own glossary. "" when there is none.
func (g *glossary) foreignWord(text, lang string) (word, in string) {
	for _, w := range words(text) {
		langs := g.termWords[w]
		if len(langs) == 0 || g.labelWords[lang][w] || slices.Contains(langs, lang) {
			continue
		}
		return w, langs[0]
	}
	return "", ""
}

// candidates are the keys of the site's labels a step's words may stand
// for, and where they come from: an article's term (its glossary first;
// a term the glossary marks wrong too, as a reader copying the article
// writes it), or a label of the site in one of its locales.
func (g *glossary) candidates(written string) ([]string, string) {
	if e, ok := g.terms.Lookup(written); ok {
		return e.Keys, "glossary " + e.Lang
	}
	if keys, ok := g.site[fold(written)]; ok {
		return keys, "the site's label"
	}
	if keys := g.siteCutShort(written); len(keys) > 0 {
		return keys, "the site's label"
	}
	if keys, lang := g.wordByWord(written); len(keys) > 0 {
		return keys, "glossary " + lang + ", word by word"
	}
	return nil, ""
}

// wordByWord are the keys of the site's label that written's words make
// when each run of them is a glossary term and their English labels, in
// the order written (or, of two, the other way round, as an adjective
// after its noun has it: «kata sandi baru»), are that label whole:
// «Simpan kata sandi», «Simpan» Save and «kata sandi» Password, is the
// site's "Save password" (of several labels they make, the page shows
// one). The language is that of the terms, all of one glossary; none when
// a run of the words is no term, or they make no label.
func (g *glossary) wordByWord(written string) ([]string, string) {
	ws := strings.Fields(written)
	if len(ws) < 2 || len(ws) > 8 {
		return nil, ""
	}
	en, ok := g.cat.Lookup("en_US")
	if !ok {
		return nil, ""
	}
	// parts[i][j] are the English labels of the term ws[i:j], and its
	// language.
	type part struct {
		labels []string
		lang   string
	}
	parts := make([][]part, len(ws))
	for i := range ws {
		parts[i] = make([]part, len(ws)+1)
		for j := i + 1; j <= len(ws); j++ {
			if j-i == len(ws) {
				continue
			}
			e, ok := g.terms.Lookup(strings.Join(ws[i:j], " "))
			if !ok {
				continue
			}
			var labels []string
			for _, k := range e.Keys {
				if l := en.T(k); l != "" && !strings.Contains(l, "%") && !slices.Contains(labels, l) {
					labels = append(labels, l)
				}
			}
			parts[i][j] = part{labels, e.Lang}
		}
	}
	var found []string
	var lang string
	seen := map[string]bool{}
	var walk func(i int, said []string, langs []string)
	walk = func(i int, said []string, langs []string) {
		if i == len(ws) {
			orders := [][]string{said}
			if len(said) == 2 {
				orders = append(orders, []string{said[1], said[0]})
			}
			for _, o := range orders {
				label := fold(strings.Join(o, " "))
				if seen[label] {
					continue
				}
				seen[label] = true
				if keys, ok := g.site[label]; ok {
					found = append(found, keys...)
					lang = langs[0]
				}
			}
			return
		}
		for j := i + 1; j <= len(ws); j++ {
			p := parts[i][j]
			if len(langs) > 0 && p.lang != langs[0] {
				continue
			}
			for _, l := range p.labels {
				walk(j, append(slices.Clip(said), l), append(slices.Clip(langs), p.lang))
			}
		}
	}
	walk(0, nil, nil)
	slices.Sort(found)
	found = slices.Compact(found)
	if len(found) == 0 {
		return nil, ""
	}
	return found, lang
}

// siteCutShort are the keys of the site's labels that a label cut short
// with "..." or "…" at its end (or start) begins (or ends) with, as an
// article quotes a long one; none for a label not cut short, or one of
// fewer than eight letters left, which would begin too many.
func (g *glossary) siteCutShort(written string) []string {
	w := strings.TrimSpace(written)
	head := strings.TrimRight(w, ".…")
	tail := strings.TrimLeft(w, ".…")
	var match func(label string) bool
	switch {
	case head != w && len([]rune(head)) >= 8:
		head = fold(strings.TrimSpace(head))
		match = func(label string) bool { return strings.HasPrefix(label, head) }
	case tail != w && len([]rune(tail)) >= 8:
		tail = fold(strings.TrimSpace(tail))
		match = func(label string) bool { return strings.HasSuffix(label, tail) }
	default:
		return nil
	}
	var keys []string
	for _, label := range slices.Sorted(maps.Keys(g.site)) {
		if match(label) {
			for _, k := range g.site[label] {
				if !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
	}
	return keys
}

// nearest are the glossary entries closest to written (edit distance), at
// most n and none further than a third of its letters (two for a short
// one), each written «term» (lang) → "label".
//
// The site's labels in its other locales count too («Удалить карту», the
// site's ru_RU label, for «Удалить крату» on an English page), and so does
// an entry whose words the written ones begin with or hold whole: «Futa
// kadi» for «Futa kadi zote».
func (g *glossary) nearest(written string, n int) []string { return g.nearestOn(written, n, nil) }

// nearestOn is nearest for a step on the page pg: each entry's label is
// the one of the page's language, the site's labels in that language are
// left out (the step's error lists the page's own), and the entries whose
// label the page shows come first, marked so, up to half of written's
// letters away: what a reader who misspelt a label on this page meant.
func (g *glossary) nearestOn(written string, n int, pg *shownPage) []string {
	type near struct {
		say    string
		dist   int
		onPage bool
	}
	w := fold(written)
	dist := func(term string) int {
		t := fold(term)
		if len([]rune(t)) >= 4 && t != w && (strings.HasPrefix(w, t+" ") || strings.HasPrefix(t, w+" ") || strings.HasSuffix(w, " "+t)) {
			return 1
		}
		return editdist.Runes(w, t)
	}
	loc := g.cat.Default()
	if pg != nil {
		loc = pg.loc
	}
	// A label the page shows counts from further away when it shares a
	// word with written («Futa kadi» for «Futa ramani»), not by letters
	// alone («Настойки» for «карточку»).
	words := strings.Fields(w)
	shares := func(term string) bool {
		return slices.ContainsFunc(strings.Fields(fold(term)), func(x string) bool { return slices.Contains(words, x) })
	}
	entry := func(say, term, label string, d int) near {
		shown := pg != nil && label != "" && onPage(pg.dom, label) && shares(term)
		if pg != nil && label != "" && onPage(pg.dom, label) {
			say += ", on this page"
		}
		return near{say, d, shown}
	}
	var all []near
	for _, e := range g.terms.Entries() {
		label := loc.T(e.Keys[0])
		term := strings.ReplaceAll(e.Term, "%d", "1") // a numbered label, as a reader writes its first
		label = strings.ReplaceAll(label, "%d", "1")
		all = append(all, entry(fmt.Sprintf("«%s» (%s) → %q", term, e.Lang, label), term, label, dist(term)))
	}
	for _, l := range g.labels {
		if l.tag == loc.Tag() {
			continue // the page's own labels are listed by the step's error
		}
		label := loc.T(l.key)
		if fold(label) == fold(l.text) {
			continue // the same words in both locales: nothing it would turn into
		}
		all = append(all, entry(fmt.Sprintf("«%s» (the site's %s label) → %q", l.text, l.tag, label), l.text, label, dist(l.text)))
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].onPage != all[j].onPage {
			return all[i].onPage
		}
		return all[i].dist < all[j].dist
	})
	letters := len([]rune(written))
	var out []string
	for _, x := range all {
		if len(out) == n {
			break
		}
		if x.dist > max(2, letters/3) && (!x.onPage || x.dist > max(2, letters/2)) {
			continue
		}
		if !slices.Contains(out, x.say) {
			out = append(out, x.say)
		}
	}
	return out
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
// site is unset and the page is not in the scenario's locale. Each label
// turned into another is noted with the step, as «Hapus kartu» → "Delete
// card".
func (s *Scenario) siteLabels(ctx context.Context, site bool, written ...string) []string {
	out := slices.Clone(written)
	if s.h.glossary == nil {
		return out
	}
	var notes, wrong []string
	var pg *shownPage
	for i, w := range written {
		keys, via := s.h.glossary.candidates(w)
		if len(keys) == 0 {
			continue
		}
		if pg == nil {
			pg = s.shownPage(ctx)
		}
		// A check that words are gone takes the site's label of another
		// locale as written when the page is not in the scenario's locale
		// (a language switch: the Russian words are to be gone), and as the
		// page's label when it is (the article's Russian for the English
		// page's "Withdraw").
		if !site && !strings.HasPrefix(via, "glossary") && pg.loc.Tag() != s.labels.loc.Tag() {
			continue
		}
		if label, ok := pg.label(w, keys, strings.HasPrefix(via, "glossary")); ok {
			out[i] = keepCut(w, label)
			notes = append(notes, fmt.Sprintf("«%s» → %q (%s, page in %s)", w, out[i], via, pg.loc.Tag()))
			if e, ok := s.h.glossary.terms.Lookup(w); ok && e.Wrong {
				wrong = append(wrong, fmt.Sprintf("«%s» (%s) is %q on the site: %s", w, e.Lang, label, e.Note))
			}
		}
	}
	if len(notes) > 0 && s.current != nil && !s.ownLabels {
		s.keep(s.current, fmt.Sprintf("step-%02d", s.stepNum), record.Labels, []byte(strings.Join(notes, "\n")+"\n"))
	}
	if len(wrong) > 0 && s.current != nil {
		s.keep(s.current, fmt.Sprintf("step-%02d", s.stepNum), record.Wording, []byte(strings.Join(wrong, "\n")+"\n"))
	}
	return out
}

// keepCut is the site's label a label cut short stands for, cut short as
// the step wrote it: "Alipay balance..." is the site's "Alipay balance"
// and what follows it on the page ("Alipay balance (US $12.99)").
func keepCut(written, label string) string {
	w := strings.TrimSpace(written)
	switch {
	case (strings.HasSuffix(w, "...") || strings.HasSuffix(w, "…")) && !strings.HasSuffix(label, "...") && !strings.HasSuffix(label, "…"):
		return label + "..."
	case (strings.HasPrefix(w, "...") || strings.HasPrefix(w, "…")) && !strings.HasPrefix(label, "...") && !strings.HasPrefix(label, "…"):
		return "..." + label
	}
	return label
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
	label := numberedLabel(pg.loc.T(keys[0]), written)
	for _, t := range longestFirst(pg.loc, keys, written) {
		if onPage(pg.dom, t) {
			label = t
			break
		}
	}
	return label, fold(label) != fold(written)
}

// lastNumber is the last number written in a label ("Jibu 2").
var lastNumber = regexp.MustCompile(`\d+`)

// numberedLabel puts the number the written words end with in the place a
// label of the site has for it ("Answer %d" for «Jibu 2» is Answer 2).
func numberedLabel(label, written string) string {
	if !strings.Contains(label, "%d") {
		return label
	}
	nums := lastNumber.FindAllString(written, -1)
	if len(nums) == 0 {
		return label
	}
	return strings.Replace(label, "%d", nums[len(nums)-1], 1)
}

// onPage reports whether the page's HTML holds the words.
func onPage(dom, words string) bool {
	return strings.Contains(dom, words) || strings.Contains(dom, html.EscapeString(words))
}

// longestFirst are the labels of keys in loc, the longest first, so that
// a label the page shows inside a longer one ("Confirm" in "Confirm email
// address") is not taken for it.
func longestFirst(loc catalog.Locale, keys []string, written string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, numberedLabel(loc.T(k), written))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// withLabels runs a step's action with the site's labels for the ones it
// is written with (siteLabels), and names the nearest glossary entries of
// the unknown ones when it fails. A check that a text is gone (site unset)
// turns an article's terms, and a label of the site's other locale only on
// a page in the scenario's locale (siteLabels).
func (s *Scenario) withLabels(ctx context.Context, site bool, act func(labels []string) error, written ...string) error {
	labels := s.siteLabels(ctx, site, written...)
	err := s.unknownLabels(ctx, act(labels), written...)
	if err != nil {
		// The error names the site's labels the step looked for: say which
		// of the step's own words each stands for.
		for i, w := range written {
			if labels[i] != w && !s.ownLabels && !strings.Contains(err.Error(), "«"+w+"»") {
				err = fmt.Errorf("%w\n«%s» was looked for as the site's %q, its label in this page's language", err, w, labels[i])
			}
		}
	}
	// A step the run's end cut, or one an open alert stopped, is not one
	// of a missing label.
	if err != nil && site && !errors.Is(ctx.Err(), context.Canceled) && !errors.Is(err, browser.ErrDialogOpen) && !browser.Acted(err) {
		err = s.labelsElsewhere(ctx, err, written...)
	}
	return err
}

// withOwnLabels is withLabels for labels a step supplies itself, which its
// writer never wrote ("Sign out" of `I sign out`): the site's label for
// them in the page's language, with no note that turns the step's English
// into it.
func (s *Scenario) withOwnLabels(ctx context.Context, act func(labels []string) error, own ...string) error {
	s.ownLabels = true
	defer func() { s.ownLabels = false }()
	return s.withLabels(ctx, true, act, own...)
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
func (s *Scenario) unknownLabels(ctx context.Context, err error, written ...string) error {
	g := s.h.glossary
	if err == nil || g == nil {
		return err
	}
	var hints []string
	var pg *shownPage
	for _, w := range written {
		if browser.DialogWord(w) {
			continue // a dialog's button: the click's error says what is open
		}
		keys, _ := g.candidates(w)
		if len(keys) > 0 {
			continue
		}
		if pg == nil && s.sess != nil && !errors.Is(ctx.Err(), context.Canceled) {
			pctx, cancel := untilCancelled(ctx)
			pg = s.shownPage(pctx)
			cancel()
		}
		if near := g.nearestOn(w, 3, pg); len(near) > 0 {
			hints = append(hints, fmt.Sprintf("«%s» is in no glossary and no label of the site; the nearest glossary entries and labels: %s", w, strings.Join(near, ", ")))
		}
	}
	if len(hints) == 0 {
		return err
	}
	return fmt.Errorf("%w\n%s", err, strings.Join(hints, "\n"))
}

// labelsElsewhere adds to a step's failure, for each label it was written
// with that the site shows (as written or as a glossary turns it), but not
// in the scenario's locale and profile, where it does: the tags under
// which the scenario would find it. An article written for the site as it
// was (a profile) is then told so rather than only that the label is
// missing.
func (s *Scenario) labelsElsewhere(ctx context.Context, err error, written ...string) error {
	if s.h.Places == nil {
		return err
	}
	ctx, cancel := untilCancelled(ctx)
	defer cancel()
	var hints []string
	var pg *shownPage
	for _, w := range written {
		if pg == nil && s.h.glossary != nil {
			pg = s.shownPage(ctx)
		}
		if pg != nil && onPage(pg.dom, w) || strings.Contains(w, "••••") {
			continue // the page has the words (the row a click was next to), or they name a card: they are not what is missing
		}
		if h := s.labelElsewhere(ctx, w); h != "" {
			hints = append(hints, h)
		}
	}
	if len(hints) == 0 {
		return err
	}
	return fmt.Errorf("%w\n%s", err, strings.Join(hints, "\n"))
}

// maxPlacesShown bounds the places a hint names for one label.
const maxPlacesShown = 2

func (s *Scenario) labelElsewhere(ctx context.Context, written string) string {
	names := []string{written}
	if g := s.h.glossary; g != nil {
		keys, _ := g.candidates(written)
		for _, tag := range s.h.catalog.Tags() {
			loc, _ := s.h.catalog.Lookup(tag)
			for _, k := range keys {
				names = append(names, loc.T(k))
			}
		}
	}
	locale := s.labels.loc.Tag()
	current := s.currentPage(ctx)
	var here, there []string // places in the scenario's locale, in others
	var pages []string       // other pages that show it as the scenario runs
	var pageAt []string      // their addresses, host and path
	seen := map[string]bool{}
	for _, n := range names {
		if seen[fold(n)] {
			continue
		}
		seen[fold(n)] = true
		shown, places := s.h.Places(ctx, n)
		for _, p := range places {
			if p.Locale == locale && s.shownUnder(p.Profiles) {
				if current == "" || p.Page == current {
					return "" // the site shows it here as this scenario runs: the failure is of something else
				}
				if at := fmt.Sprintf("%q on %s", shown, p.Page); !slices.Contains(pages, at) {
					pages = append(pages, at)
					pageAt = append(pageAt, p.Page)
				}
				continue
			}
			at := fmt.Sprintf("%q on %s with %s", shown, p.Page, s.tagsFor(p, locale))
			if seen[at] {
				continue
			}
			seen[at] = true
			if p.Locale == locale {
				here = append(here, at)
			} else {
				there = append(there, at)
			}
		}
	}
	if len(pages) > 0 {
		more := ""
		if len(pages) > maxPlacesShown {
			more = fmt.Sprintf(" and %d more pages", len(pages)-maxPlacesShown)
		}
		hint := fmt.Sprintf("«%s» is on other pages of the site as this scenario runs it: %s%s; this page is %s", written, strings.Join(pages[:min(len(pages), maxPlacesShown)], "; "), more, current)
		if link, to := s.linkTo(ctx, pageAt); link != "" {
			hint += fmt.Sprintf("; this page's %q leads to %s: a step that clicks it may be missing before this one", link, to)
		}
		return hint
	}
	found := append(here, there...)
	found = found[:min(len(found), maxPlacesShown)]
	if len(found) == 0 {
		return ""
	}
	runs := "no profile"
	if s.profile != "" {
		runs = profileTag + s.profile
	}
	return fmt.Sprintf("«%s» is on the site, but not as this scenario runs it (%s, %s): %s", written, runs, locale, strings.Join(found, "; "))
}

// linkTo is the text of the first link of the current page that leads to
// one of pages (host and path), and that page: the click a scenario that
// looks for a label of that page on this one may have left out.
func (s *Scenario) linkTo(ctx context.Context, pages []string) (string, string) {
	if s.sess == nil || len(pages) == 0 {
		return "", ""
	}
	raw, err := s.sess.URL(ctx)
	if err != nil {
		return "", ""
	}
	base, err := url.Parse(raw)
	if err != nil {
		return "", ""
	}
	dom, err := s.sess.DOM(ctx)
	if err != nil {
		return "", ""
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(dom))
	if err != nil {
		return "", ""
	}
	var text, to string
	doc.Find("a[href]").EachWithBreak(func(_ int, a *goquery.Selection) bool {
		u, err := base.Parse(a.AttrOr("href", ""))
		name := strings.Join(strings.Fields(a.Text()), " ")
		if err != nil || name == "" {
			return true
		}
		path := u.Path
		if path == "" {
			path = "/"
		}
		if at := u.Hostname() + path; slices.Contains(pages, at) {
			text, to = name, at
			return false
		}
		return true
	})
	return text, to
}

// currentPage is the page the scenario is on as the sites' places name
// pages: host and path ("intl.alipay.com/login.htm"); "" when unknown.
func (s *Scenario) currentPage(ctx context.Context) string {
	if s.sess == nil {
		return ""
	}
	raw, err := s.sess.URL(ctx)
	if err != nil {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	path := u.Path
	if path == "" {
		path = "/"
	}
	return u.Hostname() + path
}

// shownUnder reports whether a label shown under profiles is shown in the
// scenario's world: under no profile when it has none, else under one of
// the profiles it joins.
func (s *Scenario) shownUnder(profiles []string) bool {
	if s.profile == "" {
		return slices.Contains(profiles, "")
	}
	for _, p := range strings.Split(s.profile, "+") {
		if slices.Contains(profiles, p) {
			return true
		}
	}
	return false
}

// tagsFor are the tags that would give a scenario the locale and a
// profile of p: "@locale:ru_RU @profile:edit-delete", or "no profile" for
// a scenario with one when p is the site without.
func (s *Scenario) tagsFor(p LabelPlace, locale string) string {
	var tags []string
	if p.Locale != locale {
		tags = append(tags, localeTag+p.Locale)
	}
	switch {
	case slices.Contains(p.Profiles, ""):
		if s.profile != "" {
			tags = append(tags, "no profile")
		}
	case len(p.Profiles) > 0:
		tags = append(tags, profileTag+p.Profiles[0])
	}
	if len(tags) == 0 {
		return "the tags it has"
	}
	return strings.Join(tags, " ")
}

// untilCancelled is ctx without its deadline (the step's, which has
// passed when a step failed waiting for its label): it ends when ctx is
// cancelled (the run's end), not when the deadline passes.
func untilCancelled(ctx context.Context) (context.Context, context.CancelFunc) {
	c, cancel := context.WithCancel(context.WithoutCancel(ctx))
	if errors.Is(ctx.Err(), context.Canceled) {
		cancel()
	}
	stop := context.AfterFunc(ctx, func() {
		if errors.Is(ctx.Err(), context.Canceled) {
			cancel()
		}
	})
	return c, func() { stop(); cancel() }
}

// unshowable fails a check that a text is not shown when no page in the
// language of the one shown could show it: its letters are of a script
// the page's language is not written in (Devanagari, Cyrillic on an
// English page), and it is neither an article's term a glossary turns
// into the site's label nor a label of the site in any locale. Such a
// check would pass whatever the page shows: the Hindi words for
// "Withdraw" are never on the English page that shows "Withdraw".
func (s *Scenario) unshowable(ctx context.Context, text string) error {
	g := s.h.glossary
	if g == nil {
		return nil
	}
	if keys, _ := g.candidates(text); len(keys) > 0 {
		return nil
	}
	tag, dom := s.pageLanguage(ctx)
	var why string
	if script := foreignScript(text); script != "" {
		if pageScript(tag) == script {
			return nil
		}
		why = fmt.Sprintf("its words are in %s, and they are in no glossary and no label of the site, so this page could never show them", script)
	} else if w, lang := g.foreignWord(text, langOf(tag)); w != "" && !onPage(dom, text) {
		why = fmt.Sprintf("and «%s» is a word of %s (its glossary's) that no label of the site in %s has, and the words are no glossary's term and no label of the site, so this page would not show them", w, article.LanguageName(lang), languageOfTag(tag))
	} else {
		return nil
	}
	msg := fmt.Sprintf("cannot check that «%s» is not shown: the page is in %s (%s), %s and the check would pass whatever it shows; write the site's label as the page shows it, or the article's term a glossary has", text, languageOfTag(tag), tag, why)
	if near := g.nearest(text, 3); len(near) > 0 {
		msg += " (the nearest: " + strings.Join(near, ", ") + ")"
	}
	return errors.New(msg)
}

// foreignScript is the script of text's letters when they are all of one
// script other than Latin ("Devanagari", "Cyrillic"); "" for Latin, mixed
// or no letters.
func foreignScript(text string) string {
	found := ""
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		name := ""
		switch {
		case unicode.Is(unicode.Latin, r):
			return ""
		case unicode.Is(unicode.Devanagari, r):
			name = "Devanagari"
		case unicode.Is(unicode.Cyrillic, r):
			name = "Cyrillic"
		default:
			return ""
		}
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// pageScript is the script a page in the catalog locale tag is written in.
func pageScript(tag string) string {
	switch strings.SplitN(tag, "_", 2)[0] {
	case "ru", "uk", "bg", "sr":
		return "Cyrillic"
	case "hi", "mr", "ne":
		return "Devanagari"
	}
	return "Latin"
}

// languageOfTag is the English name of a locale tag's language.
func languageOfTag(tag string) string { return article.LanguageName(langOf(tag)) }
