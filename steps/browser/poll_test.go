package browser

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// A wait that hit its deadline says how long the deadline gave it, not how
// long the process took to notice: on a loaded machine the goroutine that
// reports may run a while after the deadline passed.
func TestWaitErrNamesTheDeadlineNotTheLateWakeUp(t *testing.T) {
	started := time.Now().Add(-10*time.Second - 300*time.Millisecond)
	ctx := context.WithValue(context.Background(), actionStartKey{}, started)
	ctx, cancel := context.WithDeadline(ctx, started.Add(10*time.Second))
	defer cancel()
	<-ctx.Done()
	err := waitErr(ctx, ctx.Err(), time.Now())
	if got, want := err.Error(), "timed out after 10s"; got != want {
		t.Errorf("waitErr = %q, want %q", got, want)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waitErr = %v, does not wrap context.DeadlineExceeded", err)
	}
}

// Eventually tries again until the check passes, and when time runs out it
// says why the check last failed rather than only that time ran out.
func TestEventually(t *testing.T) {
	tries := 0
	err := Eventually(stepCtx(t, 5*time.Second), func() error {
		if tries++; tries < 3 {
			return fmt.Errorf("try %d: not yet", tries)
		}
		return nil
	})
	if err != nil || tries != 3 {
		t.Errorf("Eventually = %v after %d tries, want nil after 3", err, tries)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tries = 0
	err = Eventually(ctx, func() error { tries++; return errors.New("the card is not there") })
	if err == nil || err.Error() != "the card is not there" || tries != 1 {
		t.Errorf("Eventually on an ended context = %v after %d tries, want the check's own error after one try", err, tries)
	}
}

// A wait that runs out of a step's deadline says the step's whole time,
// though it began part way through the step; a call that ran out says so
// in the same words, not as a bare context error.
func TestAStepsWaitSaysTheStepsDeadline(t *testing.T) {
	ctx, cancel := StepContext(context.Background(), 300*time.Millisecond)
	defer cancel()
	inner, icancel := withStepTimeout(ctx, 10*time.Second)
	defer icancel()
	<-inner.Done()
	if got := waitErr(inner, inner.Err(), time.Now()).Error(); got != "timed out after 300ms" {
		t.Errorf("the wait says %q, want the step's deadline", got)
	}
	if got := timedOut(inner, fmt.Errorf("evaluating in the page: %w", inner.Err())).Error(); got != "timed out after 300ms" {
		t.Errorf("a call that ran out says %q", got)
	}
}
