package suite

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cucumber/godog"
)

func TestParseOrder(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Order
		err  string
	}{
		{"defined", Order{}, ""},
		{"random", Order{Random: true}, ""},
		{"random:42", Order{Random: true, Seed: 42}, ""},
		{"random:0", Order{}, "above 0"},
		{"random:x", Order{}, "above 0"},
		{"shuffled", Order{}, "want defined, random or random:SEED"},
		{"", Order{}, "want defined"},
	} {
		got, err := ParseOrder(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ParseOrder(%q) = %v, %v; want %v, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// A random order is the order godog starts the scenarios in: the plan
// lists them as godog runs them, files and the scenarios in each shuffled,
// the same again for the same seed; the seed is chosen when none is given.
func TestRandomOrderIsTheOrderGodogRuns(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a", "b", "c", "d"} {
		src := fmt.Sprintf("Feature: %s\n", name)
		for i := range 5 {
			src += fmt.Sprintf("  Scenario: %s%d\n    Given x\n", name, i)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".feature"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	names := func(p *Plan) []string {
		var out []string
		for _, s := range p.Mine {
			out = append(out, s.Name)
		}
		return out
	}
	defined, err := NewPlan(Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, seed := range []int64{1, 2, 3, 1234567} {
		o := Options{Paths: []string{dir}, Order: Order{Random: true, Seed: seed}}
		plan, err := NewPlan(o)
		if err != nil {
			t.Fatal(err)
		}
		got := names(plan)
		if sorted := slices.Sorted(slices.Values(got)); !slices.Equal(sorted, names(defined)) {
			t.Fatalf("seed %d planned %v, want every scenario once", seed, got)
		}
		seen[strings.Join(got, " ")] = true
		o.Order = plan.Order
		if ran := godogStarts(t, o); !slices.Equal(ran, got) {
			t.Errorf("seed %d: planned %v, godog started %v", seed, got, ran)
		}
		again, _ := NewPlan(Options{Paths: []string{dir}, Order: Order{Random: true, Seed: seed}})
		if !slices.Equal(names(again), got) {
			t.Errorf("seed %d: planned %v, then %v", seed, got, names(again))
		}
	}
	if len(seen) < 3 {
		t.Errorf("four seeds gave %d orders", len(seen))
	}
	if seen[strings.Join(names(defined), " ")] {
		t.Error("a random order was the defined one")
	}
	chosen, err := NewPlan(Options{Paths: []string{dir}, Order: Order{Random: true}})
	if err != nil || chosen.Order.Seed == 0 {
		t.Errorf("a random order without a seed planned with %v (%v), want a seed chosen", chosen.Order, err)
	}
}

// godogStarts runs godog as a run of o does, one scenario at a time, and
// lists the names of the scenarios in the order it started them.
func godogStarts(t *testing.T, o Options) []string {
	t.Helper()
	var ran []string
	g := o.withDefaults().godogOptions()
	g.Concurrency, g.Format, g.Output, g.DefaultContext = 1, "progress", io.Discard, context.Background()
	s := godog.TestSuite{
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Before(func(ctx context.Context, p *godog.Scenario) (context.Context, error) {
				ran = append(ran, p.Name)
				return ctx, nil
			})
			sc.Step(`.*`, func() {})
		},
		Options: g,
	}
	if st := s.Run(); st != 0 {
		t.Fatalf("godog exited %d", st)
	}
	return ran
}
