package main

import (
	"bytes"
	"context"
	"github.com/unbind/unbind/suite"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const brokenFeature = `Feature: A procedure whose label changed
  Scenario: Click a label the page does not have
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit my cards please"
    Then the buyer has no bound cards

  Scenario: A step that works
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"
`

// A writer's procedure whose label is gone: the run fails at that step,
// within the step deadline, names the label and the page, keeps a
// screenshot, and the rerun file runs exactly the failed scenario again.
func TestRunReportsAMissingLabel(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "broken.feature")
	if err := os.WriteFile(feature, []byte(brokenFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"run", "--format", "progress", "--out", out, feature}, &stdout, &stderr)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFailed, stdout.String(), stderr.String())
	}
	for _, want := range []string{`"Edit my cards please"`, "https://intl.alipay.com/", "timed out after 10s", "1 passed, 1 failed"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	// The run says up front what it runs and in which browser.
	if head := strings.SplitN(stderr.String(), "\n", 2)[0]; !strings.HasPrefix(head, "unbind: 2 scenarios, ") || !strings.Contains(head, "Chrome/") {
		t.Errorf("the first line on stderr is %q, want the scenarios and the browser", head)
	}
	shots, _ := filepath.Glob(filepath.Join(out, "evidence", "broken", "*", "step-05-failed.png"))
	if len(shots) != 1 {
		t.Errorf("screenshots of the failed step = %v, want one", shots)
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "cucumber.json")), `"image/png"`) {
		t.Error("cucumber.json embeds no screenshot")
	}
	validateJUnit(t, filepath.Join(out, "junit.xml"))
	rerun := readFile(t, filepath.Join(out, suite.RerunFile))
	if want := feature + ":2\n"; rerun != want {
		t.Fatalf("rerun.txt = %q, want %q", rerun, want)
	}

	stdout.Reset()
	out2 := filepath.Join(dir, "out2")
	code = run(context.Background(), []string{"--format", "progress", "--out", out2, "@" + filepath.Join(out, suite.RerunFile)}, &stdout, &stderr)
	if code != exitFailed || !strings.Contains(stdout.String(), "1 scenario: 0 passed, 1 failed") {
		t.Errorf("rerun: exit %d, want only the failed scenario to run again:\n%s", code, stdout.String())
	}
	if again := readFile(t, filepath.Join(out2, suite.RerunFile)); again != rerun {
		t.Errorf("the rerun's own rerun.txt = %q, want %q again", again, rerun)
	}
}

func TestRunWithNothingToRunIsAnError(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "one.feature")
	if err := os.WriteFile(feature, []byte(brokenFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--out", filepath.Join(dir, "out"), "--tags", "@no-such-tag", feature}, &stdout, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), "no scenario matched") {
		t.Errorf("exit %d, stderr %q; want %d and a note that nothing matched", code, stderr.String(), exitUsage)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func validateJUnit(t *testing.T, path string) {
	t.Helper()
	xsd := filepath.Join("..", "..", "reports", "write", "testdata", "schemas", "jenkins-junit.xsd")
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Fatal("xmllint is missing: install it with apt-get install libxml2-utils (make test does)")
	}
	if out, err := exec.Command("xmllint", "--noout", "--schema", xsd, path).CombinedOutput(); err != nil {
		t.Errorf("junit.xml fails the Jenkins schema: %v\n%s", err, out)
	}
}

// A malformed feature is refused before any browser starts, naming the file,
// line and column of each mistake.
func TestRunRefusesAMalformedFeature(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "bad.feature")
	bad := "Feature: x\n  Scenario: a\n    Given a buyer with a bound Visa card ending in 4242\n  Examples oops\n"
	if err := os.WriteFile(feature, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--out", filepath.Join(dir, "out"), feature}, &stdout, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), feature+":4:3: ") || !strings.Contains(stderr.String(), "(Examples:)") {
		t.Errorf("exit %d, stderr %q; want %d and %s:4:3", code, stderr.String(), exitUsage, feature)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "junit.xml")); err == nil {
		t.Error("a refused run wrote reports")
	}
}

func TestRunRefusesAMissingPath(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--out", t.TempDir(), "no/such.feature"}, &stdout, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), "no/such.feature") {
		t.Errorf("exit %d, stderr %q; want %d naming the path", code, stderr.String(), exitUsage)
	}
}

// A misspelt profile or locale tag stops the run before anything starts,
// naming the scenario's line and what exists, instead of silently running
// the default site; the report folder is not written.
func TestRunRefusesUnknownProfileAndLocaleTags(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "tags.feature")
	src := "Feature: tags\n  @profile:registration-clossed\n  Scenario: a typo in a profile\n    Given a buyer with a bound Visa card ending in 4242\n\n" +
		"  @locale:de_DE\n  Scenario: a locale the sites do not speak\n    Given a buyer with a bound Visa card ending in 4242\n"
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	out := filepath.Join(dir, "out")
	code := run(context.Background(), []string{"--format", "progress", "--out", out, feature}, &stdout, &stderr)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d (refused before anything starts):\n%s%s", code, exitUsage, stdout.String(), stderr.String())
	}
	for _, want := range []string{"tags.feature:3", "registration-clossed", "did you mean @profile:registration-closed?"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a run refused before it started wrote %s", out)
	}
	src = strings.Replace(src, "@profile:registration-clossed", "@profile:registration-closed", 1)
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run(context.Background(), []string{"--format", "progress", "--out", out, feature}, &stdout, &stderr); code != exitUsage ||
		!strings.Contains(stderr.String(), "tags.feature:7") || !strings.Contains(stderr.String(), "the sites speak en_US, ru_RU") {
		t.Errorf("exit %d, want %d naming tags.feature:7 and the locales:\n%s", code, exitUsage, stderr.String())
	}
}
