package suite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
)

// TestOpeningTheTabIsNotAStep: a scenario's browser session (its browser
// context and first tab) is its setup, not one of its steps: a step
// deadline far too short for opening a tab (1 ms, in fresh browser
// contexts, four scenarios at once) fails no scenario while opening it.
func TestOpeningTheTabIsNotAStep(t *testing.T) {
	var src strings.Builder
	src.WriteString("Feature: Sessions under a tiny step deadline\n")
	for _, n := range []string{"one", "two", "three", "four"} {
		src.WriteString("  Scenario: Scenario " + n + "\n    Given a buyer with a bound Visa card ending in 4242\n")
	}
	feature := filepath.Join(t.TempDir(), "tiny.feature")
	if err := os.WriteFile(feature, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	res := runAll(t, context.Background(), Options{Paths: []string{feature}, Concurrency: 4, Launch: steps.LaunchOptions{
		Browser: browser.Options{StepTimeout: time.Millisecond, Isolation: browser.IsolationFresh},
	}})
	if n := len(res.Run.Features); n != 1 || len(res.Run.Features[0].Scenarios) != 4 {
		t.Fatalf("the run has %d features, want 1 of 4 scenarios", n)
	}
	for name, err := range failures(res) {
		if strings.Contains(err, "opening a browser session") {
			t.Errorf("%s: the step deadline bounded opening its session: %s", name, err)
		}
	}
}

// TestSetupDeadlineEndsWithTheSetup: the hooks between setup.begin and
// setup.end see its deadline; the steps after get the context as it was
// before the setup (its deadline, its end and the cause of it), with the
// values the hooks added.
func TestSetupDeadlineEndsWithTheSetup(t *testing.T) {
	type hookKey struct{}
	parent, cancel := context.WithCancelCause(context.Background())
	before, stop := context.WithDeadline(parent, time.Now().Add(time.Hour))
	defer stop()
	s := setup{d: time.Minute}
	ctx, _ := s.begin(before, nil)
	if d, ok := ctx.Deadline(); !ok || time.Until(d) > time.Minute {
		t.Fatalf("the setup's hooks have the deadline %v, want a minute from now", d)
	}
	ctx = context.WithValue(ctx, hookKey{}, "set by a hook")
	ctx, _ = s.end(ctx, nil)
	want, _ := before.Deadline()
	if d, ok := ctx.Deadline(); !ok || !d.Equal(want) {
		t.Errorf("the steps have the deadline %v, want the one before the setup, %v", d, want)
	}
	if ctx.Err() != nil {
		t.Fatalf("the steps' context ended with the setup: %v", ctx.Err())
	}
	if v := ctx.Value(hookKey{}); v != "set by a hook" {
		t.Errorf("the value a setup hook added is %v", v)
	}
	why := errors.New("interrupted by SIGINT")
	cancel(why)
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the steps' context did not end with the one before the setup")
	}
	if got := context.Cause(ctx); got != why {
		t.Errorf("the steps' context ended because %v, want %v", got, why)
	}
}
