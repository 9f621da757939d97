package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/suite"
)

// godogParses runs godog itself, with no step definitions, over the feature
// files and tags a run's checks accepted: godog parses and filters them
// again, and must not panic either.
func godogParses(t *testing.T, paths []string, tags string) {
	t.Helper()
	suite := godog.TestSuite{
		Name: "fuzz",
		Options: &godog.Options{
			Format: "progress", Paths: paths, Tags: tags, Concurrency: 1,
			Output: io.Discard, DefaultContext: context.Background(),
		},
	}
	suite.Run()
}

// FuzzTags: a tag expression the run accepts is one godog's tag filter
// reads without a panic, and the plan's filter agrees with it.
func FuzzTags(f *testing.F) {
	for _, s := range []string{"@P1", "@P1,@P3", "@P1 && ~@wip", "~@locale:ru_RU", "@P1,", "&&", "~", "@", ",,", "@a && @b,@c"} {
		f.Add(s)
	}
	dir := f.TempDir()
	feature := filepath.Join(dir, "tags.feature")
	src := "Feature: tags\n  @P1 @wip\n  Scenario: a\n    Given x\n\n  @P3\n  Scenario: b\n    Given y\n"
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		if checkTags(expr) != nil {
			return
		}
		if _, err := suite.NewPlan(suite.Options{Paths: []string{feature}, Tags: expr}); err != nil {
			t.Fatalf("planning %q: %v", expr, err)
		}
		godogParses(t, []string{feature}, expr)
	})
}

// FuzzDurationFlags: any value of a duration flag is refused with exit 2
// or is a deadline above zero; none panics.
func FuzzDurationFlags(f *testing.F) {
	for _, s := range []string{"10s", "0", "-1s", "1ns", "9223372036854775807ns", "1h1m1s", "1e3s", "", "ten"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, flag := range []string{"--step-timeout", "--start-timeout"} {
			o, code, ok := parseRunFlags([]string{flag, v, "features"}, io.Discard)
			if !ok {
				if code != exitUsage {
					t.Errorf("%s %q: exit %d, want %d", flag, v, code, exitUsage)
				}
				continue
			}
			if b := o.Launch.Browser; b.StepTimeout <= 0 || b.StartTimeout <= 0 {
				t.Errorf("%s %q accepted as step %v, start %v", flag, v, b.StepTimeout, b.StartTimeout)
			}
		}
	})
}
