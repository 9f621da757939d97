package suite

import (
	"time"

	"github.com/unbind/unbind/reports/record"
)

// consoleOf tells a Console of the scenarios of a round it runs, not of
// those godog skips for it (another shard's, ones a retry leaves alone).
type consoleOf struct {
	c    Console
	runs func(id string) bool
	// cut is when the run was interrupted (zero while it was not): a
	// scenario the interruption cut is shown not run, as the record will
	// have it (markInterrupted), not failed.
	cut func() time.Time
}

// Step shows a step that fails once the run is interrupted as not run: the
// interruption cut it, as markInterrupted will record (cutBy).
func (w consoleOf) Step(pickleID string, s record.Status) {
	if !w.runs(pickleID) {
		return
	}
	if s.Failing() && !w.cut().IsZero() {
		s = record.StatusSkipped
	}
	w.c.Step(s)
}

func (w consoleOf) Scenario(sc *record.Scenario) {
	if !w.runs(sc.ID) {
		return
	}
	if at := w.cut(); !at.IsZero() {
		sc = cutCopy(sc, at)
	}
	w.c.Scenario(sc)
}

// cutCopy is the scenario as the interruption at at leaves it: its steps
// from the first it cut on not run (cutBy).
func cutCopy(sc *record.Scenario, at time.Time) *record.Scenario {
	cp := *sc
	cp.Steps = make([]*record.Step, len(sc.Steps))
	cut := false
	for i, st := range sc.Steps {
		s := *st
		if cut = cut || cutBy(sc, st, at); cut {
			s.Status, s.Error = record.StatusSkipped, NotRunReason
		}
		cp.Steps[i] = &s
	}
	return &cp
}

// roundStarts tells the console, if any, that a round of n scenarios
// starts: the run (attempt 0) or its attempt-th retry.
func (r *Runner) roundStarts(attempt, n int) {
	if r.o.Console != nil {
		r.o.Console.Round(attempt, n)
	}
}
