package steps

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
)

// seamScenario is a scenario with a world and no browser, for the steps
// that only read or change the world.
func seamScenario(t *testing.T, profile string) *Scenario {
	t.Helper()
	s := &Scenario{h: &Harness{timeout: 100 * time.Millisecond}}
	s.world = sim.New(sim.Options{}).NewWorld(sim.WorldOptions{Profile: profile})
	return s
}

// run calls a step's function with string or int arguments, as godog would.
func run(t *testing.T, step any, args ...any) error {
	t.Helper()
	ctx := context.Background()
	switch f := step.(type) {
	case func(context.Context) error:
		return f(ctx)
	case func(context.Context, string) error:
		return f(ctx, args[0].(string))
	case func(context.Context, int) error:
		return f(ctx, args[0].(int))
	case func(context.Context, string, string, string) error:
		return f(ctx, args[0].(string), args[1].(string), args[2].(string))
	case func(string) error:
		return f(args[0].(string))
	case func(string, string) error:
		return f(args[0].(string), args[1].(string))
	case func(string, string, string) error:
		return f(args[0].(string), args[1].(string), args[2].(string))
	}
	t.Fatalf("step function of an unexpected type %T", step)
	return nil
}

// stepCase is one call of a step function and what it should answer.
type stepCase struct {
	why     string
	step    any
	args    []any
	wantErr string // "" = passes
}

// checkSteps runs each case's step and checks that it passes, or fails
// saying what the case expects.
func checkSteps(t *testing.T, cases []stepCase) {
	t.Helper()
	for _, tc := range cases {
		err := run(t, tc.step, tc.args...)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.why, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: error %v, want one saying %q", tc.why, err, tc.wantErr)
		}
	}
}

// A step of a harness's own that unbind's vocabulary already has (its
// example matches one of unbind's steps, in any language) is refused
// before any scenario runs, naming both; one with words of its own is not.
func TestOwnStepThatIsUnbindsIsRefused(t *testing.T) {
	clash := Step{Group: "Mine", Pattern: `^the page title contains "([^"]*)"$`, Example: `Then the page title contains "Card"`,
		Help: "A title check of my own.", Bind: func(*Scenario) any { return func(string) error { return nil } }}
	h := &Harness{Steps: []Step{clash}}
	err := h.load()
	if err == nil || !strings.Contains(err.Error(), `is also unbind's step "the page title contains _"`) {
		t.Errorf("a step of my own that unbind has: %v", err)
	}
	clash.Pattern, clash.Example = `^the page title, kept as evidence, holds "([^"]*)"$`, `Then the page title, kept as evidence, holds "Card"`
	h = &Harness{Steps: []Step{clash}}
	if err := h.load(); err != nil {
		t.Errorf("a step with words of its own: %v", err)
	}
}
