package matrix

import (
	"embed"
	"fmt"
	"html/template"
	"io"

	"github.com/unbind/unbind/reports/record"
)

//go:embed templates/matrix.html.tmpl
var templates embed.FS

type htmlView struct {
	Articles []htmlArticle
	Lines    []htmlLine
	Broken   []htmlBroken
}

type htmlArticle struct{ Name, Title, Language string }

// htmlLine is one profile across the articles.
type htmlLine struct {
	Profile string
	Cells   []htmlCell
}

type htmlCell struct {
	Status   record.Status
	Own      bool
	Mark, ID string
}

// htmlBroken is a broken cell told in full.
type htmlBroken struct {
	Cell
	ID, Article, File, Lang string
	// Line is the text of the article line the step stands for, when the
	// docs folder had it.
	Line string
}

// WriteHTML writes the table as a page of its own.
func (t *Table) WriteHTML(w io.Writer) error {
	tmpl, err := template.ParseFS(templates, "templates/matrix.html.tmpl")
	if err != nil {
		return fmt.Errorf("reading the matrix template: %w", err)
	}
	v := htmlView{}
	for _, r := range t.Rows {
		v.Articles = append(v.Articles, htmlArticle{Name: r.name(), Title: r.Title, Language: r.Language})
	}
	for j, p := range t.Profiles {
		line := htmlLine{Profile: p}
		for i, r := range t.Rows {
			c := r.Cells[j]
			hc := htmlCell{Status: c.Status, Own: c.Own, Mark: c.Mark()}
			if c.Broke != nil {
				hc.ID = fmt.Sprintf("a%d-p%d", i+1, j+1)
				v.Broken = append(v.Broken, htmlBroken{Cell: c, ID: hc.ID, Article: r.name(), File: r.File, Lang: r.Language, Line: c.Broke.Text})
			}
			line.Cells = append(line.Cells, hc)
		}
		v.Lines = append(v.Lines, line)
	}
	if err := tmpl.Execute(w, v); err != nil {
		return fmt.Errorf("writing the matrix page: %w", err)
	}
	return nil
}
