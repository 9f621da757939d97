package steps

import (
	"context"
	"time"
)

// eventually runs check until it passes or ctx ends, and then returns the
// last failure. Checks through the sim's seam use it because a page may still
// be sending the request that changes what they look at: a click returns when
// the browser has the click, not when the server has the form.
func eventually(ctx context.Context, check func() error) error {
	const first, most = 5 * time.Millisecond, 200 * time.Millisecond
	delay := first
	timer := time.NewTimer(0)
	defer timer.Stop()
	<-timer.C
	for {
		err := check()
		if err == nil {
			return nil
		}
		timer.Reset(delay)
		select {
		case <-ctx.Done():
			return err
		case <-timer.C:
		}
		delay = min(2*delay, most)
	}
}
