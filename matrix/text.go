package matrix

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/unbind/unbind/reports/record"
)

// Mark is how a cell shows in the text table: "ok" for passed, "line 11"
// for the article line the first broken step stands for ("broke" when it
// stands for none), "-" for not run; "*" after it marks a profile the
// feature is written for.
func (c Cell) Mark() string {
	m := "-"
	switch {
	case c.Status == record.StatusPassed:
		m = "ok"
	case c.Broke != nil && c.Broke.ArticleLine > 0:
		m = fmt.Sprintf("line %d", c.Broke.ArticleLine)
	case c.Broke != nil:
		m = "broke"
	}
	if c.Own {
		m += "*"
	}
	return m
}

// name is a row's name in the table: the article key, else the file.
func (r Row) name() string {
	if r.Article != "" {
		return r.Article
	}
	return r.Feature
}

// WriteText writes the table with a row per profile and a column per
// article, then every broken cell: where, the step, the article line and
// label it stands for, and the error.
func (t *Table) WriteText(w io.Writer) error {
	width := len("profile")
	for _, p := range t.Profiles {
		width = max(width, utf8.RuneCountInString(p))
	}
	cols := make([]int, len(t.Rows))
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s", width, "profile")
	for i, r := range t.Rows {
		cols[i] = max(9, utf8.RuneCountInString(r.name()))
		fmt.Fprintf(&b, "  %-*s", cols[i], r.name())
	}
	b.WriteString("\n")
	for j, p := range t.Profiles {
		fmt.Fprintf(&b, "%-*s", width, p)
		for i, r := range t.Rows {
			fmt.Fprintf(&b, "  %-*s", cols[i], r.Cells[j].Mark())
		}
		b.WriteString("\n")
	}
	b.WriteString("(ok: every scenario passed; line N: the first step that broke stands for line N of the article; * a profile some scenario of the article is written for)\n")
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if c.Broke == nil {
				continue
			}
			k := c.Broke
			fmt.Fprintf(&b, "\n%s under %s: %s, %d of %d passed\n", r.name(), c.Profile, c.Status, c.Passed, c.Scenarios)
			fmt.Fprintf(&b, "  %s › %s\n  step %d: %s\n", k.Location, k.Scenario, k.StepLine, k.Step)
			if k.ArticleLine > 0 {
				fmt.Fprintf(&b, "  article %s line %d\n", r.File, k.ArticleLine)
			}
			if len(k.Found) > 0 {
				fmt.Fprintf(&b, "  labels found: %s\n", strings.Join(k.Found, "; "))
			}
			if k.Error != "" {
				fmt.Fprintf(&b, "  %s\n", k.Error)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the table as JSON.
func (t *Table) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(t)
}
