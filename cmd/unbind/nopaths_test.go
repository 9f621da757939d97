package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A run given the absolute path of a feature file writes reports that name
// no absolute path of the machine: not the report folder, not the working
// folder or the module, nor any path under /home, /tmp or /work. The
// feature is named relative to the working folder, evidence relative to
// the report folder, step definitions relative to the module, so that the
// reports read the same on every machine and leak none of its folders.
func TestReportsNameNoAbsolutePath(t *testing.T) {
	feature, err := filepath.Abs(filepath.Join("testdata", "nopaths", "nopaths.feature"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"run", "--format", "progress", "--out", out, feature}, &stdout, &stderr)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d (one scenario fails, to keep evidence)\n%s\n%s", code, exitFailed, stdout.String(), stderr.String())
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	module, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	forbidden := []string{out, filepath.Dir(out), wd, module, "/home/", "/tmp/", "/work/"}
	for _, name := range []string{"cucumber.ndjson", "junit.xml", "cucumber.json"} {
		report := readFile(t, filepath.Join(out, name))
		for _, p := range forbidden {
			if i := strings.Index(report, p); i >= 0 {
				t.Errorf("%s names %q: …%s…", name, p, report[max(i-60, 0):min(i+len(p)+60, len(report))])
			}
		}
	}
	// The reports still name what they did name, only relatively.
	messages := readFile(t, filepath.Join(out, "cucumber.ndjson"))
	for _, want := range []string{`"uri":"testdata/nopaths/nopaths.feature"`, `"uri":"steps/buyers.go"`, `"url":"evidence/nopaths/`} {
		if !strings.Contains(messages, want) {
			t.Errorf("cucumber.ndjson lacks %s", want)
		}
	}
}
