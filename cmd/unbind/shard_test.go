package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	messages "github.com/cucumber/messages/go/v21"
)

// TestMain lets a test run this very binary as the unbind command, so shards
// run as separate processes the way CI machines run them.
func TestMain(m *testing.M) {
	if os.Getenv("UNBIND_TEST_AS_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want shard
		err  bool
	}{
		{"1/2", shard{1, 2}, false},
		{"4/4", shard{4, 4}, false},
		{"0/2", shard{}, true}, // shards count from 1
		{"3/2", shard{}, true}, // past the last shard
		{"1-2", shard{}, true}, // not i/n
		{"a/b", shard{}, true},
	}
	for _, tt := range tests {
		got, err := parseShard(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("parseShard(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestMatchTagsAsGodogDoes(t *testing.T) {
	tags := []*messages.PickleTag{{Name: "@P1"}, {Name: "@article-003"}}
	tests := []struct {
		filter string
		want   bool
	}{
		{"", true},
		{"@P1", true},
		{"@P2", false},
		{"@P2,@P1", true},             // comma: either
		{"@P1 && @article-003", true}, // both
		{"@P1 && @article-001", false},
		{"~@P2", true},
		{"~@P1", false},
		{"@P1 && ~@wip", true},
	}
	for _, tt := range tests {
		if got := matchTags(tt.filter, tags); got != tt.want {
			t.Errorf("matchTags(%q) = %v, want %v", tt.filter, got, tt.want)
		}
	}
}

func TestShardsSplitEvenlyAndCoverEverything(t *testing.T) {
	var all []planned
	for i := range 7 {
		all = append(all, planned{id: fmt.Sprint(i), location: fmt.Sprintf("f.feature:%d", 10*i)})
	}
	durations := map[string]time.Duration{"f.feature:0": 6 * time.Second, "f.feature:10": 5 * time.Second}
	for _, d := range []map[string]time.Duration{nil, durations} {
		seen := map[string]int{}
		var sizes []int
		for i := 1; i <= 3; i++ {
			keep := shard{i, 3}.pick(all, d)
			sizes = append(sizes, len(keep))
			for id := range keep {
				seen[id]++
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
	a, b := shard{1, 3}.pick(all, durations), shard{2, 3}.pick(all, durations)
	if !(a["0"] && b["1"]) {
		t.Errorf("longest first: shard 1 = %v, shard 2 = %v; want 0 and 1 apart", a, b)
	}
}

const shardFeature = `Feature: Shards
  @P1
  Scenario: One
    Given a buyer with a bound Visa card ending in 4242
    Then the buyer's bound cards are "Visa 4242"

  Scenario: Two
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"

  Scenario Outline: Three <brand>
    Given a buyer with a bound <brand> card ending in <last4>
    Then the buyer's bound cards are "<brand> <last4>"

    Examples:
      | brand      | last4 |
      | Visa       | 4242  |
      | MasterCard | 5454  |

  Scenario: Four fails
    Given a buyer with a bound Visa card ending in 4242
    Then a step no one has defined
`

// Two shards run as two processes and merged give the same results as one
// run, and the merged JUnit still passes the schema.
func TestShardsMergeToTheSameResultsAsOneRun(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "shards.feature")
	if err := os.WriteFile(feature, []byte(shardFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "one")
	var out bytes.Buffer
	if code := run(context.Background(), []string{"--format", "progress", "--out", one, feature}, &out, &out); code != exitFailed {
		t.Fatalf("single run exit %d, want %d (one scenario fails):\n%s", code, exitFailed, out.String())
	}
	var procs []*exec.Cmd
	for i := 1; i <= 2; i++ {
		cmd := exec.Command(os.Args[0], "run", "--format", "progress",
			"--shard", fmt.Sprintf("%d/2", i), "--out", filepath.Join(dir, fmt.Sprint("shard", i)), feature)
		cmd.Env = append(os.Environ(), "UNBIND_TEST_AS_MAIN=1")
		var b bytes.Buffer
		cmd.Stdout, cmd.Stderr = &b, &b
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
		t.Cleanup(func() { t.Logf("shard %d:\n%s", i, b.String()) })
	}
	for _, p := range procs {
		_ = p.Wait() // one shard fails by design; the merge below says what ran
	}
	merged := filepath.Join(dir, "merged")
	out.Reset()
	code := run(context.Background(), []string{"merge", "--out", merged,
		filepath.Join(dir, "shard1", "cucumber.ndjson"), filepath.Join(dir, "shard2", "cucumber.ndjson")}, &out, &out)
	if code != exitFailed {
		t.Errorf("merge exit %d, want %d:\n%s", code, exitFailed, out.String())
	}
	validateJUnit(t, filepath.Join(merged, "junit.xml"))
	want, got := junitCases(t, filepath.Join(one, "junit.xml")), junitCases(t, filepath.Join(merged, "junit.xml"))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged shards:\n%s\nwant as one run:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(want) != 5 {
		t.Errorf("one run has %d test cases, want 5", len(want))
	}
}

// junitCases lists "suite/case: outcome" of a JUnit file, sorted.
func junitCases(t *testing.T, path string) []string {
	t.Helper()
	var doc struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
				Skipped *struct{} `xml:"skipped"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(readFile(t, path)), &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var cases []string
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			outcome := "passed"
			if c.Failure != nil {
				outcome = "failed"
			} else if c.Skipped != nil {
				outcome = "skipped"
			}
			cases = append(cases, s.Name+"/"+c.Name+": "+outcome)
		}
	}
	slices.Sort(cases)
	return cases
}
