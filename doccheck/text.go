package doccheck

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/unbind/unbind/sim"
)

// WriteLintText writes a lint report for a person: each article's labels
// in its order, what each is and where the site shows it; for a broken
// one why, and the nearest labels of the site and of the glossaries.
func WriteLintText(w io.Writer, r LintReport) {
	for _, a := range r.Articles {
		fmt.Fprintf(w, "%s (%s): %d labels: %d on site, %d translated, %d prose, %d broken\n", a.File, a.Language,
			len(a.Findings), a.Count(OnSite), a.Count(Translated), a.Count(Prose), a.Count(Broken))
		for _, f := range a.Findings {
			fmt.Fprintf(w, "  line %d: «%s» %s\n", f.Line, f.Label, describe(f))
		}
	}
	fmt.Fprintf(w, "%d broken labels; the site: %d pages rendered in %d worlds (every profile, locale and reader), %d labels, in %.1fs\n",
		r.Broken(), r.Crawl.Pages, r.Crawl.Worlds, r.Crawl.Labels, r.Crawl.Duration.Seconds())
}

func describe(f Finding) string {
	switch f.Class {
	case OnSite:
		return "on site: " + shownAt(f)
	case Translated:
		return fmt.Sprintf("translated: %s → %s", f.Entry.File, shownAt(f))
	case Prose:
		return "prose: " + f.Why
	}
	s := "BROKEN: " + f.Why
	if len(f.NearestSite) > 0 {
		s += "; nearest on the site: " + nears(f.NearestSite)
	}
	if len(f.NearestGlossary) > 0 {
		s += "; nearest in the glossaries: " + nears(f.NearestGlossary)
	}
	return s
}

// shownAt is the site's label and its first places: "Delete card" on
// intl.alipay.com/user/queryUserBindCard.htm (en_US, ru_RU; every profile).
func shownAt(f Finding) string {
	type at struct{ page, profiles string }
	var order []at
	locales := map[at][]string{}
	for _, p := range f.Places {
		k := at{p.Page, profiles(p.Profiles)}
		if _, ok := locales[k]; !ok {
			order = append(order, k)
		}
		if !slices.Contains(locales[k], p.Locale) {
			locales[k] = append(locales[k], p.Locale)
		}
	}
	var parts []string
	for _, k := range order[:min(2, len(order))] {
		slices.Sort(locales[k])
		parts = append(parts, fmt.Sprintf("%s (%s; %s)", k.page, strings.Join(locales[k], ", "), k.profiles))
	}
	more := ""
	if len(order) > 2 {
		more = fmt.Sprintf(" and %d more", len(order)-2)
	}
	return fmt.Sprintf("%q on %s%s", f.Site, strings.Join(parts, ", "), more)
}

// profiles names a list of profiles: "every profile", or their names,
// "default" for the default site.
func profiles(ps []string) string {
	all := sim.Profiles()
	name := func(p string) string { return cmp.Or(p, "default") }
	var names, but []string
	for _, p := range all {
		if slices.Contains(ps, p) {
			names = append(names, name(p))
		} else {
			but = append(but, name(p))
		}
	}
	switch {
	case len(but) == 0:
		return "every profile"
	case len(but) < len(names):
		return "every profile but " + strings.Join(but, ", ")
	}
	return "profile " + strings.Join(names, ", ")
}

func nears(ns []Near) string {
	var parts []string
	for _, n := range ns {
		if n.Via != "" {
			parts = append(parts, fmt.Sprintf("%s → %q", n.Via, n.Label))
			continue
		}
		edits := "edits"
		if n.Distance == 1 {
			edits = "edit"
		}
		parts = append(parts, fmt.Sprintf("%q (%d %s)", n.Label, n.Distance, edits))
	}
	return strings.Join(parts, ", ")
}

// WriteCoverageText writes a coverage report for a person: each article's
// share of items some scenario cites or exercises, by kind, then the
// items none does, in the article's order.
func WriteCoverageText(w io.Writer, r CoverageReport) {
	for _, a := range r.Articles {
		sc, st := a.Count(Sentence)
		lc, lt := a.Count(Label)
		uc, ut := a.Count(Address)
		fmt.Fprintf(w, "%s (%s): %.1f%% covered (%d of %d: %d of %d sentences, %d of %d labels, %d of %d addresses)\n",
			a.File, a.Language, a.Percent, a.Covered, a.Total, sc, st, lc, lt, uc, ut)
		for _, it := range a.Items {
			if !it.Covered() {
				fmt.Fprintf(w, "  not covered: line %d, %s: %s\n", it.Line, it.Kind, quoteItem(it))
			}
		}
	}
}

func quoteItem(it Item) string {
	if it.Kind == Label {
		return "«" + it.Text + "»"
	}
	return it.Text
}
