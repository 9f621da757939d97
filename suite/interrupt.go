package suite

import (
	"context"
	"sync"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
)

// NotRunReason is the reason a report gives for a scenario, or the rest of
// one, that an interruption kept from running.
const NotRunReason = "interrupted"

// notStarted remembers the scenarios a run skipped because it had been
// interrupted before they started.
type notStarted struct {
	mu  sync.Mutex
	ids map[string]bool
}

// hook is a before-scenario hook that skips every scenario once ctx is done.
// It must run before the hooks that set a scenario up.
func (n *notStarted) hook(ctx context.Context, sc *godog.Scenario) (context.Context, error) {
	if ctx.Err() == nil {
		return ctx, nil
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ids == nil {
		n.ids = map[string]bool{}
	}
	n.ids[sc.Id] = true
	return ctx, godog.ErrSkip
}

func (n *notStarted) has(id string) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.ids[id]
}

// markInterrupted turns what an interruption at the instant at did to the
// run into "not run": a scenario that had not started, and the part of one
// that the interruption cut (the step running then, failed or unfinished
// because it was cancelled, and the steps after it), become skipped with
// the reason NotRunReason. What finished before keeps its result.
func markInterrupted(r *record.Run, at time.Time, skipped func(id string) bool) {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			cut := skipped(sc.ID)
			for _, st := range sc.Steps {
				cut = cut || cutBy(sc, st, at)
				if cut {
					st.Status, st.Error = record.StatusSkipped, NotRunReason
				}
			}
		}
	}
}

// cutBy says whether the step's result comes from the interruption: it did
// not finish, or it failed at or after the instant it came (a step whose
// start is not known, one a hook failed, by its scenario's end).
func cutBy(sc *record.Scenario, st *record.Step, at time.Time) bool {
	switch {
	case st.Status == record.StatusUnknown:
		return true
	case st.Status.Failing():
		end := st.Started.Add(st.Duration)
		if st.Started.IsZero() {
			end = sc.Finished
		}
		return !end.Before(at)
	}
	return false
}

// CountNotRun is how many scenarios an interruption kept from running.
func CountNotRun(r *record.Run) int {
	n := 0
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if NotRun(sc) {
				n++
			}
		}
	}
	return n
}

// NotRun says whether an interruption kept the scenario, or its end, from
// running.
func NotRun(sc *record.Scenario) bool {
	for _, st := range sc.Steps {
		if st.Status == record.StatusSkipped && (st.Error == NotRunReason || st.Error == StoppedReason) {
			return true
		}
	}
	return false
}

// started remembers the scenarios godog began: under go test, those whose
// subtest -run selected.
type started struct {
	mu  sync.Mutex
	ids map[string]bool
}

func (s *started) hook(ctx context.Context, sc *godog.Scenario) (context.Context, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids == nil {
		s.ids = map[string]bool{}
	}
	s.ids[sc.Id] = true
	return ctx, nil
}

func (s *started) has(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids[id]
}
