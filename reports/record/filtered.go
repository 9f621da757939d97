package record

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	messages "github.com/cucumber/messages/go/v21"
)

// godog runs "path/x.feature:12" (a rerun file's line) as the file with a
// line filter, and names the feature and its pickles "path/x.feature:12".
// The record names the file itself, so that reports, evidence and rerun
// files of a rerun point at the file and its lines like those of any run.
var lineFilter = regexp.MustCompile(`^(.+\.feature):\d+$`)

// fileURI is the URI of a feature file without godog's line filter.
func fileURI(uri string) string {
	if m := lineFilter.FindStringSubmatch(uri); m != nil {
		return m[1]
	}
	return uri
}

// fileOf is the URI the record gives a feature file godog named uri: without
// its line filter, and relative to rs.Dir when it is an absolute path under
// it, so that no report carries the absolute path of the working folder.
func (rs Raw) fileOf(uri string) string {
	file := fileURI(uri)
	if rs.Dir == "" || !filepath.IsAbs(file) {
		return file
	}
	rel, err := filepath.Rel(rs.Dir, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return file
	}
	return filepath.ToSlash(rel)
}

// FileOf is the URI the record gives a feature file godog named uri in a
// run whose working folder is dir (Raw.Dir), for callers that must name
// files as the record does: a run's plan, matched with an earlier record.
func FileOf(dir, uri string) string { return Raw{Dir: dir}.fileOf(uri) }

// unfiltered names every feature and pickle by its file (fileOf). A file godog
// parsed more than once (one parse per line filter, or the whole file and a
// line of it) becomes one feature, its first parse; the pickles of the
// other parses are moved onto it, their AST node ids matched by place.
func (rs Raw) unfiltered() Raw {
	first := map[string]*messages.GherkinDocument{}  // by file: the parse kept
	parsed := map[string]*messages.GherkinDocument{} // by godog's URI: its parse
	var features []RawFeature
	for _, fr := range rs.Features {
		file := rs.fileOf(fr.URI)
		parsed[fr.URI] = fr.Document
		if _, seen := first[file]; seen {
			continue
		}
		first[file] = fr.Document
		features = append(features, RawFeature{URI: file, Document: renamed(fr.Document, file), Source: fr.Source})
	}
	pickles := make(map[string]*RawPickle, len(rs.Pickles))
	for id, pr := range rs.Pickles {
		file := rs.fileOf(pr.Pickle.Uri)
		from, to := parsed[pr.Pickle.Uri], first[file]
		if file == pr.Pickle.Uri && from == to {
			pickles[id] = pr
			continue
		}
		moved := *pr
		moved.Pickle = movedPickle(pr.Pickle, file, nodeMap(from, to))
		pickles[id] = &moved
	}
	rs.Features, rs.Pickles = features, pickles
	return rs
}

// renamed is doc under the file's own URI, copied when that changes it.
func renamed(doc *messages.GherkinDocument, file string) *messages.GherkinDocument {
	if doc == nil || doc.Uri == file {
		return doc
	}
	d := *doc
	d.Uri = file
	return &d
}

// movedPickle is a copy of p named by file, its AST node ids mapped by ids.
func movedPickle(p *messages.Pickle, file string, ids map[string]string) *messages.Pickle {
	q := *p
	q.Uri = file
	q.AstNodeIds = mapIDs(p.AstNodeIds, ids)
	q.Steps = make([]*messages.PickleStep, len(p.Steps))
	for i, st := range p.Steps {
		s := *st
		s.AstNodeIds = mapIDs(st.AstNodeIds, ids)
		q.Steps[i] = &s
	}
	q.Tags = make([]*messages.PickleTag, len(p.Tags))
	for i, t := range p.Tags {
		tag := *t
		tag.AstNodeId = mapIDs([]string{t.AstNodeId}, ids)[0]
		q.Tags[i] = &tag
	}
	return &q
}

func mapIDs(in []string, ids map[string]string) []string {
	out := make([]string, len(in))
	for i, id := range in {
		out[i] = id
		if to, ok := ids[id]; ok {
			out[i] = to
		}
	}
	return out
}

// nodeMap maps the AST node ids of one parse of a file to the ids of the
// nodes at the same places in another parse of it.
func nodeMap(from, to *messages.GherkinDocument) map[string]string {
	ids := map[string]string{}
	if from == to {
		return ids
	}
	byPlace := map[string]string{}
	for id, place := range nodePlaces(to) {
		byPlace[place] = id
	}
	for id, place := range nodePlaces(from) {
		if to, ok := byPlace[place]; ok {
			ids[id] = to
		}
	}
	return ids
}

// nodePlaces gives the place in the file (kind, line, column) of every
// node a pickle can refer to: scenarios, steps, example rows and tags.
func nodePlaces(doc *messages.GherkinDocument) map[string]string {
	places := map[string]string{}
	add := func(kind, id string, loc *messages.Location) {
		if loc != nil {
			places[id] = fmt.Sprintf("%s %d:%d", kind, loc.Line, loc.Column)
		}
	}
	if doc == nil || doc.Feature == nil {
		return places
	}
	addTags(add, doc.Feature.Tags)
	for _, child := range doc.Feature.Children {
		addChildPlaces(add, child.Background, child.Scenario)
		if child.Rule != nil {
			addTags(add, child.Rule.Tags)
			for _, rc := range child.Rule.Children {
				addChildPlaces(add, rc.Background, rc.Scenario)
			}
		}
	}
	return places
}

type placeFunc func(kind, id string, loc *messages.Location)

func addChildPlaces(add placeFunc, bg *messages.Background, sc *messages.Scenario) {
	if bg != nil {
		for _, st := range bg.Steps {
			add("step", st.Id, st.Location)
		}
	}
	if sc == nil {
		return
	}
	add("scenario", sc.Id, sc.Location)
	addTags(add, sc.Tags)
	for _, st := range sc.Steps {
		add("step", st.Id, st.Location)
	}
	for _, ex := range sc.Examples {
		addTags(add, ex.Tags)
		for _, row := range ex.TableBody {
			add("row", row.Id, row.Location)
		}
	}
}

func addTags(add placeFunc, tags []*messages.Tag) {
	for _, t := range tags {
		add("tag", t.Id, t.Location)
	}
}
