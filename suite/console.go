package suite

import "github.com/unbind/unbind/reports/record"

// consoleOf tells a Console of the scenarios of a round it runs, not of
// those godog skips for it (another shard's, ones a retry leaves alone).
type consoleOf struct {
	c    Console
	runs func(id string) bool
}

func (w consoleOf) Step(pickleID string, s record.Status) {
	if w.runs(pickleID) {
		w.c.Step(s)
	}
}

func (w consoleOf) Scenario(sc *record.Scenario) {
	if w.runs(sc.ID) {
		w.c.Scenario(sc)
	}
}

// roundStarts tells the console, if any, that a round of n scenarios
// starts: the run (attempt 0) or its attempt-th retry.
func (r *Runner) roundStarts(attempt, n int) {
	if r.o.Console != nil {
		r.o.Console.Round(attempt, n)
	}
}
