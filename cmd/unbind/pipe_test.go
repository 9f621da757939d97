package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A console piped into a command that stops reading (unbind run | head -2)
// must not end the run: the scenarios all run, the reports are written and
// the exit status is the run's, as with no console at all.
func TestABrokenConsolePipeDoesNotEndTheRun(t *testing.T) {
	passing, _, _ := strings.Cut(shardFeature, "  Scenario: Four fails")
	dir := t.TempDir()
	feature := filepath.Join(dir, "shards.feature")
	if err := os.WriteFile(feature, []byte(passing), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close() // nobody reads: every write to the console fails
	cmd := unbindCommand(t, "run", "--out", out, feature)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	err = cmd.Run()
	w.Close()
	if err != nil {
		t.Fatalf("unbind run with its console's reader gone: %v\n%s", err, stderr.String())
	}
	junit, err := os.ReadFile(filepath.Join(out, "junit.xml"))
	if err != nil {
		t.Fatalf("no report: %v\n%s", err, stderr.String())
	}
	if n := strings.Count(string(junit), "<testcase "); n != 4 {
		t.Errorf("junit.xml has %d test cases, want the 4 of the feature:\n%s", n, junit)
	}
}
