package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/unbind/unbind/steps"
)

const cutRetryFeature = `Feature: A retry cut by the signal
  Scenario: Passes one
    Given a buyer with a bound Visa card ending in 4242

  Scenario: Fails, then its retry is cut
    Given a buyer with a bound Visa card ending in 4242
    Then it fails once, then its retry is interrupted

  Scenario: Passes two
    Given a buyer with a bound Visa card ending in 4242
`

// cutRetryStep fails the first time it runs; the second time, on the
// retry, it interrupts the run (as a SIGINT would) and waits for the
// interruption to reach it.
func cutRetryStep(interrupt func()) steps.Step {
	var runs atomic.Int32
	return steps.Step{
		Group:   "Test",
		Pattern: `^it fails once, then its retry is interrupted$`,
		Example: `Then it fails once, then its retry is interrupted`,
		Help:    "Fails, then interrupts the run on its retry.",
		Bind: func(*steps.Scenario) any {
			return func(ctx context.Context) error {
				if runs.Add(1) == 1 {
					return errors.New("the first attempt fails")
				}
				interrupt()
				<-ctx.Done()
				return ctx.Err()
			}
		},
	}
}

// TestInterruptedRetrySaysInterrupted: a signal during the retries exits
// 130 and the summary starts with "interrupted:", though it kept no
// scenario from running (the attempt it cut is not recorded: the scenario
// failed, as its last whole attempt did).
func TestInterruptedRetrySaysInterrupted(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "cut.feature")
	if err := os.WriteFile(feature, []byte(cutRetryFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	ctx = withExtraSteps(ctx, cutRetryStep(func() { cancel(interruption{sig: syscall.SIGINT, at: time.Now()}) }))
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"--no-color", "--retries", "3", "--concurrency", "1", "--out", filepath.Join(dir, "out"), feature}, &stdout, &stderr)
	t.Logf("stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	if code != 130 {
		t.Errorf("exit %d, want 130", code)
	}
	if want := "unbind: interrupted: 3 scenarios: 2 passed, 1 failed\n"; !strings.Contains(stdout.String(), want) {
		t.Errorf("the summary lacks %q", want)
	}
	if want := "unbind: retry 1 of 3 was interrupted"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q", want)
	}
}
