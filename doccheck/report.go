package doccheck

import (
	"fmt"
	"slices"
	"strings"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/glossary"
)

// RunScenarios are the scenarios a run recorded, as coverage reads them:
// the passages each cites and the text of the steps it ran.
func RunScenarios(r *record.Run) []Scenario { return runScenarios(r, false) }

// runScenarios are RunScenarios; with passed, only the steps that passed,
// and no citations: what the run showed to work.
func runScenarios(r *record.Run, passed bool) []Scenario {
	var out []Scenario
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			s := Scenario{At: sc.Location()}
			var tags []string
			for _, t := range sc.Tags {
				tags = append(tags, t.Name)
			}
			if !passed {
				s.Sources = article.Sources(f.Description, sc.Description, tags)
			}
			for _, st := range sc.Steps {
				if passed && st.Status != record.StatusPassed {
					continue
				}
				s.Text = append(s.Text, st.Text)
				if st.DocString != nil {
					s.Text = append(s.Text, st.DocString.Content)
				}
				if st.Table != nil {
					for _, row := range st.Table.Rows {
						s.Text = append(s.Text, row...)
					}
				}
			}
			out = append(out, s)
		}
	}
	return out
}

// CoverRun is the coverage of every article of docs by the scenarios of a
// run.
func CoverRun(r *record.Run, docs string) (CoverageReport, error) {
	articles, err := ReadArticles([]string{docs})
	if err != nil {
		return CoverageReport{}, err
	}
	cat, err := catalog.Load()
	if err != nil {
		return CoverageReport{}, err
	}
	g, err := glossary.Load(cat)
	if err != nil {
		return CoverageReport{}, err
	}
	notes, err := LoadNotes("")
	if err != nil {
		return CoverageReport{}, err
	}
	scenarios := RunScenarios(r)
	c := NewCoverage(scenarios, g, cat, notes)
	var rep CoverageReport
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if sc.Status() != record.StatusPassed {
				rep.Failing = append(rep.Failing, sc.Location())
			}
		}
	}
	shown := NewCoverage(runScenarios(r, true), g, cat, notes)
	for _, a := range articles {
		ac, passed := c.Article(a), shown.Article(a)
		for i := range ac.Items {
			if i < len(passed.Items) && passed.Items[i].Line == ac.Items[i].Line && passed.Items[i].Text == ac.Items[i].Text {
				ac.Items[i].ShownBy = passed.Items[i].ExercisedBy
			}
		}
		rep.Articles = append(rep.Articles, ac)
	}
	// A run whose scenarios cite some of the articles is about those: the
	// others, which its steps only happen to share labels with, are left
	// out, and named.
	cited := func(a ArticleCoverage) bool { return citedBy(scenarios, a.Key, a.File) }
	if slices.ContainsFunc(rep.Articles, cited) {
		var kept []ArticleCoverage
		for _, a := range rep.Articles {
			if cited(a) {
				kept = append(kept, a)
			} else {
				rep.Uncited = append(rep.Uncited, a.File)
			}
		}
		rep.Articles = kept
	}
	return rep, nil
}

// uniq is xs without the repeats, in order.
func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// citedBy says whether one of scenarios cites the article of key and file.
func citedBy(scenarios []Scenario, key, file string) bool {
	return slices.ContainsFunc(scenarios, func(sc Scenario) bool {
		return slices.ContainsFunc(sc.Sources, func(src article.Citation) bool {
			return src.Key == key && (src.File == "" || src.File == file)
		})
	})
}

// CitedBy is the lint of the articles run r's scenarios cite, when they
// cite some, the others named in Uncited: a run's report is about the
// articles it follows, as its coverage is.
func (r LintReport) CitedBy(run *record.Run) LintReport {
	scenarios := RunScenarios(run)
	if !slices.ContainsFunc(r.Articles, func(a ArticleLint) bool { return citedBy(scenarios, a.Key, a.File) }) {
		return r
	}
	out := LintReport{Crawl: r.Crawl}
	for _, a := range r.Articles {
		if citedBy(scenarios, a.Key, a.File) {
			out.Articles = append(out.Articles, a)
		} else {
			out.Uncited = append(out.Uncited, a.File)
		}
	}
	return out
}

// Section is the coverage as a section of report.html: each article's
// share covered, and the items no scenario cites or exercises.
func (r CoverageReport) Section() write.DocSection {
	s := write.DocSection{
		ID: "coverage", Title: "What the scenarios cover of the articles",
		Intro: "For each article, its procedural sentences, the labels it quotes and the addresses it gives that some scenario of this run cites (by its Source lines) or exercises (its steps use the label, directly or through a glossary, or open the address); listed are those none does, and those only scenarios that did not pass do.",
	}
	if n := len(r.Uncited); n > 0 {
		s.Intro += fmt.Sprintf(" Left out, as no scenario of this run cites them: %s.", strings.Join(r.Uncited, ", "))
	}
	for _, a := range r.Articles {
		sc, st := a.Count(Sentence)
		lc, lt := a.Count(Label)
		uc, ut := a.Count(Address)
		da := write.DocArticle{
			Name: a.File, Lang: a.Language, Status: "passed",
			Summary: fmt.Sprintf("%.1f%% covered: %d of %d sentences, %d of %d labels, %d of %d addresses", a.Percent, sc, st, lc, lt, uc, ut),
		}
		failing := 0
		for _, it := range a.Items {
			switch {
			case !it.Covered():
				da.Status = "failed"
				da.Items = append(da.Items, write.DocItem{Line: it.Line, Text: quoteItem(it), Class: "not-covered", Note: string(it.Kind)})
			case it.OnlyFailing(r.Failing):
				failing++
				da.Status = "failed"
				da.Items = append(da.Items, write.DocItem{Line: it.Line, Text: quoteItem(it), Class: "covered-failing",
					Note: fmt.Sprintf("%s, covered only by scenarios that did not pass: %s", it.Kind, strings.Join(uniq(slices.Concat(it.CitedBy, it.ExercisedBy)), ", "))})
			}
		}
		if failing > 0 {
			da.Summary += fmt.Sprintf("; %d of them only by scenarios that did not pass, so not shown to work", failing)
		}
		s.Articles = append(s.Articles, da)
	}
	return s
}

// Section is the lint as a section of report.html: every label each
// article quotes and what it came to, the broken ones with the nearest
// labels.
func (r LintReport) Section() write.DocSection {
	s := write.DocSection{
		ID: "labels", Title: "The labels the articles quote",
		Intro: fmt.Sprintf("Each label an article quotes, looked up on the sites' pages (%d rendered, every profile, locale and reader) and in the glossary of its language: on the site, translated, prose, or broken.", r.Crawl.Pages),
	}
	if n := len(r.Uncited); n > 0 {
		s.Intro += fmt.Sprintf(" Left out, as no scenario of this run cites them: %s.", strings.Join(r.Uncited, ", "))
	}
	for _, a := range r.Articles {
		da := write.DocArticle{
			Name: a.File, Lang: a.Language, Status: "passed",
			Summary: fmt.Sprintf("%d labels: %d on site, %d translated, %d prose, %d broken", len(a.Findings), a.Count(OnSite), a.Count(Translated), a.Count(Prose), a.Count(Broken)),
		}
		for _, f := range a.Findings {
			if f.Class == Broken {
				da.Status = "failed"
			}
			da.Items = append(da.Items, write.DocItem{Line: f.Line, Text: "«" + f.Label + "»", Class: classCSS(f.Class), Note: describe(f)})
		}
		s.Articles = append(s.Articles, da)
	}
	return s
}

func classCSS(c Class) string {
	if c == OnSite {
		return "on-site"
	}
	return string(c)
}
