package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/record"
)

// The rerun file names a failed outline row by its own line, which selects
// that row again and not its passing siblings; a plain scenario by its
// keyword's line; each once.
func TestRerunListNamesTheRowThatFailed(t *testing.T) {
	step := func(s record.Status) []*record.Step { return []*record.Step{{Text: "x", Status: s}} }
	rec := &record.Run{Features: []*record.Feature{{URI: "f.feature", Scenarios: []*record.Scenario{
		{URI: "f.feature", Line: 3, Steps: step(record.StatusFailed)},
		{URI: "f.feature", Line: 7, Example: &record.ExampleRow{Line: 12}, Steps: step(record.StatusPassed)},
		{URI: "f.feature", Line: 7, Example: &record.ExampleRow{Line: 13}, Steps: step(record.StatusFailed)},
		{URI: "f.feature", Line: 7, Example: &record.ExampleRow{Line: 14}, Steps: step(record.StatusUndefined)},
	}}}}
	if got, want := RerunList(rec), "f.feature:3\nf.feature:13\nf.feature:14\n"; got != want {
		t.Errorf("RerunList = %q, want %q", got, want)
	}
}

// A rerun file names its features as the run that wrote it was given them,
// relative to the folder it ran in. Started elsewhere, a rerun finds them
// relative to the folder that holds the report folder (where a run writes
// it by default), and a name it finds in neither is refused with both
// places said.
func TestRerunFromAnotherFolder(t *testing.T) {
	work := t.TempDir()
	if err := os.WriteFile(filepath.Join(work, "p09.feature"), []byte("Feature: f\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(work, "reports")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	rerun := filepath.Join(out, RerunFile)
	if err := os.WriteFile(rerun, []byte("p09.feature:4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	got, ok, err := ExpandRerun([]string{"@" + rerun})
	if err != nil || !ok || len(got) != 1 || got[0] != filepath.Join(work, "p09.feature")+":4" {
		t.Fatalf("ExpandRerun = %q, %v, %v; want the feature beside the report folder", got, ok, err)
	}
	if err := os.WriteFile(rerun, []byte("gone.feature:4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = ExpandRerun([]string{"@" + rerun})
	if err == nil || !strings.Contains(err.Error(), "gone.feature") || !strings.Contains(err.Error(), work) {
		t.Errorf("a feature in neither place: %v, want an error naming it and where it was looked for", err)
	}
}
