package suite

import (
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
