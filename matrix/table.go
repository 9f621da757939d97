package matrix

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

// Table is the matrix: one row per article feature, one cell per profile.
type Table struct {
	// Profiles are the columns, None for the site under no profile.
	Profiles []string `json:"profiles"`
	Rows     []Row    `json:"articles"`
}

// Row is one article feature under every profile.
type Row struct {
	// Feature is the feature file, as given.
	Feature string `json:"feature"`
	// Article is the key of the article it follows ("000"); File, Title
	// and Language are the article's, when the docs folder has it.
	Article  string `json:"article,omitempty"`
	File     string `json:"file,omitempty"`
	Title    string `json:"title,omitempty"`
	Language string `json:"language,omitempty"`
	// Own are the profiles the feature's scenarios are written for (their
	// @profile tags).
	Own   []string `json:"ownProfiles,omitempty"`
	Cells []Cell   `json:"cells"`
}

// Cell is one article feature under one profile: passed, or where it
// broke first.
type Cell struct {
	Profile string        `json:"profile"`
	Status  record.Status `json:"status"`
	// Own says some scenario of the feature is written for this profile.
	Own bool `json:"own,omitempty"`
	// Scenarios and Passed count the feature's scenarios.
	Scenarios int `json:"scenarios"`
	Passed    int `json:"passed"`
	// Broke is the first documented step that broke, in the article's
	// order; nil when every scenario passed.
	Broke *Broken `json:"broke,omitempty"`
}

// Broken is the step where an article stopped holding under a profile.
type Broken struct {
	Scenario string `json:"scenario"`
	// Location is the scenario's file:line in the feature as written.
	Location string `json:"location"`
	Step     string `json:"step"`
	StepLine int    `json:"stepLine"`
	// ArticleLine is the line of the article the step stands for
	// (article.StepLines); 0 when the scenario cites none.
	ArticleLine int `json:"articleLine,omitempty"`
	// Text is that line of the article, when the docs folder has it.
	Text string `json:"articleText,omitempty"`
	// Labels are the labels the step was written with; Found, what the
	// page was found to call them (through the glossary).
	Labels []string `json:"labels,omitempty"`
	Found  []string `json:"found,omitempty"`
	Error  string   `json:"error,omitempty"`
}

// build sums a run of the variants up.
func build(r *record.Run, fs []feature, cols []string, names map[string]variant, lib *article.Library) *Table {
	byName := map[string]*record.Feature{}
	for _, f := range r.Features {
		byName[f.URI] = f
	}
	t := &Table{Profiles: cols}
	for _, f := range fs {
		row := Row{Feature: f.Path, Own: ownProfiles([]feature{f})}
		for _, c := range cols {
			rf := byName[variantName(f.Path, c)]
			cell := Cell{Profile: c, Status: record.StatusSkipped, Own: slices.Contains(row.Own, c)}
			if rf != nil {
				describe(&row, rf, lib)
				cell = cellOf(rf, f.Path, c, lib)
				cell.Own = slices.Contains(row.Own, c)
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// describe names the article a row follows, once.
func describe(row *Row, f *record.Feature, lib *article.Library) {
	if row.Article != "" {
		return
	}
	var tags []string
	for _, t := range f.Tags {
		tags = append(tags, t.Name)
	}
	for _, sc := range f.Scenarios {
		for _, t := range sc.Tags {
			tags = append(tags, t.Name)
		}
	}
	src := article.Sources(f.Description, "", tags)
	if len(src) == 0 {
		return
	}
	p := lib.Passage(article.Citation{Key: src[0].Key, File: src[0].File})
	row.Article, row.File, row.Title, row.Language = src[0].Key, p.File, p.Title, p.Language
}

// cellOf is one feature's scenarios under one profile: passed when all
// did, else the failing scenario that comes first in the article.
func cellOf(f *record.Feature, path, profile string, lib *article.Library) Cell {
	c := Cell{Profile: profile, Status: record.StatusPassed, Scenarios: len(f.Scenarios)}
	type failed struct {
		sc    *record.Scenario
		first int
		cite  article.Citation
	}
	var fails []failed
	for _, sc := range f.Scenarios {
		st := sc.Status()
		if st == record.StatusPassed {
			c.Passed++
			continue
		}
		if st.Worse(c.Status) {
			c.Status = st
		}
		cite := citationOf(f, sc)
		first := 0
		if len(cite.Lines) > 0 {
			first = cite.Lines[0].From
		}
		fails = append(fails, failed{sc, first, cite})
	}
	if len(fails) == 0 {
		return c
	}
	slices.SortStableFunc(fails, func(a, b failed) int {
		return cmp.Or(cmp.Compare(noLine(a.first), noLine(b.first)), cmp.Compare(a.first, b.first))
	})
	c.Broke = brokenAt(fails[0].sc, fails[0].cite, lib)
	c.Broke.Location = fmt.Sprintf("%s:%d", path, fails[0].sc.SourceLine())
	return c
}

// citationOf is the passage of the feature's article a scenario cites.
func citationOf(f *record.Feature, sc *record.Scenario) article.Citation {
	var tags []string
	for _, t := range sc.Tags {
		tags = append(tags, t.Name)
	}
	src := article.Sources(f.Description, sc.Description, tags)
	if len(src) == 0 {
		return article.Citation{}
	}
	return src[0]
}

func brokenAt(sc *record.Scenario, cite article.Citation, lib *article.Library) *Broken {
	b := &Broken{Scenario: sc.Name}
	st := sc.FailingStep()
	k := slices.Index(sc.Steps, st)
	if st == nil || k < 0 {
		b.Error = "the scenario did not finish"
		return b
	}
	b.Step, b.StepLine = strings.TrimSpace(st.Keyword)+" "+st.Text, st.Line
	b.Labels = article.StepLabels(st.Text)
	b.Error = firstLine(st.Error)
	for _, a := range st.Attachments {
		if a.Kind == record.Labels {
			body, _ := a.Data()
			b.Found = append(b.Found, strings.Split(strings.TrimSpace(string(body)), "\n")...)
		}
	}
	b.ArticleLine, b.Text = lib.StepLine(cite, sc.StepTexts(), k)
	return b
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// noLine ranks a scenario citing no line after those that cite one.
func noLine(first int) int {
	if first == 0 {
		return 1
	}
	return 0
}
