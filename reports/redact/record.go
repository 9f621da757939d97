package redact

import (
	"bytes"
	"mime"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
)

// Run masks the card numbers and CVVs of a run's record, in place, and
// rewrites the text evidence files it names (Evidence): the one pass every
// report set and the console's summary go through before they are written.
// It may be run again on its record: what it masked stays masked.
func Run(r *record.Run) {
	Evidence(r) // first: it learns the CVVs from the steps as they were
	Record(r)
}

// Record masks the card numbers and CVVs of a run's record, in place: the
// names and descriptions of its features, rules, scenarios and examples,
// every step's text, doc string, table and error, the text evidence whose
// bytes the record holds, and each feature's source, Gherkin document and
// pickles, kept for the Cucumber Messages. It never writes into what the
// record shares with others (godog holds the same Gherkin documents and
// pickles while it runs): it puts masked copies in their place.
func Record(r *record.Run) {
	if r == nil {
		return
	}
	for _, f := range r.Features {
		feature(f)
	}
}

func feature(f *record.Feature) {
	f.Name, f.Description = Text(f.Name), Lines(f.Description)
	if f.Source != nil {
		f.Source = slices.Clone(Source(f.Source))
	}
	f.Document = document(f.Document)
	for _, sc := range f.Scenarios {
		Scenario(sc)
	}
}

// Scenario masks a scenario's record, in place, as Record does, its
// earlier attempts too.
func Scenario(sc *record.Scenario) {
	if sc == nil {
		return
	}
	sc.Name, sc.Description = Text(sc.Name), Lines(sc.Description)
	if sc.Rule != nil {
		rule := *sc.Rule
		rule.Name, rule.Description = Text(rule.Name), Lines(rule.Description)
		sc.Rule = &rule
	}
	if sc.Example != nil {
		ex := *sc.Example
		ex.Name = Text(ex.Name)
		if t := Table([][]string{ex.Header, ex.Cells}); len(t) == 2 {
			ex.Header, ex.Cells = t[0], t[1]
		}
		sc.Example = &ex
	}
	sc.Pickle = pickle(sc.Pickle)
	cvvs := scenarioCVVs(sc)
	for _, st := range sc.Steps {
		step(st, cvvs)
	}
	for _, at := range sc.Earlier {
		Scenario(at)
	}
}

// scenarioCVVs are the values the steps of a scenario give CVVs, which
// its errors and evidence may repeat without their label.
func scenarioCVVs(sc *record.Scenario) []string {
	var all []string
	for _, st := range sc.Steps {
		_, vs := text(st.Text)
		all = append(all, vs...)
		if st.Table != nil {
			_, vs := table(st.Table.Rows)
			all = append(all, vs...)
		}
	}
	slices.Sort(all)
	return slices.Compact(all)
}

func step(st *record.Step, cvvs []string) {
	st.Text = Text(st.Text)
	if st.DocString != nil {
		ds := *st.DocString
		ds.Content = Lines(ds.Content)
		st.DocString = &ds
	}
	if st.Table != nil {
		t := *st.Table
		t.Rows = Table(t.Rows)
		st.Table = &t
	}
	st.Error = known(Text(st.Error), cvvs)
	if st.Attachments == nil {
		return
	}
	st.Attachments = slices.Clone(st.Attachments)
	for i := range st.Attachments {
		a := &st.Attachments[i]
		a.Name = Text(a.Name)
		if len(a.Body) > 0 && isText(*a) {
			if b := body(a.Body, cvvs); !bytes.Equal(b, a.Body) {
				a.Body = b
			}
		}
	}
}

// isText reports whether the evidence is text that Record and Evidence
// mask: text/* and JSON, not HTML (the DOM of a page is kept as it was).
func isText(a record.Attachment) bool {
	if a.Kind == record.Page {
		return false
	}
	mt, _, err := mime.ParseMediaType(a.MediaType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(a.MediaType))
	}
	return strings.HasPrefix(mt, "text/") && mt != "text/html" || mt == "application/json"
}

// body is text evidence with its card numbers and the scenario's CVVs
// masked, line by line; a new slice when anything was.
func body(b []byte, cvvs []string) []byte {
	if !hasDigitRun(string(b), 3) {
		return b
	}
	var out string
	if utf8.Valid(b) {
		out = known(Lines(string(b)), cvvs)
	} else {
		out = maskCards(string(b)) // bytes that are not text: the digits alone
	}
	if out == string(b) {
		return b
	}
	return []byte(out)
}

// Evidence rewrites the text evidence files a run's record names (Path;
// text/* and JSON, not HTML) with their card numbers and CVVs masked: with
// the evidence's bytes as the record holds them, masked, or those of the
// file when it holds none. A file is replaced by a new one, never written
// into: a file linked from another run's folder (unbind merge) keeps its
// own bytes. A file that cannot be rewritten is removed, and the record
// keeps the masked bytes instead.
func Evidence(r *record.Run) {
	if r == nil {
		return
	}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, at := range sc.Attempts() {
				evidence(at, scenarioCVVs(at))
			}
		}
	}
}

func evidence(sc *record.Scenario, cvvs []string) {
	for _, st := range sc.Steps {
		for i := range st.Attachments {
			a := &st.Attachments[i]
			if a.Path == "" || !isText(*a) {
				continue
			}
			data, err := os.ReadFile(a.Path)
			if err != nil {
				continue // gone: the reports say so
			}
			want := data
			if len(a.Body) > 0 {
				want = a.Body
			}
			if want = body(want, cvvs); bytes.Equal(want, data) {
				continue
			}
			if err := replaceFile(a.Path, want); err != nil {
				os.Remove(a.Path)
				st.Attachments = slices.Clone(st.Attachments) // not the one others hold
				st.Attachments[i].Path, st.Attachments[i].Body = "", want
			}
		}
	}
}

// replaceFile puts a new file with data in path's place.
func replaceFile(path string, data []byte) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".redact-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), info.Mode().Perm())
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// document is a masked copy of a Gherkin document.
func document(d *messages.GherkinDocument) *messages.GherkinDocument {
	if d == nil {
		return nil
	}
	cp := *d
	if d.Comments != nil {
		cp.Comments = make([]*messages.Comment, len(d.Comments))
		for i, c := range d.Comments {
			if c != nil {
				cc := *c
				cc.Text = Text(c.Text)
				c = &cc
			}
			cp.Comments[i] = c
		}
	}
	if d.Feature != nil {
		f := *d.Feature
		f.Name, f.Description = Text(f.Name), Lines(f.Description)
		f.Children = mapped(f.Children, func(c messages.FeatureChild) messages.FeatureChild {
			c.Rule, c.Background, c.Scenario = rule(c.Rule), background(c.Background), scenario(c.Scenario)
			return c
		})
		cp.Feature = &f
	}
	return &cp
}

func rule(r *messages.Rule) *messages.Rule {
	if r == nil {
		return nil
	}
	cp := *r
	cp.Name, cp.Description = Text(r.Name), Lines(r.Description)
	cp.Children = mapped(r.Children, func(c messages.RuleChild) messages.RuleChild {
		c.Background, c.Scenario = background(c.Background), scenario(c.Scenario)
		return c
	})
	return &cp
}

func background(b *messages.Background) *messages.Background {
	if b == nil {
		return nil
	}
	cp := *b
	cp.Name, cp.Description = Text(b.Name), Lines(b.Description)
	cp.Steps = mapped(b.Steps, gherkinStep)
	return &cp
}

func scenario(s *messages.Scenario) *messages.Scenario {
	if s == nil {
		return nil
	}
	cp := *s
	cp.Name, cp.Description = Text(s.Name), Lines(s.Description)
	cp.Steps = mapped(s.Steps, gherkinStep)
	cp.Examples = mapped(s.Examples, func(e messages.Examples) messages.Examples {
		e.Name, e.Description = Text(e.Name), Lines(e.Description)
		rows := e.TableBody
		if e.TableHeader != nil {
			rows = append([]*messages.TableRow{e.TableHeader}, rows...)
		}
		rows = tableRows(rows)
		if e.TableHeader != nil {
			e.TableHeader, rows = rows[0], rows[1:]
			if e.TableBody == nil {
				rows = nil
			}
		}
		e.TableBody = rows
		return e
	})
	return &cp
}

func gherkinStep(st messages.Step) messages.Step {
	st.Text = Text(st.Text)
	if st.DocString != nil {
		ds := *st.DocString
		ds.Content = Lines(ds.Content)
		st.DocString = &ds
	}
	if st.DataTable != nil {
		dt := *st.DataTable
		dt.Rows = tableRows(dt.Rows)
		st.DataTable = &dt
	}
	return st
}

// tableRows are masked copies of the rows of a Gherkin table.
func tableRows(rows []*messages.TableRow) []*messages.TableRow {
	if rows == nil {
		return nil
	}
	values := make([][]string, len(rows))
	for i, row := range rows {
		if row != nil {
			for _, c := range row.Cells {
				values[i] = append(values[i], cellValue(c))
			}
		}
	}
	masked := Table(values)
	out := make([]*messages.TableRow, len(rows))
	for i, row := range rows {
		if row == nil {
			continue
		}
		cp := *row
		if row.Cells != nil {
			cp.Cells = make([]*messages.TableCell, len(row.Cells))
			for k, c := range row.Cells {
				if c != nil {
					cc := *c
					cc.Value = masked[i][k]
					c = &cc
				}
				cp.Cells[k] = c
			}
		}
		out[i] = &cp
	}
	return out
}

func cellValue(c *messages.TableCell) string {
	if c == nil {
		return ""
	}
	return c.Value
}

// pickle is a masked copy of a pickle.
func pickle(p *messages.Pickle) *messages.Pickle {
	if p == nil {
		return nil
	}
	cp := *p
	cp.Name = Text(p.Name)
	cp.Steps = mapped(p.Steps, func(st messages.PickleStep) messages.PickleStep {
		st.Text = Text(st.Text)
		if arg := st.Argument; arg != nil {
			a := *arg
			if a.DocString != nil {
				ds := *a.DocString
				ds.Content = Lines(ds.Content)
				a.DocString = &ds
			}
			if a.DataTable != nil {
				a.DataTable = pickleTable(a.DataTable)
			}
			st.Argument = &a
		}
		return st
	})
	return &cp
}

func pickleTable(t *messages.PickleTable) *messages.PickleTable {
	values := make([][]string, len(t.Rows))
	for i, row := range t.Rows {
		if row != nil {
			for _, c := range row.Cells {
				v := ""
				if c != nil {
					v = c.Value
				}
				values[i] = append(values[i], v)
			}
		}
	}
	masked := Table(values)
	cp := *t
	if t.Rows != nil {
		cp.Rows = make([]*messages.PickleTableRow, len(t.Rows))
		for i, row := range t.Rows {
			if row == nil {
				continue
			}
			r := *row
			if row.Cells != nil {
				r.Cells = make([]*messages.PickleTableCell, len(row.Cells))
				for k, c := range row.Cells {
					if c != nil {
						r.Cells[k] = &messages.PickleTableCell{Value: masked[i][k]}
					}
				}
			}
			cp.Rows[i] = &r
		}
	}
	return &cp
}

// mapped is a new slice of copies of what ps points at, each changed by
// f; nil for nil, and nil where ps has nil.
func mapped[T any](ps []*T, f func(T) T) []*T {
	if ps == nil {
		return nil
	}
	out := make([]*T, len(ps))
	for i, p := range ps {
		if p != nil {
			v := f(*p)
			out[i] = &v
		}
	}
	return out
}
