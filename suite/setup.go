package suite

import (
	"context"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/steps/browser"
)

// setupTimeout bounds a scenario's setup, the before-scenario hooks that
// open its browser session (a browser context and its first tab) and give
// it its world: the larger of the step deadline and the browser's start
// deadline. Opening a tab is no step of the scenario, and takes longer
// than a short step deadline allows when several scenarios open theirs at
// once; a browser that stops answering meanwhile is found out by its
// watchdog, so the deadline can be generous.
func setupTimeout(o browser.Options) time.Duration {
	step := o.StepTimeout
	if step <= 0 {
		step = browser.DefaultStepTimeout
	}
	start := o.StartTimeout
	if start <= 0 {
		start = browser.DefaultStartTimeout
	}
	return max(step, start)
}

// setupKey holds, in the context the setup hooks run in, the context
// before the setup deadline and the deadline's cancel.
type setupKey struct{}

type setupStarted struct {
	before context.Context
	cancel context.CancelFunc
}

// setup gives the hooks registered between its begin and its end (the
// harness's, which open the scenario's session) the deadline d instead of
// none: without one, the browser bounds opening a session by the step
// deadline. The steps get the context without it again.
type setup struct{ d time.Duration }

func (s setup) begin(ctx context.Context, _ *godog.Scenario) (context.Context, error) {
	dctx, cancel := context.WithTimeout(ctx, s.d)
	return context.WithValue(dctx, setupKey{}, setupStarted{before: ctx, cancel: cancel}), nil
}

func (s setup) end(ctx context.Context, _ *godog.Scenario) (context.Context, error) {
	st, ok := ctx.Value(setupKey{}).(setupStarted)
	if !ok {
		return ctx, nil
	}
	st.cancel()
	// What the hooks put in the context stays; its end, with its cause,
	// and its deadline are those of the context before the setup again.
	out, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	stop := func() {}
	if d, ok := st.before.Deadline(); ok {
		out, stop = context.WithDeadline(out, d)
	}
	context.AfterFunc(st.before, func() {
		cancel(context.Cause(st.before))
		stop()
	})
	return context.WithValue(out, setupKey{}, nil), nil
}
