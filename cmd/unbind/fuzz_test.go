package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"
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

// FuzzFeature: no bytes in a feature file panic the run's checks (line
// lengths, the Gherkin parse, the plan), and what they accept godog reads
// without a panic too.
func FuzzFeature(f *testing.F) {
	f.Add([]byte(brokenFeature))
	f.Add([]byte(interruptFeature))
	f.Add([]byte("Feature: x\n  Scenario Outline: o <a>\n    Given a <a>\n    Examples:\n      | a |\n      | 1 |\n"))
	f.Add([]byte("# language: ru\nФункция: x\n  Сценарий: y\n    Дано z\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "fuzz.feature")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := planScenarios([]string{path}, ""); err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Errorf("the refusal does not name the file: %v", err)
			}
			return
		}
		godogParses(t, []string{path}, "")
	})
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
	tags := []*messages.PickleTag{{Name: "@P1"}, {Name: "@wip"}}
	f.Fuzz(func(t *testing.T, expr string) {
		if checkTags(expr) != nil {
			return
		}
		matchTags(expr, tags)
		if _, err := planScenarios([]string{feature}, expr); err != nil {
			t.Fatalf("planning %q: %v", expr, err)
		}
		godogParses(t, []string{feature}, expr)
	})
}

// FuzzShard: any --shard value is refused or names a shard 1 <= i <= n,
// and picking that shard's scenarios, dealt or by durations, neither
// panics nor takes more than its share.
func FuzzShard(f *testing.F) {
	for _, s := range []string{"1/2", "4/4", "0/2", "3/2", "1-2", "a/b", "1/2000000000", "-1/-2", "+1/+1", "1/"} {
		f.Add(s, uint8(5))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		sh, err := parseShard(s)
		if err != nil {
			return
		}
		if sh.index < 1 || sh.index > sh.total {
			t.Fatalf("parseShard(%q) = %+v", s, sh)
		}
		all := make([]planned, n)
		durations := map[string]time.Duration{}
		for i := range all {
			all[i] = planned{id: string(rune('a'+i%26)) + strings.Repeat("x", i/26), location: "f:" + string(rune('0'+i%10))}
			durations[all[i].location] = time.Duration(i) * time.Second
		}
		for _, d := range []map[string]time.Duration{nil, durations} {
			keep := sh.pick(all, d)
			if max := (len(all) + sh.total - 1) / sh.total; sh.total <= len(all) && d == nil && len(keep) > max {
				t.Errorf("shard %s keeps %d of %d scenarios, more than %d", s, len(keep), len(all), max)
			}
		}
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
			if o.stepTimeout <= 0 || o.startLimit <= 0 {
				t.Errorf("%s %q accepted as step %v, start %v", flag, v, o.stepTimeout, o.startLimit)
			}
		}
	})
}

// FuzzShardDurations: no bytes in an earlier run's cucumber.ndjson given to
// --shard-durations panic the run; they are read or refused.
func FuzzShardDurations(f *testing.F) {
	f.Add([]byte(`{"meta":{"protocolVersion":"21.0.1"}}` + "\n"))
	f.Add([]byte(`{"testCaseStarted":{"id":"x","testCaseId":"y"}}` + "\n"))
	f.Add([]byte("not json\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "cucumber.ndjson")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		durationsFrom(path)
	})
}
