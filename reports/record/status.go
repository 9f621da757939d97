package record

import (
	"fmt"
	"strings"
	"time"
)

// rank orders statuses from best to worst; a scenario takes the worst status
// of its steps.
func (s Status) rank() int {
	switch s {
	case StatusPassed:
		return 0
	case StatusSkipped:
		return 1
	case StatusPending:
		return 3
	case StatusUndefined:
		return 4
	case StatusAmbiguous:
		return 5
	case StatusFailed:
		return 6
	}
	return 2 // unknown
}

// Failing reports whether s fails a run. Runs are strict: undefined, pending
// and ambiguous steps fail like failed ones.
func (s Status) Failing() bool {
	switch s {
	case StatusFailed, StatusAmbiguous, StatusUndefined, StatusPending:
		return true
	}
	return false
}

// Worse reports whether s is a worse result than o, in the order passed,
// skipped, unknown, pending, undefined, ambiguous, failed.
func (s Status) Worse(o Status) bool {
	return s.rank() > o.rank()
}

// Status is the worst status of the scenario's steps; a scenario without
// steps is undefined.
func (sc *Scenario) Status() Status {
	if len(sc.Steps) == 0 {
		return StatusUndefined
	}
	st := StatusPassed
	for _, step := range sc.Steps {
		if step.Status.Worse(st) {
			st = step.Status
		}
	}
	return st
}

// FailingStep is the first step whose status fails the scenario, or nil.
func (sc *Scenario) FailingStep() *Step {
	for _, step := range sc.Steps {
		if step.Status.Failing() {
			return step
		}
	}
	return nil
}

// StepTexts are the texts of the scenario's steps, keywords left out.
func (sc *Scenario) StepTexts() []string {
	texts := make([]string, len(sc.Steps))
	for i, st := range sc.Steps {
		texts[i] = st.Text
	}
	return texts
}

// Duration is the time from the scenario's start to its end, or the sum of
// its steps when those times are not known.
func (sc *Scenario) Duration() time.Duration {
	if !sc.Started.IsZero() && sc.Finished.After(sc.Started) {
		return sc.Finished.Sub(sc.Started)
	}
	var d time.Duration
	for _, step := range sc.Steps {
		d += step.Duration
	}
	return d
}

// SourceLine is the line a scenario comes from: its example row for an
// outline row, else its Scenario line.
func (sc *Scenario) SourceLine() int {
	if sc.Example != nil {
		return sc.Example.Line
	}
	return sc.Line
}

// Location is "uri:line" of the scenario's source line.
func (sc *Scenario) Location() string {
	return fmt.Sprintf("%s:%d", sc.URI, sc.SourceLine())
}

// Label is the step as written: keyword and text.
func (st *Step) Label() string {
	return strings.TrimSpace(st.Keyword + st.Text)
}

// Label names an outline row within its outline: "example #1.2".
func (ex *ExampleRow) Label() string {
	return fmt.Sprintf("example #%d.%d", ex.Block, ex.Index)
}

// Duration is the wall time of the feature's scenarios, from the first
// one's start to the last one's end: at most the run's, however many ran at
// once. A feature with a scenario not timed is timed by the sum of its
// scenarios'.
func (f *Feature) Duration() time.Duration {
	var first, last time.Time
	var sum time.Duration
	timed := len(f.Scenarios) > 0
	for _, sc := range f.Scenarios {
		sum += sc.Duration()
		if sc.Started.IsZero() || sc.Finished.IsZero() {
			timed = false
			continue
		}
		if first.IsZero() || sc.Started.Before(first) {
			first = sc.Started
		}
		if sc.Finished.After(last) {
			last = sc.Finished
		}
	}
	if !timed {
		return sum
	}
	return last.Sub(first)
}

// Duration is the wall time of the run; for a run that has not finished, up
// to the end of the last scenario seen.
func (r *Run) Duration() time.Duration {
	end := r.Finished
	if end.IsZero() {
		end = r.lastSeen()
	}
	if r.Started.IsZero() || end.Before(r.Started) {
		return 0
	}
	return end.Sub(r.Started)
}

func (r *Run) lastSeen() time.Time {
	var last time.Time
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if sc.Finished.After(last) {
				last = sc.Finished
			}
		}
	}
	return last
}

// Counts is how many scenarios ended each way.
type Counts struct {
	Scenarios int
	Passed    int
	Failed    int // failing statuses: failed, undefined, pending, ambiguous
	Skipped   int
	Unknown   int // did not finish
	// Flaky are the passed scenarios that had failed before: they passed
	// when run again (unbind run --retries). They count as passed too.
	Flaky int
}

// Count tallies the scenarios of features.
func Count(features ...*Feature) Counts {
	var c Counts
	for _, f := range features {
		for _, sc := range f.Scenarios {
			c.Add(sc.Status())
			if sc.Flaky() {
				c.Flaky++
			}
		}
	}
	return c
}

// Add counts one scenario that ended with s.
func (c *Counts) Add(s Status) {
	c.Scenarios++
	switch {
	case s.Failing():
		c.Failed++
	case s == StatusPassed:
		c.Passed++
	case s == StatusSkipped:
		c.Skipped++
	default:
		c.Unknown++
	}
}

// Success reports whether every scenario of the run passed or was skipped.
func (r *Run) Success() bool {
	c := Count(r.Features...)
	return c.Failed == 0 && c.Unknown == 0 && !(r.FlakyFails && c.Flaky > 0) && len(r.MissingShards) == 0
}
