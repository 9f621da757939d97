package reports

import (
	"slices"
	"strings"
	"time"

	messages "github.com/cucumber/messages/go/v21"
)

// build turns what the collector recorded into a Run that shares nothing
// mutable with it. c.mu must be held.
func (c *Collector) build() *Run {
	return records{suite: c.suite, started: c.started, finished: c.finished, features: c.features, pickles: c.pickles}.run()
}

// records is what a run leaves behind, as the collector gathers it or as a
// message stream gives it back.
type records struct {
	suite             string
	started, finished time.Time
	features          []featureRecord
	pickles           map[string]*pickleRecord
}

func (rs records) run() *Run {
	rs = rs.unfiltered()
	r := &Run{Name: rs.suite, Started: rs.started, Finished: rs.finished}
	byURI := map[string][]*pickleRecord{}
	for _, pr := range rs.pickles {
		byURI[pr.pickle.Uri] = append(byURI[pr.pickle.Uri], pr)
	}
	for _, fr := range rs.features {
		r.Features = append(r.Features, buildFeature(fr, byURI[fr.uri]))
		delete(byURI, fr.uri)
	}
	for _, uri := range sortedKeys(byURI) { // scenarios whose feature was never reported
		r.Features = append(r.Features, buildFeature(featureRecord{uri: uri}, byURI[uri]))
	}
	return r
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func buildFeature(fr featureRecord, prs []*pickleRecord) *Feature {
	f := &Feature{URI: fr.uri, Name: fr.uri, Source: slices.Clone(fr.content), Document: fr.doc}
	if fr.doc != nil && fr.doc.Feature != nil {
		d := fr.doc.Feature
		f.Keyword, f.Name, f.Description = d.Keyword, d.Name, d.Description
		f.Language, f.Line, f.Tags = d.Language, line(d.Location), documentTags(d.Tags)
	}
	ix := indexDocument(fr.doc)
	for _, pr := range prs {
		f.Scenarios = append(f.Scenarios, buildScenario(ix, pr))
	}
	slices.SortStableFunc(f.Scenarios, func(a, b *Scenario) int {
		if a.SourceLine() != b.SourceLine() {
			return a.SourceLine() - b.SourceLine()
		}
		return strings.Compare(a.ID, b.ID)
	})
	return f
}

func buildScenario(ix *docIndex, pr *pickleRecord) *Scenario {
	p := pr.pickle
	sc := &Scenario{
		ID: p.Id, URI: p.Uri, Name: p.Name, Pickle: p,
		Tags: ix.tags(p.Tags), Started: pr.first, Finished: pr.last,
	}
	if len(p.AstNodeIds) > 0 {
		if d := ix.scenarios[p.AstNodeIds[0]]; d != nil {
			sc.Keyword, sc.Description, sc.Line = d.Keyword, d.Description, line(d.Location)
		}
	}
	if len(p.AstNodeIds) > 1 {
		if row := ix.rows[p.AstNodeIds[1]]; row != nil {
			ex := *row
			sc.Example = &ex
		}
	}
	for _, ps := range p.Steps {
		sc.Steps = append(sc.Steps, buildStep(ix, ps, pr.steps[ps.Id]))
	}
	for i, er := range pr.earlier {
		at := *sc
		at.Attempt, at.Started, at.Finished, at.Steps, at.Earlier = i, er.first, er.last, nil, nil
		for _, ps := range p.Steps {
			at.Steps = append(at.Steps, buildStep(ix, ps, er.steps[ps.Id]))
		}
		sc.Earlier = append(sc.Earlier, &at)
	}
	sc.Attempt = len(sc.Earlier)
	return sc
}

func buildStep(ix *docIndex, ps *messages.PickleStep, rec *stepRecord) *Step {
	st := &Step{ID: ps.Id, Text: ps.Text, Status: StatusUnknown}
	var d *messages.Step
	if len(ps.AstNodeIds) > 0 {
		d = ix.steps[ps.AstNodeIds[0]]
	}
	if d != nil {
		st.Keyword, st.Line = d.Keyword, line(d.Location)
	}
	st.DocString, st.Table = stepArgument(ps.Argument, d)
	if rec != nil {
		st.Status, st.Error, st.Started, st.Duration = rec.status, rec.err, rec.started, rec.duration
		st.Attachments = slices.Clone(rec.attachments)
		if rec.match != nil {
			m := *rec.match
			st.Match = &m
		}
	}
	return st
}

// stepArgument takes the argument's text from the pickle (outline
// placeholders filled in) and its position from the document.
func stepArgument(arg *messages.PickleStepArgument, d *messages.Step) (*DocString, *Table) {
	if arg == nil {
		return nil, nil
	}
	if ds := arg.DocString; ds != nil {
		out := &DocString{MediaType: ds.MediaType, Content: ds.Content, Delimiter: `"""`}
		if d != nil && d.DocString != nil {
			out.Delimiter, out.Line = d.DocString.Delimiter, line(d.DocString.Location)
		}
		return out, nil
	}
	if dt := arg.DataTable; dt != nil {
		t := &Table{}
		for _, row := range dt.Rows {
			cells := make([]string, len(row.Cells))
			for i, cell := range row.Cells {
				cells[i] = cell.Value
			}
			t.Rows = append(t.Rows, cells)
		}
		if d != nil && d.DataTable != nil {
			t.Line = line(d.DataTable.Location)
		}
		return nil, t
	}
	return nil, nil
}
