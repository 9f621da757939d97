package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every input the run cannot honour is refused with exit 2 before anything
// starts: no browser, and the previous run's reports stay as they were.
func TestRunRefusesBadInputBeforeStarting(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.feature")
	if err := os.WriteFile(good, []byte(brokenFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(dir, "long.feature")
	step := "    Given I open \"" + strings.Repeat("a", 70_000) + "\"\n"
	if err := os.WriteFile(long, []byte("Feature: long\n  Scenario: a long line\n"+step), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	docString := write("docstring.feature", "Feature: arguments\n  Scenario: a doc string nothing reads\n    Given a buyer with a bound Visa card ending in 4242\n    When I open \"https://intl.alipay.com/\"\n      \"\"\"\n      the card list opens\n      \"\"\"\n")
	table := write("table.feature", "Feature: arguments\n  Scenario: a table nothing reads\n    Given a buyer with a bound Visa card ending in 4242\n    Then the card ending in 4242 is listed\n      | a | b |\n")
	noDoc := write("nodoc.feature", "Feature: arguments\n  Scenario: a step without the doc string it reads\n    Given a buyer with a bound Visa card ending in 4242\n    Then the alert says:\n")
	empty := write("empty.feature", "Feature: no steps\n  Scenario: steps to come\n\n  Scenario: a step\n    Given a buyer with a bound Visa card ending in 4242\n")
	for _, tc := range []struct {
		why  string
		args []string
		want string
	}{
		{"a doc string under a step that takes none (it would pass unread)", []string{docString}, docString + ":4: `When I open \"https://intl.alipay.com/\"` takes no doc string, so the one under it (line 5) would be read by nothing"},
		{"a data table under a step that takes none", []string{table}, table + ":4: `Then the card ending in 4242 is listed` takes no data table, so the one under it (line 5) would be read by nothing"},
		{"a step without the doc string it reads", []string{noDoc}, noDoc + ":4: `Then the alert says:` reads a doc string under it, and has none"},
		{"a scenario with no steps (it would check nothing)", []string{empty}, empty + `:2: scenario "steps to come" has no steps`},
		{"a console format unbind does not have", []string{"--format", "nosuch", good}, `unknown format "nosuch"`},
		{"a report named without where it goes", []string{"--format", "junit", good}, "junit:- writes it to stdout"},
		{"two console formats", []string{"--format", "list,progress", good}, "one console format at a time"},
		{"two reports to stdout", []string{"--format", "junit:-", "--format", "cucumber:-", good}, "one report at a time can go to stdout"},
		{"a thousand browser contexts", []string{"--concurrency", "1000", good}, "--concurrency 1000: want 1 to 64"},
		{"no concurrency", []string{"--concurrency", "0", good}, "--concurrency 0"},
		{"a deadline of zero", []string{"--step-timeout", "0", good}, "--step-timeout 0s"},
		{"a negative deadline", []string{"--step-timeout", "-1s", good}, "--step-timeout -1s"},
		{"a browser start without a deadline", []string{"--start-timeout", "0", good}, "--start-timeout 0s"},
		{"a tag list ending in a comma", []string{"--tags", "@P1,", good}, `column 5: a tag should be here`},
		{"an empty term after &&", []string{"--tags", "@P1 && ", good}, `column 8: a tag should be here`},
		{"a bare negation", []string{"--tags", "~", good}, `column 2: "" is not a tag`},
		{"cucumber's syntax, one operator short", []string{"--tags", "@P1 and not", good}, "column 12: the expression ends"},
		{"cucumber's syntax, a parenthesis never closed", []string{"--tags", "@P1 and (@P2 or @P3", good}, `column 9: this "(" is never closed`},
		{"a step line over 64 KiB (the Gherkin parser dereferences nil)", []string{long}, long + ":3: the line is 70019 bytes long"},
		{"a sim address without a port", []string{"--sim-addr", "localhost", good}, "--sim-addr"},
		{"a browser that is no program", []string{"--chrome", filepath.Join(dir, "no-chrome"), good}, "--chrome"},
		{"a remote browser that is no websocket", []string{"--browser", "http://127.0.0.1:9222", good}, "--browser"},
	} {
		t.Run(tc.why, func(t *testing.T) {
			out := filepath.Join(dir, "out")
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			old := filepath.Join(out, "junit.xml")
			if err := os.WriteFile(old, []byte("the previous run's"), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"--out", out}, tc.args...), &stdout, &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitUsage, tc.want)
			}
			if strings.Contains(stderr.String(), "Chrome/") || strings.Contains(stderr.String(), "panic") {
				t.Errorf("the run started a browser, or panicked:\n%s", stderr.String())
			}
			if got := readFile(t, old); got != "the previous run's" {
				t.Errorf("a refused run changed the previous junit.xml to %q", got)
			}
		})
	}
}

// panicWriter fails every write with a panic, as a bug would.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("a bug") }

// A panic anywhere in the program is printed with its stack and exits with
// a status of its own, not the 2 of bad usage.
func TestPanicExitsWithItsOwnStatus(t *testing.T) {
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"help"}, panicWriter{}, &stderr)
	if code != exitPanic || !strings.Contains(stderr.String(), "panic: a bug") || !strings.Contains(stderr.String(), "goroutine") {
		t.Errorf("exit %d, stderr %q; want %d, the panic and its stack", code, stderr.String(), exitPanic)
	}
}
