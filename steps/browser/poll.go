package browser

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Pauses between two looks at the page while waiting for a condition: short
// at first, so a page that is ready costs little, then longer, so a slow page
// is not flooded with queries.
const (
	firstPause = 5 * time.Millisecond
	maxPause   = 200 * time.Millisecond
)

// poll calls check until it reports done or fails, or until ctx ends, in
// which case it returns ctx's error. Between two calls it pauses with a
// growing backoff, or less when wake (which may be nil) fires: wake returns a
// channel that closes when something worth another look happened.
func poll(ctx context.Context, wake func() <-chan struct{}, check func() (bool, error)) error {
	pause := firstPause
	for {
		var woken <-chan struct{}
		if wake != nil {
			woken = wake()
		}
		done, err := check()
		if err != nil || done {
			return err
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-woken:
		case <-t.C:
		}
		t.Stop()
		pause = min(pause*2, maxPause)
	}
}

// Eventually runs check until it passes or ctx ends, and then returns
// check's last failure, with the pauses of the session's own waits between
// two tries. It is for checks outside the page, such as the records of the
// simulated sites: the page may still be sending the request that changes
// them, since a click returns when the browser has the click, not when the
// server has the form.
func Eventually(ctx context.Context, check func() error) error {
	var last error
	err := poll(ctx, nil, func() (bool, error) {
		last = check()
		return last == nil, nil
	})
	if err != nil {
		return last
	}
	return nil
}

// waitErr turns the end of a wait into an error that says how long the
// action had waited: "timed out after 10s" for a deadline. The action's start
// is taken from ctx (see withStepTimeout), else started. The error wraps
// err, so errors.Is(err, context.DeadlineExceeded) still holds.
func waitErr(ctx context.Context, err error, started time.Time) error {
	if t, ok := ctx.Value(actionStartKey{}).(time.Time); ok {
		started = t
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &waitError{verb: "timed out", after: roundWait(waited(ctx, started)), err: err}
	case errors.Is(err, context.Canceled):
		return &waitError{verb: "cancelled", after: roundWait(time.Since(started)), err: err}
	}
	return err
}

// waited is how long a wait that hit ctx's deadline was given: from started
// to the deadline, not to the moment a busy machine got round to noticing.
func waited(ctx context.Context, started time.Time) time.Duration {
	if d, ok := ctx.Deadline(); ok && d.After(started) {
		return d.Sub(started)
	}
	return time.Since(started)
}

// waitError is a wait that ended before its condition held.
type waitError struct {
	verb  string
	after time.Duration
	err   error
}

func (e *waitError) Error() string { return fmt.Sprintf("%s after %s", e.verb, e.after) }
func (e *waitError) Unwrap() error { return e.err }

// roundWait rounds a waiting time for a person to read.
func roundWait(d time.Duration) time.Duration {
	if d >= time.Second {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(10 * time.Millisecond)
}

// StepContext is the context of a step that has d to do its work: its
// deadline d from now, and now as the start its waits say they waited from
// ("timed out after 10s" for a step of 10s, whatever part of it the wait
// that ran out began at); within a step that has a start, its start.
func StepContext(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Value(actionStartKey{}).(time.Time); !ok {
		ctx = context.WithValue(ctx, actionStartKey{}, time.Now())
	}
	return context.WithTimeout(ctx, d)
}

// timedOut is err said as a wait that ran out of ctx's deadline ("timed out
// after 10s"), where it is the bare context error of a call that ran out
// and not a wait that already says so.
func timedOut(ctx context.Context, err error) error {
	var w *waitError
	if err == nil || errors.As(err, &w) || !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return waitErr(ctx, err, time.Now())
}

// actionStartKey keys the time an action started in its context.
type actionStartKey struct{}

// withStepTimeout starts an action: it notes the time, and gives ctx the
// step deadline if it has none.
func withStepTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Value(actionStartKey{}).(time.Time); !ok {
		ctx = context.WithValue(ctx, actionStartKey{}, time.Now())
	}
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, d)
}

// afterwards returns a short context for reporting on a step whose own
// context may already have ended: the URL of the page in an error, for
// example.
func afterwards(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
}
