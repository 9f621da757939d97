package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// consoleFeature has two scenarios that pass and two that fail, one at a
// label in Cyrillic with the bullets of a masked card number.
const consoleFeature = `Feature: The console of a run
  Scenario: Passes first
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"

  Scenario: Fails at a Russian label
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Карта •••• 4242 удалена"

  Scenario: Passes second
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"

  Scenario: Fails at an English label
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "No such text on any page"
`

// stepLine is a step's line in a scenario's block: its mark, its words
// and its duration.
var stepLine = regexp.MustCompile(`^\s+[✓✘−?] .*\d+(\.\d+)? m?s$`)

// summaryLine is the line that sums a run up.
var summaryLine = regexp.MustCompile(`(?m)^unbind: .*\d+ passed, \d+ failed`)

// A run at concurrency 2 prints each scenario whole as it ends, the
// failures with their steps lined up, no step definition of Go, and one
// summary; a shard of it sums up only its own share.
func TestConsoleOfARunAtConcurrencyTwo(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "console.feature")
	if err := os.WriteFile(feature, []byte(consoleFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		args      []string
		scenarios int
	}{
		{"the whole run", nil, 4},
		{"a shard", []string{"--shard", "2/2"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+strings.ReplaceAll(tc.name, " ", "-"))
			var stdout, stderr bytes.Buffer
			args := append([]string{"run", "--concurrency", "2", "--step-timeout", "8s", "--out", out}, tc.args...)
			code := run(context.Background(), append(args, feature), &stdout, &stderr)
			console := stdout.String()
			if code != exitFailed {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFailed, console, stderr.String())
			}
			checkConsole(t, console, tc.scenarios)
			// The rerun keeps the flags that are not the run's choice of
			// scenarios (--shard), in the order flags are listed.
			want := " run --concurrency 2 --out " + out + " --step-timeout 8s @" + filepath.Join(out, "rerun.txt")
			if !strings.Contains(console, want) {
				t.Errorf("the console does not say how to run the failures again, as %q:\n%s", want, console)
			}
		})
	}
}

// checkConsole checks the console of a run of n scenarios of
// consoleFeature.
func checkConsole(t *testing.T, console string, n int) {
	t.Helper()
	if strings.Contains(console, ".go:") || strings.Contains(console, "harness") {
		t.Errorf("the console names step definitions:\n%s", console)
	}
	if got := len(summaryLine.FindAllString(console, -1)); got != 1 || strings.Contains(console, "scenarios (") {
		t.Errorf("%d summaries, want one:\n%s", got, console)
	}
	blocks := scenarioBlocks(console)
	if len(blocks) != n {
		t.Errorf("%d scenario lines, want %d:\n%s", len(blocks), n, console)
	}
	for _, b := range blocks {
		checkBlock(t, b, console)
	}
	if !strings.Contains(console, "Failures:") || !strings.Contains(console, "evidence: ") {
		t.Errorf("the console lists no failure with its evidence:\n%s", console)
	}
}

// scenarioBlocks cuts the lines the console prints as scenarios end into
// one block per scenario: its line, then the indented lines under it.
func scenarioBlocks(console string) [][]string {
	var blocks [][]string
	for _, line := range strings.Split(console, "\n") {
		switch {
		case strings.HasPrefix(line, "["):
			blocks = append(blocks, []string{line})
		case strings.HasPrefix(line, " ") && len(blocks) > 0 && !strings.HasPrefix(strings.TrimSpace(line), "1)"):
			blocks[len(blocks)-1] = append(blocks[len(blocks)-1], line)
		default:
			if len(blocks) > 0 && line == "" {
				return blocks
			}
		}
	}
	return blocks
}

// checkBlock checks that a scenario's block holds its own steps only, whole,
// lined up.
func checkBlock(t *testing.T, b []string, console string) {
	t.Helper()
	head := b[0]
	failed := strings.Contains(head, "✘")
	switch {
	case strings.Contains(head, "Fails at a Russian label"):
		wantLines(t, b, console, `Then I should see "Карта •••• 4242 удалена"`)
	case strings.Contains(head, "Fails at an English label"):
		wantLines(t, b, console, `Then I should see "No such text on any page"`)
	case strings.Contains(head, "Passes"):
		if failed || len(b) != 1 {
			t.Errorf("a passing scenario's block is not its line alone: %q\n%s", b, console)
		}
		return
	default:
		t.Errorf("a scenario line of no scenario: %q\n%s", head, console)
		return
	}
	// its line, three steps, the error (with its notes, such as the
	// nearest labels of a text in no glossary, on lines of their own)
	if !failed || len(b) < 5 || !stepLine.MatchString(b[3]) || stepLine.MatchString(b[4]) {
		t.Errorf("a failed scenario's block is not its line, its steps and the error: %q\n%s", b, console)
	}
	var ends []int
	for _, line := range b[1:4] {
		if i := strings.LastIndex(line, "  "); i > 0 && strings.HasSuffix(line, " s") || strings.HasSuffix(line, " ms") {
			ends = append(ends, runewidth.StringWidth(line[:strings.LastIndex(line, "  ")]))
		}
	}
	for _, e := range ends {
		if e != ends[0] {
			t.Errorf("the durations of the steps do not line up (columns %v):\n%s", ends, strings.Join(b, "\n"))
			break
		}
	}
}

// wantLines checks that the block has the step and none of the other
// failing scenario's.
func wantLines(t *testing.T, b []string, console, step string) {
	t.Helper()
	joined := strings.Join(b, "\n")
	if !strings.Contains(joined, step) {
		t.Errorf("the block of %q lacks its step %q:\n%s", b[0], step, console)
	}
	for _, other := range []string{"Карта •••• 4242 удалена", "No such text on any page"} {
		if !strings.Contains(step, other) && strings.Contains(joined, other) {
			t.Errorf("the block of %q has another scenario's step:\n%s", b[0], console)
		}
	}
}

// --format junit:- writes junit.xml to stdout and nothing else, valid
// against the Jenkins schema; the console goes to stderr.
func TestFormatJUnitToStdout(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "console.feature")
	if err := os.WriteFile(feature, []byte(consoleFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"run", "--format", "junit:-", "--concurrency", "2", "--step-timeout", "8s", "--out", out, feature}, &stdout, &stderr)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFailed, stdout.String(), stderr.String())
	}
	var doc struct {
		XMLName xml.Name `xml:"testsuites"`
		Tests   int      `xml:"tests,attr"`
	}
	if err := xml.Unmarshal(stdout.Bytes(), &doc); err != nil || doc.Tests != 4 {
		t.Fatalf("stdout is not the JUnit XML of 4 scenarios (%v):\n%s", err, stdout.String())
	}
	if !strings.HasPrefix(stdout.String(), "<?xml") {
		t.Errorf("stdout has more than the XML:\n%s", stdout.String())
	}
	file := filepath.Join(dir, "stdout.xml")
	if err := os.WriteFile(file, stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	validateJUnit(t, file)
	if !strings.Contains(stdout.String(), "[[ATTACHMENT|") {
		t.Errorf("the JUnit XML names no evidence for the attachments plugin:\n%s", stdout.String())
	}
	checkConsole(t, stderr.String(), 4)
	// run, report and merge name the suite alike
	again := filepath.Join(dir, "again")
	if code := run(context.Background(), []string{"report", "--out", again, filepath.Join(out, "cucumber.ndjson")}, io.Discard, io.Discard); code != exitFailed {
		t.Fatalf("report: exit %d, want %d", code, exitFailed)
	}
	for _, xmlText := range []string{stdout.String(), readFile(t, filepath.Join(out, "junit.xml")), readFile(t, filepath.Join(again, "junit.xml"))} {
		if !strings.Contains(xmlText, `<testsuites name="unbind" `) {
			t.Errorf("a JUnit XML names its suite otherwise than unbind:\n%s", xmlText[:min(len(xmlText), 300)])
		}
	}
}
