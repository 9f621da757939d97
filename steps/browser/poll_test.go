package browser

import (
	"context"
	"errors"
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
