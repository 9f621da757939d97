package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"github.com/unbind/unbind/suite"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// featureNamed is a one-scenario feature that passes, named so that each
// report shows which run wrote it.
func featureNamed(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name+".feature")
	src := "Feature: " + name + "\n  Scenario: " + name + " passes\n" +
		"    Given a buyer with a bound Visa card ending in 4242\n    And I am signed in to the storefront\n    Then I should see \"Ivan Petrov\"\n"
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// setOf says which run's the reports in out are: the feature each names
// ("" when none, "mixed" when they disagree), and the hidden files left.
func setOf(t *testing.T, out string, names ...string) string {
	t.Helper()
	owner := ""
	for _, f := range []string{"junit.xml", "cucumber.ndjson", "cucumber.json", "report.html"} {
		body := readFile(t, filepath.Join(out, f))
		var in []string
		for _, n := range names {
			if strings.Contains(body, "Feature: "+n) || strings.Contains(body, `"`+n+`"`) || strings.Contains(body, ">"+n+"<") {
				in = append(in, n)
			}
		}
		if len(in) != 1 {
			return fmt.Sprintf("mixed: %s names %v", f, in)
		}
		if owner != "" && owner != in[0] {
			return fmt.Sprintf("mixed: %s is %s's, another file %s's", f, in[0], owner)
		}
		owner = in[0]
	}
	return owner
}

// While one run holds a report folder, a second run into it is refused
// before it starts, naming the first one's process; the folder ends with
// the first run's set alone.
func TestSecondRunIntoTheSameFolderIsRefused(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "stopped.feature")
	if err := os.WriteFile(first, []byte(interruptFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := unbindCommand(t, "--format", "progress", "--concurrency", "1", "--out", out, first)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	for lines.Scan() && !strings.Contains(lines.Text(), " at once, in ") { // the first run has locked out and started
	}

	var stdout, errs bytes.Buffer
	code := run(context.Background(), []string{"--out", out, featureNamed(t, dir, "Second")}, &stdout, &errs)
	if want := fmt.Sprintf("(pid %d) is writing its reports to %s", cmd.Process.Pid, out); code != exitUsage || !strings.Contains(errs.String(), want) {
		t.Errorf("second run: exit %d, stderr %q; want %d and %q", code, errs.String(), exitUsage, want)
	}
	cmd.Process.Signal(syscall.SIGINT)
	go func() {
		for lines.Scan() {
		}
	}()
	cmd.Wait()
	if owner := setOf(t, out, "A run stopped half way", "Second"); owner != "A run stopped half way" {
		t.Errorf("the folder holds %q, want the first run's set", owner)
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".unbind-next-*")); len(left) > 0 {
		t.Errorf("staging left behind: %v", left)
	}
}

// Two runs started at once into one folder, round after round: the folder
// always ends with one run's whole set, and a run that did not get the
// folder says so with exit 2.
func TestTwoRunsAtOnceLeaveOneSet(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	a, b := featureNamed(t, dir, "Alpha"), featureNamed(t, dir, "Bravo")
	for round := 1; round <= 3; round++ {
		var wg sync.WaitGroup
		results := make([]string, 2)
		for i, f := range []string{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cmd := unbindCommand(t, "--format", "progress", "--out", out, f)
				msg, _ := cmd.CombinedOutput()
				code := cmd.ProcessState.ExitCode()
				results[i] = fmt.Sprintf("exit %d", code)
				if code != exitOK && !(code == exitUsage && strings.Contains(string(msg), "is writing its reports to")) {
					results[i] += ": " + string(msg)
				}
			}()
		}
		wg.Wait()
		for _, r := range results {
			if r != "exit 0" && r != "exit 2" {
				t.Errorf("round %d: %s", round, r)
			}
		}
		if owner := setOf(t, out, "Alpha", "Bravo"); owner != "Alpha" && owner != "Bravo" {
			t.Fatalf("round %d (%v): the folder holds %s", round, results, owner)
		}
	}
}

// A run that finds no scenario in its shard writes an empty set of its own
// over the folder's previous one, so that a merge cannot take a stale file
// for this shard's.
func TestAnEmptyShardWritesAnEmptySet(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(filepath.Join(out, "evidence", "old"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"junit.xml", "cucumber.ndjson", "rerun.txt"} {
		if err := os.WriteFile(filepath.Join(out, f), []byte("a stale run's"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--shard", "2/2", "--out", out, featureNamed(t, dir, "Only")}, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d, want 0\n%s\n%s", code, stdout.String(), stderr.String())
	}
	validateJUnit(t, filepath.Join(out, "junit.xml"))
	if junit := readFile(t, filepath.Join(out, "junit.xml")); !strings.Contains(junit, `tests="0"`) {
		t.Errorf("junit.xml is not an empty run's:\n%s", junit)
	}
	if rerun := readFile(t, filepath.Join(out, suite.RerunFile)); rerun != "" {
		t.Errorf("rerun.txt = %q, want empty", rerun)
	}
	if _, err := os.Stat(filepath.Join(out, "evidence", "old")); err == nil {
		t.Error("the stale run's evidence is still there")
	}
	stdout.Reset()
	// Alone, it is not the suite: merged with --partial, it holds no
	// scenario and says shard 1/2 is missing.
	code = run(context.Background(), []string{"merge", "--partial", "--out", filepath.Join(dir, "merged"), filepath.Join(out, "cucumber.ndjson")}, &stdout, &stderr)
	if code != exitFailed || !strings.Contains(stdout.String(), "0 scenarios") || !strings.Contains(stdout.String(), "no results of shard 1/2") {
		t.Errorf("merging the empty shard: exit %d\n%s\n%s", code, stdout.String(), stderr.String())
	}
}

// A run whose browser cannot start leaves the reports an earlier run
// wrote as they were, and says that they are that run's, not its own, so
// that nobody reads them as its verdict.
func TestABrowserThatCannotStartSaysTheReportsAreAnEarlierRuns(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var b bytes.Buffer
	if code := run(context.Background(), []string{"--format", "progress", "--out", out, featureNamed(t, dir, "Earlier")}, &b, &b); code != exitOK {
		t.Fatalf("the earlier run: exit %d:\n%s", code, b.String())
	}
	false_ := filepath.Join(dir, "no-browser")
	if err := os.WriteFile(false_, []byte("#!/bin/sh\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--chrome", false_, "--out", out, featureNamed(t, dir, "Later")}, &stdout, &stderr)
	if code != exitFailed {
		t.Errorf("exit %d, want %d:\n%s", code, exitFailed, stderr.String())
	}
	if want := "no scenario ran; the reports in " + out + " are an earlier run's"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr.String())
	}
	if owner := setOf(t, out, "Earlier", "Later"); owner != "Earlier" {
		t.Errorf("the folder holds %q, want the earlier run's set", owner)
	}
}
