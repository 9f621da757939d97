package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
)

// shard is one part of a suite split across machines: index of total, from 1.
type shard struct{ index, total int }

func parseShard(s string) (shard, error) {
	i, n, ok := strings.Cut(s, "/")
	index, err1 := strconv.Atoi(i)
	total, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || total < 1 || index < 1 || index > total {
		return shard{}, fmt.Errorf("--shard %q: want i/n with 1 <= i <= n, like 1/4", s)
	}
	return shard{index, total}, nil
}

// planned is a scenario a run would execute, with the id godog gives it.
type planned struct {
	id       string
	location string // file:line of the scenario, or of its example row
}

// planScenarios parses the feature files as godog does (same order, same id
// sequence) and lists the scenarios the tag filter keeps, in file order. The
// ids let a scenario hook tell which planned scenario godog is running.
func planScenarios(paths []string, tags string) ([]planned, error) {
	newID := (&messages.Incrementing{}).NewId
	seen := map[string]bool{}
	var out []planned
	for _, p := range paths {
		path, line := splitLine(p)
		files, err := featureFiles(path)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			uri := f
			if line > 0 {
				uri = p
			}
			if seen[uri] {
				continue
			}
			seen[uri] = true
			got, err := planFile(f, line, tags, newID)
			if err != nil {
				return nil, err
			}
			out = append(out, got...)
		}
	}
	return out, nil
}

var lineSuffix = regexp.MustCompile(`:(\d+)$`)

func splitLine(p string) (string, int64) {
	m := lineSuffix.FindStringSubmatch(p)
	if m == nil {
		return p, -1
	}
	n, _ := strconv.ParseInt(m[1], 10, 64)
	return strings.TrimSuffix(p, m[0]), n
}

func featureFiles(path string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("feature path %q: %w", path, err)
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = fs.WalkDir(os.DirFS(path), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".feature") {
			files = append(files, filepath.Join(path, p))
		}
		return err
	})
	return files, err
}

func planFile(path string, line int64, tags string, newID func() string) ([]planned, error) {
	src, err := readFeature(path)
	if err != nil {
		return nil, err
	}
	doc, err := gherkin.ParseGherkinDocumentForLanguage(bytes.NewReader(src), gherkin.DefaultDialect, newID)
	if err != nil {
		return nil, parseError(path, err)
	}
	lines := astLines(doc)
	var out []planned
	for _, pk := range gherkin.Pickles(*doc, path, newID) {
		if line > 0 && lines[pk.AstNodeIds[0]] != line {
			continue
		}
		if !matchTags(tags, pk.Tags) {
			continue
		}
		at := lines[pk.AstNodeIds[len(pk.AstNodeIds)-1]]
		out = append(out, planned{id: pk.Id, location: fmt.Sprintf("%s:%d", path, at)})
	}
	return out, nil
}

var gherkinPlace = regexp.MustCompile(`(?m)^\((\d+):(\d+)\): `)

// parseError names the file, line and column of each Gherkin syntax error,
// the way compilers do, so editors can jump to it.
func parseError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "Parser errors:\n")
	msg = gherkinPlace.ReplaceAllString(msg, path+":$1:$2: ")
	if !strings.HasPrefix(msg, path) {
		msg = path + ": " + msg
	}
	return fmt.Errorf("malformed feature file:\n%s", msg)
}

// astLines maps the ids of scenarios and example rows to their lines.
func astLines(doc *messages.GherkinDocument) map[string]int64 {
	m := map[string]int64{}
	var scenario func(sc *messages.Scenario)
	scenario = func(sc *messages.Scenario) {
		m[sc.Id] = sc.Location.Line
		for _, ex := range sc.Examples {
			for _, row := range ex.TableBody {
				m[row.Id] = row.Location.Line
			}
		}
	}
	if doc.Feature == nil {
		return m
	}
	for _, c := range doc.Feature.Children {
		if c.Scenario != nil {
			scenario(c.Scenario)
		}
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				if rc.Scenario != nil {
					scenario(rc.Scenario)
				}
			}
		}
	}
	return m
}

// matchTags is godog's tag filter: "&&" joins terms that must all hold,
// "," joins alternatives, "~" negates.
func matchTags(filter string, tags []*messages.PickleTag) bool {
	if filter == "" {
		return true
	}
	has := func(name string) bool {
		return slices.ContainsFunc(tags, func(t *messages.PickleTag) bool {
			return strings.ReplaceAll(t.Name, "@", "") == name
		})
	}
	for _, and := range strings.Split(filter, "&&") {
		any := false
		for _, tag := range strings.Split(and, ",") {
			tag = strings.ReplaceAll(strings.TrimSpace(tag), "@", "")
			if neg, ok := strings.CutPrefix(tag, "~"); ok {
				any = any || !has(neg)
			} else {
				any = any || has(tag)
			}
		}
		if !any {
			return false
		}
	}
	return true
}

// pick chooses this shard's scenarios. Without durations the planned
// scenarios are dealt out in turn; with the durations of an earlier run each
// goes, longest first, to the shard with the least work so far. Either way
// every machine computes the same split.
func (sh shard) pick(all []planned, durations map[string]time.Duration) map[string]bool {
	keep := map[string]bool{}
	if len(durations) == 0 {
		for i, p := range all {
			if i%sh.total == sh.index-1 {
				keep[p.id] = true
			}
		}
		return keep
	}
	order := slices.Clone(all)
	est := func(p planned) time.Duration { return cmp.Or(durations[p.location], time.Second) }
	slices.SortStableFunc(order, func(a, b planned) int { return cmp.Compare(est(b), est(a)) })
	// A shard past the number of scenarios gets none: with more shards than
	// scenarios each goes to an empty shard of its own, the first free, so
	// the first len(all) shards are all the split needs.
	load := make([]time.Duration, min(sh.total, len(all)))
	for _, p := range order {
		least := 0
		for i := range load {
			if load[i] < load[least] {
				least = i
			}
		}
		load[least] += est(p)
		if least == sh.index-1 {
			keep[p.id] = true
		}
	}
	return keep
}

// durationsFrom reads the scenario durations of an earlier run's messages.
func durationsFrom(path string) (map[string]time.Duration, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading earlier durations: %w", err)
	}
	defer f.Close()
	r, err := record.ReadMessages(f)
	if err != nil {
		return nil, fmt.Errorf("reading earlier durations from %s: %w", path, err)
	}
	d := map[string]time.Duration{}
	for _, ft := range r.Features {
		for _, sc := range ft.Scenarios {
			d[sc.Location()] = sc.Duration()
		}
	}
	return d, nil
}

// dropScenarios removes from a run the scenarios another shard ran.
func dropScenarios(r *record.Run, keep map[string]bool) {
	features := r.Features[:0]
	for _, f := range r.Features {
		f.Scenarios = slices.DeleteFunc(f.Scenarios, func(sc *record.Scenario) bool { return !keep[sc.ID] })
		if len(f.Scenarios) > 0 {
			features = append(features, f)
		}
	}
	r.Features = features
}
