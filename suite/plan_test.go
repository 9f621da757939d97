package suite

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cucumber/godog"

	"slices"
	"testing"
	"time"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		err  bool
	}{
		{"1/2", Shard{1, 2}, false},
		{"4/4", Shard{4, 4}, false},
		{"0/2", Shard{}, true}, // shards count from 1
		{"3/2", Shard{}, true}, // past the last shard
		{"0/0", Shard{}, true},
		{"1-2", Shard{}, true}, // not i/n
		{"a/b", Shard{}, true},
	}
	for _, tt := range tests {
		got, err := ParseShard(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestShardsSplitEvenlyAndCoverEverything(t *testing.T) {
	var all []Planned
	for i := range 7 {
		all = append(all, Planned{ID: fmt.Sprint(i), Location: fmt.Sprintf("f.feature:%d", 10*i)})
	}
	durations := map[string]time.Duration{"f.feature:0": 6 * time.Second, "f.feature:10": 5 * time.Second}
	for _, d := range []map[string]time.Duration{nil, durations} {
		seen := map[string]int{}
		var sizes []int
		for i := 1; i <= 3; i++ {
			keep := Shard{i, 3}.pick(all, d)
			sizes = append(sizes, len(keep))
			for _, p := range keep {
				seen[p.ID]++
			}
		}
		if len(seen) != len(all) {
			t.Errorf("durations %v: shards ran %d distinct scenarios, want %d", d, len(seen), len(all))
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("scenario %s in %d shards", id, n)
			}
		}
		if d == nil && (slices.Max(sizes)-slices.Min(sizes) > 1) {
			t.Errorf("round robin sizes %v, want within one of each other", sizes)
		}
	}
	// With durations, the two long scenarios go to different shards.
	a, b := Shard{1, 3}.pick(all, durations), Shard{2, 3}.pick(all, durations)
	if !(slices.ContainsFunc(a, isID("0")) && slices.ContainsFunc(b, isID("1"))) {
		t.Errorf("longest first: shard 1 = %v, shard 2 = %v; want 0 and 1 apart", a, b)
	}
}

func isID(id string) func(Planned) bool { return func(p Planned) bool { return p.ID == id } }

const planFeature = `Feature: Plan
  @P1
  Scenario: One
    Given x

  @P2 @wip
  Scenario Outline: Two <n>
    Given <n>

    Examples:
      | n |
      | a |
      | b |

  Rule: A rule
    @P1
    Scenario: Three
      Given y
`

// The plan lists what godog runs, with godog's ids, in its order: whole
// files, tag expressions, a file:line of an outline (all its rows) and of
// a scenario in a Rule, and a file named twice, whose scenarios run once.
// godog is given the files; the run keeps to the plan.
func TestPlanIsWhatGodogRuns(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "plan.feature")
	if err := os.WriteFile(f, []byte(planFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		paths []string
		tags  string
		want  []string // locations
	}{
		{[]string{f}, "", []string{f + ":3", f + ":12", f + ":13", f + ":17"}},
		{[]string{f}, "@P1", []string{f + ":3", f + ":17"}},
		{[]string{f}, "~@wip", []string{f + ":3", f + ":17"}},
		{[]string{f + ":7"}, "", []string{f + ":12", f + ":13"}},
		{[]string{f + ":17", f}, "", []string{f + ":3", f + ":12", f + ":13", f + ":17"}},
		{[]string{f + ":17", f + ":3"}, "", []string{f + ":3", f + ":17"}},
	} {
		plan, err := NewPlan(Options{Paths: tt.paths, Tags: tt.tags})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range plan.Mine {
			got = append(got, p.Location)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("paths %v, tags %q: planned %v, want %v", tt.paths, tt.tags, got, tt.want)
		}
		ran := godogRuns(t, Options{Paths: tt.paths}.godogOptions().Paths, tt.tags)
		var ids []string
		for _, p := range plan.Mine {
			ids = append(ids, p.ID)
		}
		if kept := slices.DeleteFunc(slices.Clone(ran), func(id string) bool { return !slices.Contains(ids, id) }); !slices.Equal(ids, kept) {
			t.Errorf("paths %v, tags %q: planned ids %v, godog ran %v", tt.paths, tt.tags, ids, ran)
		}
	}
}

// godogRuns runs godog with a step that matches everything and lists the
// pickle ids it ran, in order.
func godogRuns(t *testing.T, paths []string, tags string) []string {
	t.Helper()
	var ran []string
	s := godog.TestSuite{
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Before(func(ctx context.Context, p *godog.Scenario) (context.Context, error) {
				ran = append(ran, p.Id)
				return ctx, nil
			})
			sc.Step(`.*`, func() {})
		},
		Options: &godog.Options{Paths: paths, Tags: tags, Format: "progress", Output: io.Discard, Concurrency: 1},
	}
	if st := s.Run(); st != 0 {
		t.Fatalf("godog exited %d", st)
	}
	return ran
}

// A malformed feature is refused before anything starts, with its file,
// line and column; so is a line too long for the parser.
func TestPlanRefusesAMalformedFeature(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.feature")
	if err := os.WriteFile(bad, []byte("Feature: x\n  Scenario: y\n    Given z\nFeature: again\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := NewPlan(Options{Paths: []string{dir}})
	if err == nil || !strings.Contains(err.Error(), bad+":4:") {
		t.Errorf("NewPlan = %v, want an error naming %s:4", err, bad)
	}
	long := filepath.Join(dir, "long.feature")
	if err := os.WriteFile(long, []byte("Feature: x\n  Scenario: "+strings.Repeat("y", 70000)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = NewPlan(Options{Paths: []string{long}})
	if err == nil || !strings.Contains(err.Error(), long+":2:") {
		t.Errorf("NewPlan = %v, want an error naming %s:2", err, long)
	}
}

// Features in memory are planned as files are, by their names.
func TestPlanOfFeaturesInMemory(t *testing.T) {
	plan, err := NewPlan(Options{Features: []godog.Feature{{Name: "mem.feature", Contents: []byte(planFeature)}}, Tags: "@P1"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range plan.Mine {
		got = append(got, p.Location)
	}
	if want := []string{"mem.feature:3", "mem.feature:17"}; !slices.Equal(got, want) {
		t.Errorf("planned %v, want %v", got, want)
	}
	if _, err := NewPlan(Options{Paths: []string{"x"}, Features: []godog.Feature{{Name: "a.feature"}}}); err == nil {
		t.Error("paths and features in memory together were accepted")
	}
}

// A feature named by an absolute path under the working folder is planned
// under its relative name, as the record names it, so an earlier run's
// durations (by file:line) find it.
func TestPlanNamesFilesAsTheRecordDoes(t *testing.T) {
	abs, err := filepath.Abs("testdata/plan/abs.feature")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := NewPlan(Options{Paths: []string{abs}})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.All) != 1 || plan.All[0].Location != "testdata/plan/abs.feature:2" {
		t.Errorf("planned %+v, want testdata/plan/abs.feature:2", plan.All)
	}
}

// The plan filters by cucumber's tag expressions itself (godog's filter
// reads none of them), examples rows and rules included.
func TestPlanFiltersByCucumberTags(t *testing.T) {
	plan := func(tags string) []string {
		p, err := NewPlan(Options{Features: []godog.Feature{{Name: "plan.feature", Contents: []byte(planFeature)}}, Tags: tags})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range p.Mine {
			got = append(got, s.Location)
		}
		return got
	}
	for _, tt := range []struct {
		tags string
		want []string
	}{
		{"@P1 and not (@wip or @locale:ru_RU)", []string{"plan.feature:3", "plan.feature:17"}},
		{"@P2 and @wip", []string{"plan.feature:12", "plan.feature:13"}},
		{"not @P1", []string{"plan.feature:12", "plan.feature:13"}},
		{"@P1 or @P2", []string{"plan.feature:3", "plan.feature:12", "plan.feature:13", "plan.feature:17"}},
		{"@nosuch", nil},
	} {
		if got := plan(tt.tags); !slices.Equal(got, tt.want) {
			t.Errorf("tags %q: planned %v, want %v", tt.tags, got, tt.want)
		}
	}
	if _, err := NewPlan(Options{Features: []godog.Feature{{Name: "plan.feature", Contents: []byte(planFeature)}}, Tags: "@P1 and"}); err == nil {
		t.Error("a tag expression that does not parse was planned")
	}
}

// --name selects scenarios by a regular expression of their names, any of
// several, together with the tags; a pattern that does not compile is
// refused.
func TestPlanFiltersByName(t *testing.T) {
	for _, tt := range []struct {
		names []string
		tags  string
		want  []string
	}{
		{[]string{"^One$"}, "", []string{"plan.feature:3"}},
		{[]string{"Two b"}, "", []string{"plan.feature:13"}}, // an outline's row by its filled-in name
		{[]string{"One", "Three"}, "", []string{"plan.feature:3", "plan.feature:17"}},
		{[]string{"o"}, "@P2", []string{"plan.feature:12", "plan.feature:13"}}, // "Two a", "Two b"; not "One" (P1)
		{[]string{"nothing"}, "", nil},
	} {
		p, err := NewPlan(Options{Features: []godog.Feature{{Name: "plan.feature", Contents: []byte(planFeature)}}, Names: tt.names, Tags: tt.tags})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range p.Mine {
			got = append(got, s.Location)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("names %q, tags %q: planned %v, want %v", tt.names, tt.tags, got, tt.want)
		}
	}
	_, err := NewPlan(Options{Features: []godog.Feature{{Name: "plan.feature", Contents: []byte(planFeature)}}, Names: []string{"(unclosed"}})
	if err == nil || !strings.Contains(err.Error(), `"(unclosed"`) {
		t.Errorf("NewPlan with a bad pattern = %v, want an error naming it", err)
	}
}

// A world tag the sites do not know, or one misspelt, would leave the
// scenario on the default site while its writer believes it runs on
// another: the plan refuses it, naming the scenario's line and what was
// meant. Tags of the writer's own pass, and a scenario the run does not
// select is not looked at.
func TestPlanRefusesWorldTagsTheSitesDoNotKnow(t *testing.T) {
	const scenario = "Feature: f\n\n  %s\n  Scenario: s\n    When I open \"https://intl.alipay.com/\"\n\n  @other\n  Scenario: t\n    When I open \"https://intl.alipay.com/\"\n"
	for _, c := range []struct{ tags, want string }{
		{"@local:ru_RU", "mem.feature:4: scenario \"s\": tag @local:ru_RU reads like @locale: misspelt: did you mean @locale:ru_RU?"},
		{"@Profil:edit-delete", "did you mean @profile:edit-delete?"},
		{"@locale:ru", "tag @locale:ru: the sites speak en_US, ru_RU; did you mean @locale:ru_RU?"},
		{"@locale:de_DE", "tag @locale:de_DE: the sites speak en_US, ru_RU"},
		{"@profile:edit_delete+alert-confirm", "did you mean @profile:edit-delete+alert-confirm?"},
		{"@profile:nothing-like-it", `unknown profile "nothing-like-it"`},
	} {
		_, err := NewPlan(Options{Features: []godog.Feature{{Name: "mem.feature", Contents: fmt.Appendf(nil, scenario, c.tags)}}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("tags %s: NewPlan = %v, want an error with %q", c.tags, err, c.want)
		}
		if _, err := NewPlan(Options{Features: []godog.Feature{{Name: "mem.feature", Contents: fmt.Appendf(nil, scenario, c.tags)}}, Tags: "@other"}); err != nil {
			t.Errorf("tags %s on a scenario not selected: %v", c.tags, err)
		}
	}
	for _, ok := range []string{"@scale:big @wip", "@locale:ru_RU @profile:edit-delete+alert-confirm", "@P1 @article-003"} {
		if _, err := NewPlan(Options{Features: []godog.Feature{{Name: "mem.feature", Contents: fmt.Appendf(nil, scenario, ok)}}}); err != nil {
			t.Errorf("tags %s: %v", ok, err)
		}
	}
}

// Every wrong world tag of a run is named at once, each with its line, not
// one a run: a writer fixes them all before the next; a feature's tag that
// every scenario inherits is named once.
func TestPlanNamesEveryWrongWorldTagAtOnce(t *testing.T) {
	const src = `@profil:edit-delete
Feature: f

  @locale:ru @profile:alert-confirmm
  Scenario: s
    When I open "https://intl.alipay.com/"

  @locale:en_US @locale:ru_RU
  Scenario: t
    When I open "https://intl.alipay.com/"
`
	_, err := NewPlan(Options{Features: []godog.Feature{{Name: "mem.feature", Contents: []byte(src)}}})
	if err == nil {
		t.Fatal("NewPlan took the wrong tags")
	}
	msg := err.Error()
	for _, want := range []string{
		`mem.feature:5: scenario "s": tag @locale:ru:`,
		`mem.feature:5: scenario "s": tag @profile:alert-confirmm:`,
		`mem.feature:9: scenario "t":`,
		`@profil:edit-delete reads like @profile: misspelt`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error does not name %q:\n%s", want, msg)
		}
	}
	if n := strings.Count(msg, "@profil:edit-delete reads like"); n != 1 {
		t.Errorf("the feature's wrong tag is named %d times, want once:\n%s", n, msg)
	}
}

// A Scenario Outline without an Examples row stands for no scenario: the
// plan refuses it with its file and line, in the file's own language too,
// rather than run it once with its placeholders as written.
func TestPlanRefusesAnOutlineWithoutExamples(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct{ src, want string }{
		"en.feature": {"Feature: f\n  Scenario Outline: o <x>\n    When I click \"<x>\"\n", `en.feature:2:3: Scenario Outline "o <x>" has no Examples row`},
		"id.feature": {"# language: id\nFitur: f\n  Skenario konsep: o <x>\n    Ketika saya mengklik \"<x>\"\n\n    Contoh:\n      | x |\n", `id.feature:3:3: Skenario konsep "o <x>" has no Examples row`},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := NewPlan(Options{Paths: []string{path}})
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, c.want)) {
			t.Errorf("%s: NewPlan = %v, want an error with %q", name, err, c.want)
		}
	}
}

const linesFeature = `Feature: f

  Scenario: One
    When I click "a"

  @slow
  Scenario Outline: Two <x>
    When I click "<x>"

    Examples:
      | x |
      | a |
      | b |

    Examples: more
      | x |
      | c |
`

// A file:line path selects what is written at that line, as --list prints
// it back: a scenario by any of its lines (its tags, keyword or steps),
// one row of an outline by the row's line, the rows of one Examples block
// by its keyword or header. A line with no scenario is refused, naming the
// path and the lines that have one, even beside other paths.
func TestPlanSelectsByLine(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "lines.feature")
	other := filepath.Join(dir, "other.feature")
	for name, src := range map[string]string{f: linesFeature, other: "Feature: o\n  Scenario: Three\n    When I click \"c\"\n"} {
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := func(lines ...int) []string {
		var out []string
		for _, l := range lines {
			out = append(out, fmt.Sprintf("%s:%d", f, l))
		}
		return out
	}
	for _, tt := range []struct {
		paths []string
		want  []string // names
	}{
		{at(12), []string{"Two a"}},
		{at(3), []string{"One"}},
		{at(4), []string{"One"}},
		{at(6), []string{"Two a", "Two b", "Two c"}},
		{at(7), []string{"Two a", "Two b", "Two c"}},
		{at(8), []string{"Two a", "Two b", "Two c"}},
		{at(10), []string{"Two a", "Two b"}},
		{at(11), []string{"Two a", "Two b"}},
		{at(16), []string{"Two c"}},
		{at(17), []string{"Two c"}},
		{at(3, 13), []string{"One", "Two b"}},
		{at(12, 12), []string{"Two a"}},
		{append(at(13), other), []string{"Two b", "Three"}},
		{append(at(13), f), []string{"One", "Two a", "Two b", "Two c"}},
		{append(at(13), dir), []string{"One", "Two a", "Two b", "Two c", "Three"}},
	} {
		plan, err := NewPlan(Options{Paths: tt.paths})
		if err != nil {
			t.Errorf("%v: %v", tt.paths, err)
			continue
		}
		var got []string
		for _, p := range plan.Mine {
			got = append(got, p.Name)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("%v: planned %q, want %q", tt.paths, got, want)
		}
	}
	// The empty line after a scenario's last step, and after the file's
	// last row, are of no scenario: a line number gone stale runs nothing.
	for _, paths := range [][]string{at(1), at(99), at(5), at(18), append(at(3), f+":2"), {other, f + ":99"}} {
		_, err := NewPlan(Options{Paths: paths})
		if err == nil {
			t.Errorf("%v: planned, want an error", paths)
			continue
		}
		bad := paths[len(paths)-1]
		if msg := err.Error(); !strings.Contains(msg, bad+": no scenario") || !strings.Contains(msg, "3, 7") {
			t.Errorf("%v: the error %q does not name %s and the lines with scenarios", paths, msg, bad)
		}
	}
	// A file of one scenario names its line as one.
	if _, err := NewPlan(Options{Paths: []string{other + ":9"}}); err == nil || !strings.Contains(err.Error(), "the one scenario of "+other+" begins at line 2 (") {
		t.Errorf("%s:9: %v, want the one scenario's line", other, err)
	}
	plan, err := NewPlan(Options{Paths: at(13)})
	if err != nil || len(plan.Mine) != 1 || plan.Mine[0].Location != f+":13" {
		t.Errorf("the row's plan is %+v, %v; want it at its own line", plan, err)
	}
}

// A tag found only on an Examples table with no rows selects nothing: the
// hint says so, with the table's place, not that no scenario has the tag.
func TestATagOfAnEmptyExamplesTableIsSaidToBeOne(t *testing.T) {
	const feature = `Feature: outlines
  Scenario Outline: a card of each brand
    Given a buyer with a bound <brand> card ending in 4242

    @to-fill
    Examples:
      | brand |

    Examples:
      | brand |
      | Visa  |
`
	plan, err := NewPlan(Options{Features: []godog.Feature{{Name: "mem.feature", Contents: []byte(feature)}}, Tags: "@to-fill or not @to-fill"})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(plan.TagHints, "\n")
	if want := "the tag expression names @to-fill, which only an Examples table with no rows has (mem.feature:6): it gives no scenario to run"; !strings.Contains(got, want) {
		t.Errorf("hints %q, want %q", got, want)
	}
}
