package suite

import (
	"slices"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/record"
)

// What the signal cut is not run; what failed before it stays failed, and
// what passed stays passed.
func TestMarkInterrupted(t *testing.T) {
	at := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	before, after := at.Add(-time.Second), at.Add(time.Second)
	step := func(s record.Status, started time.Time) *record.Step {
		return &record.Step{Status: s, Started: started, Duration: 500 * time.Millisecond}
	}
	scenarios := []struct {
		why  string
		sc   *record.Scenario
		want []record.Status
		not  bool
	}{
		{"failed before the signal: a true failure", &record.Scenario{ID: "1", Finished: before, Steps: []*record.Step{
			step(record.StatusPassed, before.Add(-time.Second)), step(record.StatusFailed, before), step(record.StatusSkipped, time.Time{})}},
			[]record.Status{record.StatusPassed, record.StatusFailed, record.StatusSkipped}, false},
		{"cut by the signal", &record.Scenario{ID: "2", Finished: after, Steps: []*record.Step{
			step(record.StatusPassed, before), step(record.StatusFailed, at.Add(-100*time.Millisecond)), step(record.StatusSkipped, time.Time{})}},
			[]record.Status{record.StatusPassed, record.StatusSkipped, record.StatusSkipped}, true},
		{"a hook failed after the signal, the step's start unknown", &record.Scenario{ID: "3", Finished: after, Steps: []*record.Step{
			step(record.StatusFailed, time.Time{}), step(record.StatusSkipped, time.Time{})}},
			[]record.Status{record.StatusSkipped, record.StatusSkipped}, true},
		{"never started", &record.Scenario{ID: "4", Steps: []*record.Step{step(record.StatusSkipped, time.Time{})}},
			[]record.Status{record.StatusSkipped}, true},
		{"did not finish", &record.Scenario{ID: "5", Steps: []*record.Step{step(record.StatusPassed, before), step(record.StatusUnknown, before)}},
			[]record.Status{record.StatusPassed, record.StatusSkipped}, true},
	}
	r := &record.Run{Features: []*record.Feature{{}}}
	for _, s := range scenarios {
		r.Features[0].Scenarios = append(r.Features[0].Scenarios, s.sc)
	}
	markInterrupted(r, at, func(id string) bool { return id == "4" })
	for _, s := range scenarios {
		var got []record.Status
		for _, st := range s.sc.Steps {
			got = append(got, st.Status)
		}
		if !slices.Equal(got, s.want) || NotRun(s.sc) != s.not {
			t.Errorf("%s: steps %v, not run %v; want %v, %v", s.why, got, NotRun(s.sc), s.want, s.not)
		}
	}
}
