package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A step no one defined is explained to someone who writes no Go: the
// console names the step, its line and the closest steps of the
// vocabulary, and points to `unbind steps`, instead of godog's Go snippets;
// the reports give the same reason.
func TestUndefinedStepNamesTheClosestSteps(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "typo.feature")
	src := "Feature: A typo\n  Scenario: Poke instead of click\n    Given a buyer with a bound Visa card ending in 4242\n    When I poke \"Remove card\"\n"
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"pretty", "progress"} {
		out := filepath.Join(dir, "out-"+format)
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"--format", format, "--out", out, feature}, &stdout, &stderr)
		console := stdout.String()
		if code != exitFailed {
			t.Errorf("%s: exit %d, want %d:\n%s\n%s", format, code, exitFailed, console, stderr.String())
		}
		for _, bad := range []string{"func ", "godog.ScenarioContext", "snippets"} {
			if strings.Contains(console, bad) {
				t.Errorf("%s: the console shows Go (%q):\n%s", format, bad, console)
			}
		}
		for _, want := range []string{`no step matches "When I poke \"Remove card\"" (` + feature + `:4)`, `And I click "Remove card"`, "'unbind steps' lists every step"} {
			if !strings.Contains(console, want) {
				t.Errorf("%s: the console does not say %q:\n%s", format, want, console)
			}
		}
		junit := readFile(t, filepath.Join(out, "junit.xml"))
		if !strings.Contains(junit, "no step of the vocabulary matches this text") || !strings.Contains(junit, `I click &#34;Remove card&#34;`) {
			t.Errorf("%s: junit.xml does not give the reason:\n%s", format, junit)
		}
	}
}
