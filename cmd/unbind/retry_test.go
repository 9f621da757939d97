package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/suite"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	messages "github.com/cucumber/messages/go/v21"
)

const retriedFeature = `Feature: Scenarios run again
  Scenario: Passes the second time
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then the check "second" passes from its attempt 2 on
    And I should see "Ivan Petrov"

  Scenario: Never passes
    Given a buyer with a bound Visa card ending in 4242
    Then the check "never" passes from its attempt 99 on

  Scenario: Passes at once
    Given a buyer with a bound Visa card ending in 4242
    Then the check "once" passes from its attempt 1 on
`

// attemptSteps is, for a test only, a step whose outcome depends on how
// often it ran before: a counter per check, kept in a file in dir, so it
// outlives the scenario's world and browser context.
func attemptSteps(dir string) steps.Step {
	return steps.Step{
		Group:   "Test",
		Pattern: `^the check "([^"]*)" passes from its attempt (\d+) on$`,
		Example: `Then the check "second" passes from its attempt 2 on`,
		Help:    "Fails until it ran the given number of times.",
		Bind: func(*steps.Scenario) any {
			return func(name string, from int) error {
				file := filepath.Join(dir, name+".count")
				b, _ := os.ReadFile(file)
				n, _ := strconv.Atoi(string(b))
				n++
				if err := os.WriteFile(file, []byte(strconv.Itoa(n)), 0o644); err != nil {
					return err
				}
				if n < from {
					return fmt.Errorf("the check %q ran %d times, it passes from its attempt %d on", name, n, from)
				}
				return nil
			}
		},
	}
}

// runRetried runs the feature with args and the test's step, and returns
// the exit status, stdout and the report folder.
func runRetried(t *testing.T, feature string, args ...string) (code int, stdout, stderr, out string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "retried.feature")
	if err := os.WriteFile(path, []byte(feature), 0o644); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(dir, "out")
	ctx := withExtraSteps(context.Background(), attemptSteps(dir))
	var so, se bytes.Buffer
	all := append([]string{"run", "--format", "progress", "--out", out}, args...)
	code = run(ctx, append(all, path), &so, &se)
	t.Logf("stdout:\n%s\nstderr:\n%s", so.String(), se.String())
	return code, so.String(), se.String(), out
}

// TestRunRetriesFailedScenarios: with --retries 2, a scenario that fails
// once and then passes is flaky in every report, one that always fails has
// three attempts and fails the run, one that passes runs once.
func TestRunRetriesFailedScenarios(t *testing.T) {
	code, stdout, stderr, out := runRetried(t, retriedFeature, "--retries", "2")
	if code != exitFailed {
		t.Fatalf("exit %d, want %d: a scenario failed on every attempt", code, exitFailed)
	}
	for _, want := range []string{"3 scenarios: 2 passed, 1 failed, 1 flaky", `unbind: flaky: "Passes the second time"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the console lacks %q", want)
		}
	}
	if strings.Contains(stdout, "Funbind:") || strings.Contains(stdout, ".unbind:") {
		t.Errorf("a line of the console starts after the progress dots, on their line")
	}
	for _, want := range []string{
		`unbind: retry 1 of 2: running 2 failed scenarios again`,
		`attempt 2 of "Passes the second time" (` + filepath.Join(filepath.Dir(out), "retried.feature") + `:2): passed`,
		`unbind: retry 2 of 2: running 1 failed scenario again`,
		`attempt 3 of "Never passes" (` + filepath.Join(filepath.Dir(out), "retried.feature") + `:8): failed at line 10: the check "never" ran 3 times`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	checkAttempts(t, filepath.Join(out, "cucumber.ndjson"))
	checkRetriedJUnit(t, out)
	checkRetriedCucumberJSON(t, filepath.Join(out, "cucumber.json"))
	html := readFile(t, filepath.Join(out, "report.html"))
	for _, want := range []string{`<span class="chip flaky">flaky</span>`, "attempt 1 of 2: failed", "attempt 2 of 3: failed", "2 passed, 1 failed, 1 flaky"} {
		if !strings.Contains(html, want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	if rerun := strings.TrimSpace(readFile(t, filepath.Join(out, suite.RerunFile))); !strings.HasSuffix(rerun, "retried.feature:8") || strings.Contains(rerun, "\n") {
		t.Errorf("rerun.txt lists %q, want only the scenario that finally failed (line 8)", rerun)
	}
	for _, cmd := range []string{"report", "merge"} {
		again := filepath.Join(t.TempDir(), cmd)
		var so, se bytes.Buffer
		run(context.Background(), []string{cmd, "--out", again, filepath.Join(out, "cucumber.ndjson")}, &so, &se)
		checkAttempts(t, filepath.Join(again, "cucumber.ndjson"))
		if html := readFile(t, filepath.Join(again, "report.html")); !strings.Contains(html, "attempt 1 of 2: failed") {
			t.Errorf("unbind %s: report.html does not show the earlier attempt", cmd)
		}
	}
}

// checkAttempts reads the Cucumber Messages: each attempt is a
// testCaseStarted numbered from 0, and every one but the last of a scenario
// is finished with willBeRetried.
func checkAttempts(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pickles, cases := map[string]string{}, map[string]string{}
	started := map[string]string{} // testCaseStarted id -> scenario name
	got := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var e messages.Envelope
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		switch {
		case e.Pickle != nil:
			pickles[e.Pickle.Id] = e.Pickle.Name
		case e.TestCase != nil:
			cases[e.TestCase.Id] = pickles[e.TestCase.PickleId]
		case e.TestCaseStarted != nil:
			name := cases[e.TestCaseStarted.TestCaseId]
			started[e.TestCaseStarted.Id] = name
			got[name] = append(got[name], fmt.Sprintf("attempt %d", e.TestCaseStarted.Attempt))
		case e.TestCaseFinished != nil:
			name := started[e.TestCaseFinished.TestCaseStartedId]
			got[name] = append(got[name], fmt.Sprintf("retried %v", e.TestCaseFinished.WillBeRetried))
		}
	}
	want := map[string]string{
		"Passes the second time": "attempt 0, retried true, attempt 1, retried false",
		"Never passes":           "attempt 0, retried true, attempt 1, retried true, attempt 2, retried false",
		"Passes at once":         "attempt 0, retried false",
	}
	for name, w := range want {
		if g := strings.Join(got[name], ", "); g != w {
			t.Errorf("%s: %q runs %s, want %s", path, name, g, w)
		}
	}
}

func checkRetriedJUnit(t *testing.T, out string) {
	t.Helper()
	path := filepath.Join(out, "junit.xml")
	validateJUnit(t, path)
	doc := readFile(t, path)
	for _, want := range []string{
		`<testsuite name="Scenarios run again" tests="3" failures="1"`,
		"flaky: failed, then passed when run again",
		"failed on all 3 attempts",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("junit.xml lacks %q", want)
		}
	}
	sf := filepath.Join(out, "surefire.xml")
	xsd := filepath.Join("..", "..", "reports", "write", "testdata", "schemas", "surefire-test-report-3.0.2.xsd")
	if b, err := exec.Command("xmllint", "--noout", "--schema", xsd, sf).CombinedOutput(); err != nil {
		t.Errorf("surefire.xml fails the Surefire schema: %v\n%s", err, b)
	}
	doc = readFile(t, sf)
	for what, want := range map[string]int{"<flakyFailure": 1, "<rerunFailure": 2, "<failure": 1} {
		if n := strings.Count(doc, what); n != want {
			t.Errorf("surefire.xml has %d %s, want %d", n, what, want)
		}
	}
}

// checkRetriedCucumberJSON: the Cucumber JSON holds each scenario's last
// attempt.
func checkRetriedCucumberJSON(t *testing.T, path string) {
	t.Helper()
	var features []struct {
		Elements []struct {
			Name  string `json:"name"`
			Steps []struct {
				Result struct {
					Status string `json:"status"`
				} `json:"result"`
			} `json:"steps"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(readFile(t, path)), &features); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, el := range features[0].Elements {
		var st []string
		for _, s := range el.Steps {
			st = append(st, s.Result.Status)
		}
		got[el.Name] = strings.Join(st, " ")
	}
	want := map[string]string{
		"Passes the second time": "passed passed passed passed",
		"Never passes":           "passed failed",
		"Passes at once":         "passed passed",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("cucumber.json: %q has steps %q, want its last attempt %q", name, got[name], w)
		}
	}
}

// TestRunFlaky: a run whose only failure passed when run again exits 0 and
// says it was flaky; with --fail-on-flaky it exits 1.
func TestRunFlaky(t *testing.T) {
	const flaky = `Feature: Flaky
  Scenario: Passes the second time
    Given a buyer with a bound Visa card ending in 4242
    Then the check "second" passes from its attempt 2 on
`
	code, stdout, _, out := runRetried(t, flaky, "--retries", "1")
	if code != exitOK || !strings.Contains(stdout, "1 scenario: 1 passed, 0 failed, 1 flaky") {
		t.Errorf("exit %d, want %d and the summary to say 1 flaky", code, exitOK)
	}
	if nd := readFile(t, filepath.Join(out, "cucumber.ndjson")); !strings.Contains(nd, `"testRunFinished":{"success":true`) {
		t.Error("cucumber.ndjson does not say the run with a flaky scenario was a success")
	}
	code, stdout, _, out = runRetried(t, flaky, "--retries", "1", "--fail-on-flaky")
	if code != exitFailed || !strings.Contains(stdout, "1 flaky") || !strings.Contains(stdout, "flaky scenarios fail the run") {
		t.Errorf("with --fail-on-flaky: exit %d, want %d and the summary to say 1 flaky", code, exitFailed)
	}
	// The reports say what the exit says, and a merge of them too: a gate
	// that reads them fails as well.
	if nd := readFile(t, filepath.Join(out, "cucumber.ndjson")); !strings.Contains(nd, `"testRunFinished":{"success":false`) {
		t.Error("with --fail-on-flaky, cucumber.ndjson says the run was a success")
	}
	var mo, me bytes.Buffer
	if code := run(context.Background(), []string{"merge", "--out", filepath.Join(t.TempDir(), "merged"), filepath.Join(out, "cucumber.ndjson")}, &mo, &me); code != exitFailed {
		t.Errorf("merging the report of a run flaky scenarios failed: exit %d, want %d\n%s%s", code, exitFailed, mo.String(), me.String())
	}
	code, _, _, _ = runRetried(t, flaky)
	if code != exitFailed {
		t.Errorf("without --retries: exit %d, want %d", code, exitFailed)
	}
}

// TestRunRefusesBadRetries: --retries outside 0 to 10 is refused before
// anything starts.
func TestRunRefusesBadRetries(t *testing.T) {
	for _, v := range []string{"-1", "11", "two"} {
		var stdout, stderr bytes.Buffer
		out := filepath.Join(t.TempDir(), "out")
		code := run(context.Background(), []string{"run", "--retries", v, "--out", out, "features"}, &stdout, &stderr)
		if code != exitUsage || !strings.Contains(stderr.String(), "from 0 to 10") {
			t.Errorf("--retries %s: exit %d, stderr %q; want %d and the allowed range", v, code, stderr.String(), exitUsage)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("--retries %s: the output folder was made", v)
		}
	}
}
