package suite

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	messages "github.com/cucumber/messages/go/v21"
)

// lineRequest is a file:line path of a run: the file, cleaned, and the
// line, as the path was written.
type lineRequest struct {
	path string
	file string
	line int
}

// splitLines parts a run's paths into those godog reads (files and
// folders, a file:line as its file, each once) and the line requests,
// which unbind matches against what is written at each line.
func splitLines(paths []string) (files []string, lines []lineRequest) {
	seen := map[string]bool{}
	for _, p := range paths {
		file := fileOf(p)
		if file != p {
			n, _ := strconv.Atoi(p[len(file)+1:])
			lines = append(lines, lineRequest{path: p, file: filepath.Clean(file), line: n})
		}
		if !seen[file] {
			seen[file] = true
			files = append(files, file)
		}
	}
	return files, lines
}

// wholly says whether a path without a line (a file or a folder) names
// the feature file uri, so that all of its scenarios run.
func wholly(paths []string, uri string) bool {
	uri = filepath.Clean(uri)
	for _, p := range paths {
		if fileOf(p) != p {
			continue
		}
		c := filepath.Clean(p)
		if c == uri || c == "." || strings.HasPrefix(uri, c+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// span is the lines [from, to] a part of a feature file is written on.
type span struct{ from, to int }

func (s span) has(line int) bool { return s.from <= line && line <= s.to }

// lineMap says which pickles of a feature file a line selects: a
// scenario's lines (from its tags to its last step, table or doc string:
// not the empty lines and comments after it) select all of it; an Examples block's lines, its rows; a row's line,
// that row.
type lineMap struct {
	scenarios map[string]span   // by the scenario's node id
	blocks    map[string][]span // the scenario's Examples blocks
	rows      map[string]struct {
		line, block int
	} // by the row's node id
	rowLines map[int]bool
	starts   []int // the lines the scenarios and rows are at
}

func newLineMap(doc *messages.GherkinDocument, content []byte) *lineMap {
	m := &lineMap{scenarios: map[string]span{}, blocks: map[string][]span{}, rowLines: map[int]bool{},
		rows: map[string]struct{ line, block int }{}}
	if doc == nil || doc.Feature == nil {
		return m
	}
	last := strings.Count(string(content), "\n") + 1
	first := func(line int64, tags []*messages.Tag) int {
		n := int(line)
		for _, t := range tags {
			n = min(n, int(t.Location.Line))
		}
		return n
	}
	// The parts in the order of the file, each with where it begins; a
	// part ends where the next begins.
	type part struct {
		sc    *messages.Scenario
		begin int
	}
	var parts []part
	for _, c := range doc.Feature.Children {
		switch {
		case c.Scenario != nil:
			parts = append(parts, part{c.Scenario, first(c.Scenario.Location.Line, c.Scenario.Tags)})
		case c.Background != nil:
			parts = append(parts, part{nil, int(c.Background.Location.Line)})
		case c.Rule != nil:
			parts = append(parts, part{nil, first(c.Rule.Location.Line, c.Rule.Tags)})
			for _, rc := range c.Rule.Children {
				if rc.Scenario != nil {
					parts = append(parts, part{rc.Scenario, first(rc.Scenario.Location.Line, rc.Scenario.Tags)})
				} else if rc.Background != nil {
					parts = append(parts, part{nil, int(rc.Background.Location.Line)})
				}
			}
		}
	}
	text := strings.Split(string(content), "\n")
	// blank says the 1-based line n holds nothing of a scenario: it is
	// empty, or a comment.
	blank := func(n int) bool {
		if n < 1 || n > len(text) {
			return true
		}
		t := strings.TrimSpace(text[n-1])
		return t == "" || strings.HasPrefix(t, "#")
	}
	for i, p := range parts {
		if p.sc == nil {
			continue
		}
		end := last
		if i+1 < len(parts) {
			end = parts[i+1].begin - 1
		}
		for end > p.begin && blank(end) {
			end-- // the empty lines and comments after its last step are not of it
		}
		m.scenarios[p.sc.Id] = span{p.begin, end}
		m.starts = append(m.starts, int(p.sc.Location.Line))
		for b, ex := range p.sc.Examples {
			bend := end
			if b+1 < len(p.sc.Examples) {
				next := p.sc.Examples[b+1]
				bend = first(next.Location.Line, next.Tags) - 1
			}
			m.blocks[p.sc.Id] = append(m.blocks[p.sc.Id], span{first(ex.Location.Line, ex.Tags), bend})
			for _, row := range ex.TableBody {
				m.rows[row.Id] = struct{ line, block int }{int(row.Location.Line), b}
				m.rowLines[int(row.Location.Line)] = true
			}
		}
	}
	return m
}

// selects says whether line selects the pickle.
func (m *lineMap) selects(pk *messages.Pickle, line int) bool {
	sc, ok := m.scenarios[pk.AstNodeIds[0]]
	if !ok || !sc.has(line) {
		return false
	}
	if len(pk.AstNodeIds) < 2 {
		return true
	}
	row := m.rows[pk.AstNodeIds[len(pk.AstNodeIds)-1]]
	if m.rowLines[line] {
		return line == row.line
	}
	for b, s := range m.blocks[pk.AstNodeIds[0]] {
		if s.has(line) {
			return b == row.block
		}
	}
	return true
}

// noScenarioError is a file:line with no scenario written at the line.
func noScenarioError(req lineRequest, m *lineMap) error {
	if m == nil || len(m.starts) == 0 {
		return fmt.Errorf("%s: no scenario there: %s is not a feature file the run reads, or has no scenario", req.path, req.file)
	}
	lines := make([]string, len(m.starts))
	for i, l := range slices.Sorted(slices.Values(m.starts)) {
		lines[i] = strconv.Itoa(l)
	}
	begin := "the scenarios of %s begin at lines %s"
	if len(lines) == 1 {
		begin = "the one scenario of %s begins at line %s"
	}
	return fmt.Errorf("%s: no scenario at line %d; "+begin+" ('unbind run --list %s' lists them)",
		req.path, req.line, req.file, strings.Join(lines, ", "), req.file)
}
