package suite

import (
	"testing"
	"time"

	"github.com/unbind/unbind/reports/record"
)

type seenConsole struct {
	scenarios []*record.Scenario
	steps     []record.Status
}

func (c *seenConsole) Round(int, int)               {}
func (c *seenConsole) Step(s record.Status)         { c.steps = append(c.steps, s) }
func (c *seenConsole) Scenario(sc *record.Scenario) { c.scenarios = append(c.scenarios, sc) }

// A step that fails once the run is interrupted is shown as its record
// will have it, not run, in the progress line too; before the interruption
// a failed step is shown failed.
func TestConsoleShowsAStepFailingAfterTheCutNotRun(t *testing.T) {
	var at time.Time
	c := &seenConsole{}
	w := consoleOf{c, func(string) bool { return true }, func() time.Time { return at }}
	w.Step("1", record.StatusFailed)
	at = time.Now()
	w.Step("1", record.StatusPassed)
	w.Step("1", record.StatusFailed)
	want := []record.Status{record.StatusFailed, record.StatusPassed, record.StatusSkipped}
	if len(c.steps) != len(want) {
		t.Fatalf("the console was told of %d steps, want %d", len(c.steps), len(want))
	}
	for i, s := range want {
		if c.steps[i] != s {
			t.Errorf("step %d is shown %s, want %s", i+1, c.steps[i], s)
		}
	}
}

// A scenario whose step failed because the run was interrupted under it
// is shown not run from that step on, as its record will say, never
// failed; one that failed before the interruption stays failed.
func TestConsoleShowsACutScenarioNotRun(t *testing.T) {
	at := time.Now()
	scenario := func(failedAt time.Time) *record.Scenario {
		return &record.Scenario{ID: "1", Steps: []*record.Step{
			{Status: record.StatusPassed, Started: failedAt.Add(-time.Second), Duration: time.Millisecond},
			{Status: record.StatusFailed, Started: failedAt, Duration: time.Millisecond, Error: "context canceled"},
			{Status: record.StatusSkipped},
		}}
	}
	c := &seenConsole{}
	w := consoleOf{c, func(string) bool { return true }, func() time.Time { return at }}
	cut := scenario(at)
	w.Scenario(cut)
	w.Scenario(scenario(at.Add(-time.Minute)))
	if got := c.scenarios[0].Status(); got == record.StatusFailed {
		t.Errorf("the scenario the interruption cut is shown %s", got)
	}
	if st := c.scenarios[0].Steps[1]; st.Status != record.StatusSkipped || st.Error != NotRunReason {
		t.Errorf("its cut step is shown %s (%q), want skipped, %q", st.Status, st.Error, NotRunReason)
	}
	if c.scenarios[0].Steps[0].Status != record.StatusPassed || cut.Steps[1].Status != record.StatusFailed {
		t.Error("the step before the cut changed, or the record itself was changed")
	}
	if got := c.scenarios[1].Status(); got != record.StatusFailed {
		t.Errorf("a scenario that failed before the interruption is shown %s, want failed", got)
	}
}
