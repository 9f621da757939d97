package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
)

// notRunReason is the reason a report gives for a scenario, or the rest of
// one, that an interruption kept from running.
const notRunReason = "interrupted"

// interruption is why a run was cancelled: a signal, and when it came.
type interruption struct {
	sig syscall.Signal
	at  time.Time
}

func (i interruption) Error() string { return "interrupted by " + signalName(i.sig) }

// exitCode is the status shells give a command a signal ended: 128 + its
// number, so 130 for SIGINT and 143 for SIGTERM.
func (i interruption) exitCode() int { return 128 + int(i.sig) }

func signalName(sig syscall.Signal) string {
	switch sig {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// interruptedBy says whether ctx was cancelled by a signal, and which.
func interruptedBy(ctx context.Context) (interruption, bool) {
	var i interruption
	ok := errors.As(context.Cause(ctx), &i)
	return i, ok
}

// withSignals cancels the context it returns on the first SIGINT or
// SIGTERM, with the signal as its cause, so the run can end its reports and
// exit as the signal asks. A second signal exits at once.
func withSignals(parent context.Context, stderr io.Writer) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			i := interruption{sig: s.(syscall.Signal), at: time.Now()}
			fmt.Fprintf(stderr, "\nunbind: %v: stopping; the scenarios not run are reported as such (signal again to stop at once)\n", i)
			cancel(i)
		case <-done:
			return
		}
		select {
		case s := <-ch:
			os.Exit(interruption{sig: s.(syscall.Signal)}.exitCode())
		case <-done:
		}
	}()
	return ctx, func() { signal.Stop(ch); close(done); cancel(nil) }
}

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
// that the signal cut (the step running then, failed or unfinished because
// it was cancelled, and the steps after it), become skipped with the reason
// "interrupted". What finished before the signal keeps its result.
func markInterrupted(r *record.Run, at time.Time, skipped func(id string) bool) {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			cut := skipped(sc.ID)
			for _, st := range sc.Steps {
				cut = cut || cutBy(sc, st, at)
				if cut {
					st.Status, st.Error = record.StatusSkipped, notRunReason
				}
			}
		}
	}
}

// cutBy says whether the step's result comes from the interruption: it did
// not finish, or it failed at or after the instant the signal came (a step
// whose start is not known, one a hook failed, by its scenario's end).
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

// countNotRun is how many scenarios an interruption kept from running.
func countNotRun(r *record.Run) int {
	n := 0
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if notRun(sc) {
				n++
			}
		}
	}
	return n
}

// notRun says whether an interruption kept the scenario, or its end, from
// running.
func notRun(sc *record.Scenario) bool {
	for _, st := range sc.Steps {
		if st.Status == record.StatusSkipped && st.Error == notRunReason {
			return true
		}
	}
	return false
}
