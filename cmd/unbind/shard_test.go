package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestMain lets a test run this very binary as the unbind command, so shards
// run as separate processes the way CI machines run them.
func TestMain(m *testing.M) {
	if os.Getenv("UNBIND_TEST_AS_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
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

	// One shard alone is not the suite: merge refuses it, writing
	// nothing, and with --partial merges it and says what it lacks.
	alone := filepath.Join(dir, "alone")
	out.Reset()
	code = run(context.Background(), []string{"merge", "--out", alone, filepath.Join(dir, "shard1", "cucumber.ndjson")}, &out, &out)
	if code != exitUsage || !strings.Contains(out.String(), "no results of shard 2/2") || !strings.Contains(out.String(), "--partial") {
		t.Errorf("merge of shard 1/2 alone: exit %d, want %d, naming shard 2/2 and --partial:\n%s", code, exitUsage, out.String())
	}
	if _, err := os.Stat(alone); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a merge refused wrote %s (%v)", alone, err)
	}
	out.Reset()
	code = run(context.Background(), []string{"merge", "--partial", "--out", alone, filepath.Join(dir, "shard1", "cucumber.ndjson")}, &out, &out)
	if code != exitFailed || !strings.Contains(out.String(), "not complete: no results of shard 2/2; the suite planned 5 scenarios") {
		t.Errorf("merge --partial of shard 1/2: exit %d, want %d, saying shard 2/2 of 5 scenarios is not there:\n%s", code, exitFailed, out.String())
	}

	// report writes one result again as it is: a shard's as that shard's,
	// the partial merge's as lacking shard 2/2; and the partial merge with
	// the shard it lacks is the whole run.
	out.Reset()
	code = run(context.Background(), []string{"report", "--out", filepath.Join(dir, "again1"), filepath.Join(dir, "shard1", "cucumber.ndjson")}, &out, &out)
	if want := procs[0].ProcessState.ExitCode(); code != want || strings.Contains(out.String(), "not complete") {
		t.Errorf("report of shard 1/2: exit %d, want %d as the shard's run, and no word of a missing shard:\n%s", code, want, out.String())
	}
	out.Reset()
	code = run(context.Background(), []string{"report", "--out", filepath.Join(dir, "again-alone"), filepath.Join(alone, "cucumber.ndjson")}, &out, &out)
	if code != exitFailed || !strings.Contains(out.String(), "not complete: no results of shard 2/2") {
		t.Errorf("report of the partial merge: exit %d, want %d, saying shard 2/2 is not there:\n%s", code, exitFailed, out.String())
	}
	whole := filepath.Join(dir, "whole")
	out.Reset()
	code = run(context.Background(), []string{"merge", "--out", whole, filepath.Join(alone, "cucumber.ndjson"), filepath.Join(dir, "shard2", "cucumber.ndjson")}, &out, &out)
	if got := junitCases(t, filepath.Join(whole, "junit.xml")); code != exitFailed || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merge of the partial merge and shard 2/2: exit %d, want %d, cases:\n%s\nwant as one run:\n%s\n%s", code, exitFailed, strings.Join(got, "\n"), strings.Join(want, "\n"), out.String())
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

// evidenceFeature fails two scenarios on a page, so that each leaves
// evidence (a screenshot and the page's HTML) in its shard's folder.
const evidenceFeature = `Feature: Evidence of shards
  Scenario: The first cannot find its words
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Words the storefront never shows"

  Scenario: The second cannot find its words
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Other words it never shows"
`

// attachmentRef is a JUnit attachment line, [[ATTACHMENT|path]].
var attachmentRef = regexp.MustCompile(`\[\[ATTACHMENT\|([^\]]+)\]\]`)

// The reports merged from shards name evidence that is in the merged
// folder, and stays there when the shards' folders are gone: CI keeps the
// merged folder, as it would keep one run's. The merge runs from another
// working folder than the shards'.
func TestMergedReportsCarryTheShardsEvidence(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "evidence.feature")
	if err := os.WriteFile(feature, []byte(evidenceFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	var files []string
	for i := 1; i <= 2; i++ {
		shard := filepath.Join(dir, fmt.Sprint("shard", i))
		var b bytes.Buffer
		code := run(context.Background(), []string{"run", "--format", "progress", "--step-timeout", "2s",
			"--shard", fmt.Sprintf("%d/2", i), "--out", shard, feature}, &b, &b)
		if code != exitFailed {
			t.Fatalf("shard %d exit %d, want %d:\n%s", i, code, exitFailed, b.String())
		}
		files = append(files, filepath.Join(shard, "cucumber.ndjson"))
	}
	merged := filepath.Join(dir, "merged")
	var out bytes.Buffer
	if code := run(context.Background(), append([]string{"merge", "--out", merged}, files...), &out, &out); code != exitFailed {
		t.Fatalf("merge exit %d, want %d:\n%s", code, exitFailed, out.String())
	}
	for _, f := range files {
		if err := os.RemoveAll(filepath.Dir(f)); err != nil {
			t.Fatal(err)
		}
	}
	refs := attachmentRef.FindAllStringSubmatch(readFile(t, filepath.Join(merged, "junit.xml")), -1)
	if len(refs) < 4 {
		t.Fatalf("merged junit.xml names %d attachments, want a screenshot and a page for each of 2 failures", len(refs))
	}
	for _, m := range refs {
		if _, err := os.Stat(filepath.Join(merged, m[1])); err != nil {
			t.Errorf("merged junit.xml names %s, which is not in the merged folder: %v", m[1], err)
		}
	}
	var printed int
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "evidence:"))
		if len(f) != 1 || !strings.Contains(f[0], "step-") {
			continue
		}
		printed++
		p, err := filepath.Abs(f[0]) // as the person who ran the merge opens it
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(p); err != nil || !strings.HasPrefix(p, merged+string(filepath.Separator)) {
			t.Errorf("the merge's summary names %s, which is not in the merged folder %s (%v)", f[0], merged, err)
		}
	}
	if printed < 4 {
		t.Errorf("the merge's summary names %d pieces of evidence, want 4:\n%s", printed, out.String())
	}
}

// A file that is not a run's results (a shard's artifact that failed to
// download is empty, or some other JSON) is bad input to merge: exit 2,
// naming the file, and the reports already in --out are left as they were.
// A gate must not go green on nothing.
func TestMergeRefusesWhatIsNotARunsResults(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	earlier := filepath.Join(out, "junit.xml")
	if err := os.WriteFile(earlier, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"empty.ndjson": "",
		"junk.ndjson":  `{"garbage": true}` + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			f := filepath.Join(dir, name)
			if err := os.WriteFile(f, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if code := run(context.Background(), []string{"merge", "--out", out, f}, &b, &b); code != exitUsage {
				t.Errorf("merge of %s exit %d, want %d:\n%s", name, code, exitUsage, b.String())
			}
			if !strings.Contains(b.String(), f) {
				t.Errorf("the error does not name %s:\n%s", f, b.String())
			}
			if got := readFile(t, earlier); got != "earlier" {
				t.Errorf("the earlier junit.xml was overwritten: %q", got)
			}
		})
	}
}
