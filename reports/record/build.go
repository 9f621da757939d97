package record

import (
	"slices"
	"strings"
	"time"

	messages "github.com/cucumber/messages/go/v21"
)

// Raw is what a run leaves behind before it is put in order: the feature
// files as godog parsed them and, per pickle, what each step did. The godog
// intake gathers one as the run goes; ReadMessages gathers one from a
// message stream. Run builds the Run from it.
type Raw struct {
	Suite             string
	Started, Finished time.Time
	// Dir is the working folder of the run: feature files godog named by
	// an absolute path under it are recorded relative to it. Empty keeps
	// every URI as godog gave it (without its line filter).
	Dir      string
	Features []RawFeature
	Pickles  map[string]*RawPickle // by pickle id
	// Shard is the shard a message stream says it holds, nil for none.
	Shard *Shard
	// MissingShards are the shards of its split a merged stream says it
	// lacks.
	MissingShards []Shard
}

// RawFeature is a feature file as godog parsed it, under the URI godog
// gave it (which may carry a line filter, "x.feature:12").
type RawFeature struct {
	URI      string
	Document *messages.GherkinDocument
	Source   []byte
}

// RawPickle is what was seen of one attempt of a scenario.
type RawPickle struct {
	Pickle      *messages.Pickle
	First, Last time.Time           // first and last moment the scenario was seen
	Steps       map[string]*RawStep // by pickle step id
	// Earlier are the attempts before this one, first first.
	Earlier []*RawPickle
}

// RawStep is what was seen of one step: its result, where its definition
// lives, its evidence.
type RawStep struct {
	Status      Status
	Error       string
	Match       *Match
	Started     time.Time
	Duration    time.Duration
	Attachments []Attachment
}

// NewRawPickle records a scenario seen first at first, its steps not run
// (StatusUnknown).
func NewRawPickle(p *messages.Pickle, first time.Time) *RawPickle {
	pr := &RawPickle{Pickle: p, Steps: map[string]*RawStep{}, First: first, Last: first}
	for _, st := range p.Steps {
		pr.Steps[st.Id] = &RawStep{Status: StatusUnknown}
	}
	return pr
}

// Run builds the Run, which shares nothing mutable with rs but the
// attachment bodies. Features come in the order rs lists them, each named
// by its file (without godog's line filter, see the package
// documentation, and relative to Dir when under it), scenarios in file
// order.
func (rs Raw) Run() *Run {
	rs = rs.unfiltered()
	r := &Run{Name: rs.Suite, Started: rs.Started, Finished: rs.Finished}
	byURI := map[string][]*RawPickle{}
	for _, pr := range rs.Pickles {
		byURI[pr.Pickle.Uri] = append(byURI[pr.Pickle.Uri], pr)
	}
	for _, fr := range rs.Features {
		r.Features = append(r.Features, buildFeature(fr, byURI[fr.URI]))
		delete(byURI, fr.URI)
	}
	for _, uri := range sortedKeys(byURI) { // scenarios whose feature was never reported
		r.Features = append(r.Features, buildFeature(RawFeature{URI: uri}, byURI[uri]))
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

func buildFeature(fr RawFeature, prs []*RawPickle) *Feature {
	f := &Feature{URI: fr.URI, Name: fr.URI, Source: slices.Clone(fr.Source), Document: fr.Document}
	if fr.Document != nil && fr.Document.Feature != nil {
		d := fr.Document.Feature
		f.Keyword, f.Name, f.Description = d.Keyword, d.Name, d.Description
		f.Language, f.Line, f.Tags = d.Language, line(d.Location), documentTags(d.Tags)
	}
	ix := indexDocument(fr.Document)
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

func buildScenario(ix *docIndex, pr *RawPickle) *Scenario {
	p := pr.Pickle
	sc := &Scenario{
		ID: p.Id, URI: p.Uri, Name: p.Name, Pickle: p,
		Tags: ix.tags(p.Tags), Started: pr.First, Finished: pr.Last,
	}
	if len(p.AstNodeIds) > 0 {
		if d := ix.scenarios[p.AstNodeIds[0]]; d != nil {
			sc.Keyword, sc.Description, sc.Line = d.Keyword, d.Description, line(d.Location)
		}
		if r := ix.rules[p.AstNodeIds[0]]; r != nil {
			rule := *r
			sc.Rule = &rule
		}
	}
	if len(p.AstNodeIds) > 1 {
		if row := ix.rows[p.AstNodeIds[1]]; row != nil {
			ex := *row
			sc.Example = &ex
		}
	}
	for _, ps := range p.Steps {
		sc.Steps = append(sc.Steps, buildStep(ix, ps, pr.Steps[ps.Id]))
	}
	for i, er := range pr.Earlier {
		at := *sc
		at.Attempt, at.Started, at.Finished, at.Steps, at.Earlier = i, er.First, er.Last, nil, nil
		for _, ps := range p.Steps {
			at.Steps = append(at.Steps, buildStep(ix, ps, er.Steps[ps.Id]))
		}
		sc.Earlier = append(sc.Earlier, &at)
	}
	sc.Attempt = len(sc.Earlier)
	return sc
}

func buildStep(ix *docIndex, ps *messages.PickleStep, rec *RawStep) *Step {
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
		st.Status, st.Error, st.Started, st.Duration = rec.Status, rec.Error, rec.Started, rec.Duration
		st.Attachments = slices.Clone(rec.Attachments)
		if rec.Match != nil {
			m := *rec.Match
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
