package doccheck

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/internal/editdist"
)

// Place is where a label is shown: a page (host and path, as a reader's
// address bar has it without the query), the page's locale, the element
// kind ("button", "link", "heading", ...), and the site profiles under
// which it is shown ("" is the default site).
type Place struct {
	Page     string   `json:"page"`
	Locale   string   `json:"locale"`
	Kind     string   `json:"kind"`
	Profiles []string `json:"profiles"`
}

// Site is what the pages of the sims show: every label, by its Normal
// form, with the places it is shown. It is built by Crawl, safe for
// concurrent reads once built.
type Site struct {
	mu     sync.Mutex
	labels map[string]*siteLabel
	pages  int // pages rendered
}

type siteLabel struct {
	text   string // as the first page showed it
	places map[placeKey]map[string]bool
}

type placeKey struct{ page, locale, kind string }

func newSite() *Site { return &Site{labels: map[string]*siteLabel{}} }

// add records the labels of one rendered page.
func (s *Site) add(page, locale, profile string, labels []shown) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages++
	for _, l := range labels {
		n := Normal(l.text)
		if n == "" {
			continue
		}
		sl := s.labels[n]
		if sl == nil {
			sl = &siteLabel{text: strings.Join(strings.Fields(l.text), " "), places: map[placeKey]map[string]bool{}}
			s.labels[n] = sl
		}
		k := placeKey{page, locale, l.kind}
		if sl.places[k] == nil {
			sl.places[k] = map[string]bool{}
		}
		sl.places[k][profile] = true
	}
}

// Pages is how many pages were rendered to build the site.
func (s *Site) Pages() int { return s.pages }

// Labels is how many different labels the pages show.
func (s *Site) Labels() int { return len(s.labels) }

// Places are where the site shows label (compared in Normal form), and
// the label as the site writes it; none when no page shows it.
func (s *Site) Places(label string) (string, []Place) {
	sl := s.labels[Normal(label)]
	if sl == nil {
		return "", nil
	}
	return sl.text, sl.sorted()
}

func (sl *siteLabel) sorted() []Place {
	var out []Place
	for k, profiles := range sl.places {
		p := Place{Page: k.page, Locale: k.locale, Kind: k.kind}
		for pr := range profiles {
			p.Profiles = append(p.Profiles, pr)
		}
		slices.Sort(p.Profiles)
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Place) int {
		return cmp.Or(cmp.Compare(len(b.Profiles), len(a.Profiles)), cmp.Compare(a.Page, b.Page),
			cmp.Compare(a.Locale, b.Locale), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}

// containing are the site's labels that hold part (in Normal form) at
// their start, at their end, or anywhere when anywhere is set.
func (s *Site) containing(part string, anywhere bool) []string {
	part = Normal(part)
	var out []string
	for n, sl := range s.labels {
		if strings.HasPrefix(n, part) || strings.HasSuffix(n, part) || (anywhere && strings.Contains(n, part)) {
			out = append(out, sl.text)
		}
	}
	slices.Sort(out)
	return out
}

// nearest are the site's labels closest to label by edit distance (in
// Normal form), at most n: none further than near(label), unless it has
// a word of four letters or more in common with label and is not much
// longer.
func (s *Site) nearest(label string, n int) []Near {
	want := Normal(label)
	var all []Near
	for k, sl := range s.labels {
		if d := editdist.Runes(want, k); d > 0 && (d <= near(want) || (shareWord(want, k) && d <= len([]rune(want)))) {
			all = append(all, Near{Label: sl.text, Distance: d})
		}
	}
	sortNear(all)
	return all[:min(n, len(all))]
}

// Near is a label close to another, and how close.
type Near struct {
	Label    string `json:"label"`
	Distance int    `json:"distance"`
	// Via is the glossary entry, for a label found through a glossary:
	// "«hariri kadi» (sw)".
	Via string `json:"via,omitempty"`
}

func sortNear(all []Near) {
	slices.SortFunc(all, func(a, b Near) int {
		return cmp.Or(cmp.Compare(a.Distance, b.Distance), cmp.Compare(a.Via, b.Via), cmp.Compare(a.Label, b.Label))
	})
}

// shown is a label a page shows and the kind of element that shows it.
type shown struct{ text, kind string }

// elementKinds are the elements whose text is a label, by the kind of
// label it is.
var elementKinds = []struct{ selector, kind string }{
	{"title", "title"},
	{"h1, h2, h3, h4, h5, h6", "heading"},
	{"button, [role=button], [role=tab], [role=menuitem]", "button"},
	{"a[href]", "link"},
	{"label", "label"},
	{"option", "option"},
	{"legend, th, summary, caption, dt", "heading"},
}

// attrKinds are the attributes whose value is a label.
var attrKinds = []struct{ attr, kind string }{
	{"placeholder", "placeholder"}, {"aria-label", "aria-label"}, {"title", "title"},
	{"alt", "alt"}, {"data-confirm", "confirm"},
}

// pageLabels are the labels a page shows: the text of its controls,
// headings and title, the value of its submit buttons, and its labelling
// attributes. Scripts and styles are no text.
func pageLabels(doc *goquery.Document) []shown {
	doc.Find("script, style, noscript template").Remove()
	var out []shown
	for _, ek := range elementKinds {
		doc.Find(ek.selector).Each(func(_ int, sel *goquery.Selection) {
			out = append(out, shown{sel.Text(), ek.kind})
		})
	}
	doc.Find("input[type=submit], input[type=button]").Each(func(_ int, sel *goquery.Selection) {
		out = append(out, shown{sel.AttrOr("value", ""), "button"})
	})
	for _, ak := range attrKinds {
		doc.Find("[" + ak.attr + "]").Each(func(_ int, sel *goquery.Selection) {
			out = append(out, shown{sel.AttrOr(ak.attr, ""), ak.kind})
		})
	}
	return out
}
