package main

import (
	"cmp"
	"path/filepath"
	"strings"
	"testing"
)

const stopFeature = `Feature: A run that stops after its failures
  Scenario: Fails first
    Given the check "a" passes from its attempt 99 on

  Scenario: Fails second
    Given the check "b" passes from its attempt 99 on

  Scenario: Would pass
    Given the check "c" passes from its attempt 1 on

  Scenario: Would pass too
    Given the check "d" passes from its attempt 1 on
`

// --fail-fast and --max-failures N stop starting scenarios once N failed:
// the scenarios not started are reported not run, neither passed nor
// failed, the rerun file lists them, no retry runs, and the run exits 1.
func TestMaxFailuresStopsStarting(t *testing.T) {
	leftOut := strings.Replace(stopFeature, "  Scenario: Would pass too", "  @left-out\n  Scenario: Would pass too", 1)
	for _, tt := range []struct {
		why     string
		args    []string
		summary string
		stopped string
		rerun   []string // lines of rerun.txt
		feature string   // stopFeature when empty
	}{
		{"fail fast", []string{"--fail-fast", "--retries", "2"}, "4 scenarios: 0 passed, 1 failed, 3 not run (not started after the failures)",
			"stopped after 1 failed scenario (max failures 1): 3 scenarios not started", []string{":2", ":5", ":8", ":11"}, ""},
		{"two failures allowed", []string{"--max-failures", "2"}, "4 scenarios: 0 passed, 2 failed, 2 not run (not started after the failures)",
			"stopped after 2 failed scenarios (max failures 2): 2 scenarios not started", []string{":2", ":5", ":8", ":11"}, ""},
		{"more allowed than fail", []string{"--max-failures", "3"}, "4 scenarios: 2 passed, 2 failed\n", "", []string{":2", ":5"}, ""},
		{"fail fast, a scenario left out by its tags", []string{"--fail-fast", "--tags", "not @left-out"}, "3 scenarios: 0 passed, 1 failed, 2 not run (not started after the failures)",
			"stopped after 1 failed scenario (max failures 1): 2 scenarios not started", []string{":2", ":5", ":8"}, leftOut},
	} {
		t.Run(tt.why, func(t *testing.T) {
			code, stdout, _, out := runRetried(t, cmp.Or(tt.feature, stopFeature), append([]string{"--concurrency", "1"}, tt.args...)...)
			if code != exitFailed {
				t.Errorf("exit %d, want %d", code, exitFailed)
			}
			if !strings.Contains(stdout, "unbind: "+tt.summary) || strings.Contains(stdout, "interrupted") {
				t.Errorf("stdout lacks the summary %q, or says the run was interrupted", tt.summary)
			}
			if tt.stopped == "" && strings.Contains(stdout, "stopped after") || !strings.Contains(stdout, tt.stopped) {
				t.Errorf("stdout lacks %q", tt.stopped)
			}
			if strings.Contains(stdout, "retry 1") {
				t.Error("a stopped run retried")
			}
			rerun := strings.Fields(readFile(t, filepath.Join(out, "rerun.txt")))
			if len(rerun) != len(tt.rerun) {
				t.Fatalf("rerun.txt = %v, want the lines %v", rerun, tt.rerun)
			}
			for i, r := range rerun {
				if !strings.HasSuffix(r, tt.rerun[i]) {
					t.Errorf("rerun.txt = %v, want the lines %v", rerun, tt.rerun)
				}
			}
			junit := readFile(t, filepath.Join(out, "junit.xml"))
			if tt.stopped != "" && !strings.Contains(junit, "not started") {
				t.Error("junit.xml does not say why the scenarios did not run")
			}
		})
	}
}

const taggedFeature = `@P1
Feature: Scenarios chosen by their tags
  Scenario: Plain
    Given the check "plain" passes from its attempt 1 on

  @wip
  Scenario: Unfinished
    Given the check "wip" passes from its attempt 99 on

  @locale:ru_RU
  Scenario: In Russian
    Given the check "ru" passes from its attempt 99 on
`

// A run of a cucumber tag expression executes and reports exactly the
// scenarios it selects, the feature's tags counted.
func TestRunByATagExpression(t *testing.T) {
	code, stdout, _, out := runRetried(t, taggedFeature, "--tags", "@P1 and not (@wip or @locale:ru_RU)")
	if code != exitOK || !strings.Contains(stdout, "unbind: 1 scenario: 1 passed, 0 failed") {
		t.Errorf("exit %d, want 0 and only the plain scenario run", code)
	}
	if junit := readFile(t, filepath.Join(out, "junit.xml")); strings.Contains(junit, "Unfinished") || strings.Contains(junit, "In Russian") {
		t.Error("junit.xml reports a scenario the tags left out")
	}
}
