package record

import (
	messages "github.com/cucumber/messages/go/v21"
)

// docIndex finds the nodes of a gherkin document by their AST node id, the
// ids pickles refer to.
type docIndex struct {
	scenarios map[string]*messages.Scenario
	steps     map[string]*messages.Step
	rows      map[string]*ExampleRow
	rules     map[string]*Rule // by the id of a scenario under a Rule
	tagLines  map[string]int
}

func indexDocument(doc *messages.GherkinDocument) *docIndex {
	ix := &docIndex{
		scenarios: map[string]*messages.Scenario{},
		steps:     map[string]*messages.Step{},
		rows:      map[string]*ExampleRow{},
		rules:     map[string]*Rule{},
		tagLines:  map[string]int{},
	}
	if doc == nil || doc.Feature == nil {
		return ix
	}
	ix.addTags(doc.Feature.Tags)
	for _, child := range doc.Feature.Children {
		ix.addChild(child.Background, child.Scenario)
		if child.Rule != nil {
			ix.addTags(child.Rule.Tags)
			r := child.Rule
			rule := &Rule{Keyword: r.Keyword, Name: r.Name, Description: r.Description, Line: line(r.Location)}
			for _, rc := range r.Children {
				ix.addChild(rc.Background, rc.Scenario)
				if rc.Scenario != nil {
					ix.rules[rc.Scenario.Id] = rule
				}
			}
		}
	}
	return ix
}

func (ix *docIndex) addChild(bg *messages.Background, sc *messages.Scenario) {
	if bg != nil {
		ix.addSteps(bg.Steps)
	}
	if sc == nil {
		return
	}
	ix.scenarios[sc.Id] = sc
	ix.addTags(sc.Tags)
	ix.addSteps(sc.Steps)
	for b, ex := range sc.Examples {
		ix.addTags(ex.Tags)
		ix.addExamples(b+1, ex)
	}
}

func (ix *docIndex) addSteps(steps []*messages.Step) {
	for _, st := range steps {
		ix.steps[st.Id] = st
	}
}

func (ix *docIndex) addTags(tags []*messages.Tag) {
	for _, t := range tags {
		ix.tagLines[t.Id] = line(t.Location)
	}
}

func (ix *docIndex) addExamples(block int, ex *messages.Examples) {
	var header []string
	if ex.TableHeader != nil {
		header = cellValues(ex.TableHeader.Cells)
	}
	for i, row := range ex.TableBody {
		ix.rows[row.Id] = &ExampleRow{
			Keyword: ex.Keyword,
			Name:    ex.Name,
			Block:   block,
			Index:   i + 1,
			Line:    line(row.Location),
			Header:  header,
			Cells:   cellValues(row.Cells),
		}
	}
}

func cellValues(cells []*messages.TableCell) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.Value
	}
	return out
}

func line(loc *messages.Location) int {
	if loc == nil {
		return 0
	}
	return int(loc.Line)
}

// tags lists the tags of a pickle with the lines they are written on.
func (ix *docIndex) tags(pts []*messages.PickleTag) []Tag {
	out := make([]Tag, 0, len(pts))
	for _, t := range pts {
		out = append(out, Tag{Name: t.Name, Line: ix.tagLines[t.AstNodeId]})
	}
	return out
}

func documentTags(tags []*messages.Tag) []Tag {
	out := make([]Tag, 0, len(tags))
	for _, t := range tags {
		out = append(out, Tag{Name: t.Name, Line: line(t.Location)})
	}
	return out
}
