package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

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

// keepRunningOnBrokenPipes makes a write to a console nobody reads any more
// (unbind run | head -2) fail as a write, which the console drops, instead
// of ending the process with SIGPIPE before its reports are written. The
// signal is noticed, not ignored, so that the processes unbind starts get
// the default disposition.
func keepRunningOnBrokenPipes() {
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
}
