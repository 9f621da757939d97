package suite

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	gherkin "github.com/cucumber/gherkin/go/v26"
	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// Planned is a scenario a run executes: one pickle, an outline's row
// included, with the id godog gives it.
type Planned struct {
	// ID is the pickle id godog runs the scenario under.
	ID string
	// Location is the file:line of the scenario, or of its example row, the
	// file named as the record names it (relative to the working folder
	// when under it), so that a plan and an earlier run's durations agree.
	Location string
	// Name is the scenario's name, its outline's values filled in.
	Name string
	// Language is the Gherkin dialect of its feature file ("en", "ru").
	Language string
	// Steps are its steps, the Background's first, as the run will try
	// them.
	Steps []PlannedStep
}

// PlannedStep is a step of a planned scenario: its keyword as written
// (with its trailing space), its text with an outline's values filled in,
// and its line.
type PlannedStep struct {
	Keyword, Text string
	Line          int
	// Argument is what is written under the step: steps.TakesDocString,
	// steps.TakesDataTable, or "" for nothing; ArgumentLine its first line.
	Argument     string
	ArgumentLine int
}

// Plan is which scenarios a run executes, decided once before anything
// starts: the scenarios the paths, the tag expression and the names select
// (All), and of them this shard's (Mine; all of them without a shard), in
// the order the run starts them. The run executes exactly Mine and reports
// exactly Mine.
type Plan struct {
	All  []Planned
	Mine []Planned
	// Order is the order All and Mine are in, which the run starts them
	// in: a random order with its seed.
	Order Order
	// TagHints say, for each tag the tag expression names that no
	// scenario of the paths has, so (with the nearest tag they have): a
	// misspelt tag selects nothing, or nothing more, without a word.
	TagHints []string
	mine     map[string]bool
}

// Runs says whether the run executes the scenario with this pickle id.
func (p *Plan) Runs(pickleID string) bool { return p.mine[pickleID] }

// NewPlan checks the feature files of o (every one must be readable and
// well formed: an error names the file, line and column) and decides which
// scenarios the run executes. It starts nothing.
func NewPlan(o Options) (*Plan, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	o = o.withDefaults()
	o.Order = o.Order.withSeed()
	tags, err := ParseTags(o.Tags)
	if err != nil {
		return nil, err
	}
	if tags.Old() {
		fmt.Fprintf(o.Log, "unbind: tag expression %q is godog's older syntax; read as %q\n", o.Tags, tags.String())
	}
	names, err := nameFilter(o.Names)
	if err != nil {
		return nil, err
	}
	if len(o.Features) == 0 {
		if err := checkFeatureFiles(o.Paths); err != nil {
			return nil, err
		}
	}
	seen, empty := map[string]bool{}, map[string]string{}
	all, err := pickles(o, empty, func(pk *messages.Pickle) bool {
		pt := pickleTags(pk)
		for _, t := range pt {
			seen[t] = true
		}
		return tags.Match(pt) && names(pk.Name)
	})
	if err != nil {
		return nil, err
	}
	p := &Plan{All: all, Mine: o.Shard.pick(all, o.Durations), Order: o.Order, TagHints: tags.unknown(seen, empty), mine: map[string]bool{}}
	for _, s := range p.Mine {
		p.mine[s.ID] = true
	}
	return p, nil
}

// pickles are the scenarios of o's paths and in-memory features that keep
// says yes to, in the order godog runs them and with its ids: godog's own
// parse and line filters, so the plan and the run cannot disagree. Tags and
// names are unbind's to match: godog is given none, and runs only what the
// plan holds.
//
// empty gets the tags of the Examples tables without rows, each with the
// first such table's place (file:line): they give no pickle.
func pickles(o Options, empty map[string]string, keep func(*messages.Pickle) bool) ([]Planned, error) {
	ts := godog.TestSuite{Options: o.godogOptions()}
	features, err := ts.RetrieveFeatures()
	if err != nil {
		return nil, err
	}
	dir, _ := os.Getwd()
	_, requests := splitLines(o.Paths)
	found := make([]bool, len(requests))
	maps := map[string]*lineMap{}
	var out []Planned
	var tagErrs tagErrors
	for _, f := range features {
		emptyExamplesTags(f.GherkinDocument, record.FileOf(dir, f.Uri), empty)
		lines, written := astLines(f.GherkinDocument), astSteps(f.GherkinDocument)
		whole := len(o.Features) > 0 || wholly(o.Paths, f.Uri)
		var lm *lineMap
		if !whole {
			lm = newLineMap(f.GherkinDocument, f.Content)
			maps[filepath.Clean(f.Uri)] = lm
		}
		for _, pk := range o.Order.shuffled(f.Pickles) {
			if !whole {
				asked := false
				for i, req := range requests {
					if req.file == filepath.Clean(f.Uri) && lm.selects(pk, req.line) {
						asked, found[i] = true, true
					}
				}
				if !asked {
					continue
				}
			}
			if !keep(pk) {
				continue
			}
			at := lines[pk.AstNodeIds[len(pk.AstNodeIds)-1]]
			if err := steps.CheckTags(pickleTags(pk)); err != nil {
				tagErrs.add(fmt.Sprintf("%s:%d: scenario %q", record.FileOf(dir, pk.Uri), at, pk.Name), err)
				continue
			}
			p := Planned{ID: pk.Id, Name: pk.Name, Location: fmt.Sprintf("%s:%d", record.FileOf(dir, pk.Uri), at), Language: pk.Language}
			for _, ps := range pk.Steps {
				if st := written[ps.AstNodeIds[0]]; st != nil {
					step := PlannedStep{Keyword: st.Keyword, Text: ps.Text, Line: int(st.Location.Line)}
					switch {
					case st.DocString != nil:
						step.Argument, step.ArgumentLine = steps.TakesDocString, int(st.DocString.Location.Line)
					case st.DataTable != nil:
						step.Argument, step.ArgumentLine = steps.TakesDataTable, int(st.DataTable.Location.Line)
					}
					p.Steps = append(p.Steps, step)
				}
			}
			out = append(out, p)
		}
	}
	if err := tagErrs.err(); err != nil {
		return nil, err
	}
	for i, req := range requests {
		if !found[i] && !wholly(o.Paths, req.file) {
			return nil, noScenarioError(req, maps[req.file])
		}
	}
	return out, nil
}

// tagErrors are the wrong world tags of a run's scenarios, each named once
// with the first scenario that has it (a feature's tag is every one of its
// scenarios'), and how many more have it.
type tagErrors struct {
	order []string
	first map[string]string
	more  map[string]int
}

// add adds the errors of one scenario's tags (CheckTags), where is the
// scenario's file, line and name.
func (te *tagErrors) add(where string, err error) {
	if te.first == nil {
		te.first, te.more = map[string]string{}, map[string]int{}
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		msg := e.Error()
		if _, seen := te.first[msg]; seen {
			te.more[msg]++
			continue
		}
		te.order = append(te.order, msg)
		te.first[msg] = where
	}
}

// err is every wrong tag, one a line, or nil.
func (te *tagErrors) err() error {
	if len(te.order) == 0 {
		return nil
	}
	lines := make([]string, len(te.order))
	for i, msg := range te.order {
		lines[i] = te.first[msg] + ": " + msg
		if n := te.more[msg]; n > 0 {
			lines[i] += fmt.Sprintf(" (and on %d more scenario%s)", n, map[bool]string{true: "", false: "s"}[n == 1])
		}
	}
	return errors.New(strings.Join(lines, "\n"))
}

// nameFilter says whether a scenario's name matches any of the regular
// expressions; every name does when there are none.
func nameFilter(exprs []string) (func(name string) bool, error) {
	var res []*regexp.Regexp
	for _, e := range exprs {
		re, err := regexp.Compile(e)
		if err != nil {
			return nil, fmt.Errorf("scenario name pattern %q: %w", e, err)
		}
		res = append(res, re)
	}
	return func(name string) bool {
		return len(res) == 0 || slices.ContainsFunc(res, func(re *regexp.Regexp) bool { return re.MatchString(name) })
	}, nil
}

func pickleTags(pk *messages.Pickle) []string {
	names := make([]string, len(pk.Tags))
	for i, t := range pk.Tags {
		names[i] = t.Name
	}
	return names
}

var lineSuffix = regexp.MustCompile(`:(\d+)$`)

// fileOf is a feature path without the :line a path may select a scenario
// with.
func fileOf(path string) string { return lineSuffix.ReplaceAllString(path, "") }

// checkFeatureFiles reads every feature file of paths and parses it once
// before godog does, so that an unreadable or malformed one is refused
// with its file, line and column, the way compilers name them.
func checkFeatureFiles(paths []string) error {
	for _, p := range paths {
		files, err := featureFiles(fileOf(p))
		if err != nil {
			return err
		}
		for _, f := range files {
			src, err := readFeature(f)
			if err != nil {
				return err
			}
			newID := (&messages.Incrementing{}).NewId
			doc, err := gherkin.ParseGherkinDocumentForLanguage(bytes.NewReader(src), gherkin.DefaultDialect, newID)
			if err != nil {
				return fmt.Errorf("malformed feature file:\n%s", explainParse(f, src, err))
			}
			if err := checkOutlines(f, doc); err != nil {
				return err
			}
			if err := secondFeature(f, src, doc); err != nil {
				return err
			}
			if err := keywordCase(f, src, doc); err != nil {
				return err
			}
			if err := misspeltSteps(f, src, doc); err != nil {
				return err
			}
		}
	}
	return nil
}

// secondFeature refuses a file with a second Feature: line, which the
// Gherkin parser takes for a line of the first feature's description: a
// file holds one feature, so its scenarios would run under the first.
func secondFeature(path string, src []byte, doc *messages.GherkinDocument) error {
	if doc == nil || doc.Feature == nil || doc.Feature.Description == "" {
		return nil
	}
	d := gherkin.DialectsBuiltin().GetDialect(doc.Feature.Language)
	if d == nil {
		return nil
	}
	lines := strings.Split(string(src), "\n")
	for _, line := range strings.Split(doc.Feature.Description, "\n") {
		text := strings.TrimSpace(line)
		for _, kw := range d.FeatureKeywords() {
			if !strings.HasPrefix(text, kw+":") {
				continue
			}
			n := int(doc.Feature.Location.Line)
			for n < len(lines) && strings.TrimSpace(lines[n]) != text {
				n++
			}
			return fmt.Errorf("malformed feature file:\n%s:%d: a second %s: line; a file holds one feature (this one is %q, at line %d): put the second in a file of its own",
				path, n+1, kw, doc.Feature.Name, doc.Feature.Location.Line)
		}
	}
	return nil
}

// keywordCase refuses a header line whose keyword is the language's but
// in other letter case ("Skenario Konsep:" for "Skenario konsep:"), which
// Gherkin takes for a line of text: the scenario it heads would be lost in
// a description.
func keywordCase(path string, src []byte, doc *messages.GherkinDocument) error {
	if doc == nil || doc.Feature == nil {
		return nil
	}
	d := gherkin.DialectsBuiltin().GetDialect(doc.Feature.Language)
	if d == nil {
		return nil
	}
	kws := headerKeywords(d)
	fence := ""
	for i, line := range strings.Split(string(src), "\n") {
		text := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(text, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(text, `"""`) || strings.HasPrefix(text, "```") {
			fence = text[:3]
			continue
		}
		head, _, ok := strings.Cut(text, ":")
		if !ok || strings.HasPrefix(text, "#") {
			continue
		}
		for _, kw := range kws {
			if head != kw && strings.EqualFold(head, kw) {
				return fmt.Errorf("malformed feature file:\n%s:%d:%d: %q is the keyword %s: in other letter case; Gherkin reads keywords as the language writes them, so this line would be text: write %s:",
					path, i+1, strings.Index(line, head)+1, head+":", kw, kw)
			}
		}
	}
	return nil
}

// checkOutlines refuses a Scenario Outline without an Examples row: it
// stands for no scenario at all (Cucumber runs none), where godog would
// run it once with its <placeholders> as they are written.
func checkOutlines(path string, doc *messages.GherkinDocument) error {
	if doc == nil || doc.Feature == nil {
		return nil
	}
	d := gherkin.DialectsBuiltin().GetDialect(doc.Feature.Language)
	check := func(sc *messages.Scenario) error {
		if sc == nil || d == nil || !slices.Contains(d.ScenarioOutlineKeywords(), sc.Keyword) {
			return nil
		}
		for _, ex := range sc.Examples {
			if len(ex.TableBody) > 0 {
				return nil
			}
		}
		return fmt.Errorf("malformed feature file:\n%s:%d:%d: %s %q has no Examples row, so it stands for no scenario: give it an %s: table (a header row naming the <placeholders>, then a row for each scenario), or make it a %s:",
			path, sc.Location.Line, sc.Location.Column, sc.Keyword, sc.Name, d.ExamplesKeywords()[0], strings.TrimSpace(d.ScenarioKeywords()[len(d.ScenarioKeywords())-1]))
	}
	for _, c := range doc.Feature.Children {
		if err := check(c.Scenario); err != nil {
			return err
		}
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				if err := check(rc.Scenario); err != nil {
					return err
				}
			}
		}
	}
	return nil
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

// maxLineBytes is the longest line a feature file may have: the Gherkin
// parser reads lines with a 64 KiB buffer, newline included.
const maxLineBytes = 64<<10 - 1

// readFeature reads a feature file and checks the parser can read its lines.
func readFeature(path string) ([]byte, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the feature file: %w", err)
	}
	return src, checkLines(path, src)
}

// checkLines refuses a feature file with a line the Gherkin parser cannot
// read, naming the file and the line.
func checkLines(path string, src []byte) error {
	for n := 1; len(src) > 0; n++ {
		line, rest, _ := bytes.Cut(src, []byte("\n"))
		if len(line) > maxLineBytes {
			return fmt.Errorf("%s:%d: the line is %d bytes long; feature files take lines of at most %d", path, n, len(line), maxLineBytes)
		}
		if !utf8.Valid(line) {
			col := 1 + utf8.RuneCount(line[:invalidAt(line)])
			return fmt.Errorf("malformed feature file:\n%s:%d:%d: the line is not UTF-8 text; save the file as UTF-8 (Gherkin files are UTF-8)", path, n, col)
		}
		src = rest
	}
	return nil
}

// invalidAt is the offset of the first byte of line that is not UTF-8.
func invalidAt(line []byte) int {
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(line)
}

// astLines maps the ids of scenarios and example rows to their lines.
func astLines(doc *messages.GherkinDocument) map[string]int64 {
	m := map[string]int64{}
	scenario := func(sc *messages.Scenario) {
		m[sc.Id] = sc.Location.Line
		for _, ex := range sc.Examples {
			for _, row := range ex.TableBody {
				m[row.Id] = row.Location.Line
			}
		}
	}
	if doc == nil || doc.Feature == nil {
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

// astSteps are the steps of a parsed feature file by their node id:
// those of its Backgrounds and of its scenarios, in Rules too.
func astSteps(doc *messages.GherkinDocument) map[string]*messages.Step {
	m := map[string]*messages.Step{}
	if doc == nil || doc.Feature == nil {
		return m
	}
	add := func(bg *messages.Background, sc *messages.Scenario) {
		var list []*messages.Step
		if bg != nil {
			list = bg.Steps
		}
		if sc != nil {
			list = sc.Steps
		}
		for _, st := range list {
			m[st.Id] = st
		}
	}
	for _, c := range doc.Feature.Children {
		add(c.Background, c.Scenario)
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				add(rc.Background, rc.Scenario)
			}
		}
	}
	return m
}

// Shard is one part of a suite split across machines: Index of Total,
// counted from 1. The zero Shard is the whole suite.
type Shard struct{ Index, Total int }

// ParseShard reads a shard as --shard writes it: "i/n", like "2/4".
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	index, err1 := strconv.Atoi(i)
	total, err2 := strconv.Atoi(n)
	sh := Shard{index, total}
	if !ok || err1 != nil || err2 != nil || checkShard(sh) != nil || total == 0 {
		return Shard{}, fmt.Errorf("--shard %q: want i/n with 1 <= i <= n, like 1/4", s)
	}
	return sh, nil
}

func (sh Shard) String() string { return fmt.Sprintf("%d/%d", sh.Index, sh.Total) }

func checkShard(sh Shard) error {
	if sh == (Shard{}) || sh.Total >= 1 && sh.Index >= 1 && sh.Index <= sh.Total {
		return nil
	}
	return fmt.Errorf("shard %d of %d: want 1 <= i <= n", sh.Index, sh.Total)
}

// pick chooses this shard's scenarios; the whole suite has them all.
// Without durations the scenarios are dealt out in turn; with the durations
// of an earlier run (by file:line) each goes, longest first, to the shard
// with the least work so far. Either way every machine computes the same
// split.
func (sh Shard) pick(all []Planned, durations map[string]time.Duration) []Planned {
	if sh == (Shard{}) {
		return all
	}
	keep := map[string]bool{}
	if len(durations) == 0 {
		for i, p := range all {
			if i%sh.Total == sh.Index-1 {
				keep[p.ID] = true
			}
		}
		return slices.DeleteFunc(slices.Clone(all), func(p Planned) bool { return !keep[p.ID] })
	}
	order := slices.Clone(all)
	est := func(p Planned) time.Duration { return cmp.Or(durations[p.Location], time.Second) }
	slices.SortStableFunc(order, func(a, b Planned) int { return cmp.Compare(est(b), est(a)) })
	// A shard past the number of scenarios gets none: with more shards than
	// scenarios each goes to an empty shard of its own, the first free, so
	// the first len(all) shards are all the split needs.
	load := make([]time.Duration, min(sh.Total, len(all)))
	for _, p := range order {
		least := 0
		for i := range load {
			if load[i] < load[least] {
				least = i
			}
		}
		load[least] += est(p)
		if least == sh.Index-1 {
			keep[p.ID] = true
		}
	}
	return slices.DeleteFunc(slices.Clone(all), func(p Planned) bool { return !keep[p.ID] })
}

// emptyExamplesTags adds to empty the tags of doc's Examples tables that
// have no rows, with the table's place in file.
func emptyExamplesTags(doc *messages.GherkinDocument, file string, empty map[string]string) {
	if doc == nil || doc.Feature == nil {
		return
	}
	add := func(sc *messages.Scenario) {
		if sc == nil {
			return
		}
		for _, ex := range sc.Examples {
			if len(ex.TableBody) > 0 {
				continue
			}
			for _, t := range ex.Tags {
				if _, ok := empty[t.Name]; !ok {
					empty[t.Name] = fmt.Sprintf("%s:%d", file, ex.Location.Line)
				}
			}
		}
	}
	for _, c := range doc.Feature.Children {
		add(c.Scenario)
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				add(rc.Scenario)
			}
		}
	}
}
