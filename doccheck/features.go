package doccheck

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/article"
)

// Scenario is what coverage needs of one scenario of a feature file: the
// article passages it cites and the words of its steps.
type Scenario struct {
	// At is the scenario's file and line, "features/p01_my_alipay.feature:12".
	At string
	// Sources are the passages it cites (article.Sources of its feature's
	// description, its own and its tags).
	Sources []article.Citation
	// Text is the text of its steps, their doc strings and tables, its
	// background's and its examples' cells, one line each.
	Text []string
}

// ReadScenarios reads every scenario of the feature files of paths (files,
// or folders walked for *.feature).
func ReadScenarios(paths []string) ([]Scenario, error) {
	var out []Scenario
	for _, p := range paths {
		files, err := featureFiles(p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(src), (&messages.Incrementing{}).NewId)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if doc.Feature != nil {
				out = append(out, featureScenarios(f, doc.Feature)...)
			}
		}
	}
	return out, nil
}

func featureFiles(path string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("no features at %s: %w", path, err)
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".feature") {
			files = append(files, p)
		}
		return err
	})
	return files, err
}

// featureScenarios are the scenarios of a feature, those of its rules
// included, each with the background steps it runs after and the tags it
// inherits.
func featureScenarios(file string, f *messages.Feature) []Scenario {
	var out []Scenario
	var background []string
	add := func(sc *messages.Scenario, tags []*messages.Tag, bg []string) {
		s := Scenario{At: fmt.Sprintf("%s:%d", file, sc.Location.Line), Text: append(bg, stepText(sc.Steps)...)}
		for _, ex := range sc.Examples {
			for _, row := range ex.TableBody {
				for _, c := range row.Cells {
					s.Text = append(s.Text, c.Value)
				}
			}
		}
		s.Sources = article.Sources(f.Description, sc.Description, tagNames(append(tags, sc.Tags...)))
		out = append(out, s)
	}
	for _, c := range f.Children {
		switch {
		case c.Background != nil:
			background = stepText(c.Background.Steps)
		case c.Scenario != nil:
			add(c.Scenario, f.Tags, background)
		case c.Rule != nil:
			ruleBackground := background
			for _, rc := range c.Rule.Children {
				if rc.Background != nil {
					ruleBackground = append(background[:len(background):len(background)], stepText(rc.Background.Steps)...)
				}
				if rc.Scenario != nil {
					add(rc.Scenario, append(f.Tags[:len(f.Tags):len(f.Tags)], c.Rule.Tags...), ruleBackground)
				}
			}
		}
	}
	return out
}

// stepText is each step's text, its doc string and the cells of its table.
func stepText(steps []*messages.Step) []string {
	var out []string
	for _, st := range steps {
		out = append(out, st.Text)
		if st.DocString != nil {
			out = append(out, st.DocString.Content)
		}
		if st.DataTable != nil {
			for _, row := range st.DataTable.Rows {
				for _, c := range row.Cells {
					out = append(out, c.Value)
				}
			}
		}
	}
	return out
}

func tagNames(tags []*messages.Tag) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.Name
	}
	return out
}
