package steps

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/steps/browser"
)

// LaunchOptions says how to start what a run needs.
type LaunchOptions struct {
	// Chrome is the browser binary. When empty it is $UNBIND_CHROME, else a
	// headless shell for a headless run, else a Chromium or Chrome on PATH.
	Chrome string
	// Remote is a DevTools websocket URL of a browser to drive instead of
	// starting one.
	Remote string
	// Headful shows the browser window.
	Headful bool
	// SimAddr is where the embedded sim listens; loopback on a free port when empty.
	SimAddr string
	// StepTimeout bounds every step.
	StepTimeout time.Duration
	// StartTimeout bounds the browser's start; see browser.Options.
	StartTimeout time.Duration
	// Isolation says how scenarios get their browser contexts: reset and
	// reused (the default) or fresh for each. See browser.Options.Isolation.
	Isolation browser.Isolation
	// Observe, when set, receives the browser's timings, for measurements.
	Observe func(browser.Timing)
	// Evidence says where evidence goes.
	Evidence EvidenceOptions
	// Logf receives progress lines.
	Logf func(format string, args ...any)
}

// Launched is a running sim and browser with the harness bound to them.
type Launched struct {
	Harness *Harness
	Server  *sim.Server
	close   []func() error
}

// Launch starts the embedded sim on a listener and one Chromium whose
// documented hosts resolve to it, and binds a Harness to both.
func Launch(ctx context.Context, o LaunchOptions) (*Launched, error) {
	s := sim.New(sim.Options{})
	srv, err := sim.Listen(o.SimAddr, s)
	if err != nil {
		return nil, fmt.Errorf("starting the simulated sites: %w", err)
	}
	l := &Launched{Server: srv, close: []func() error{srv.Close}}
	b, err := browser.Start(ctx, browser.Options{
		ExecPath:     o.Chrome,
		Headless:     !o.Headful,
		RemoteURL:    o.Remote,
		HostMap:      HostMap(srv.Addr()),
		StepTimeout:  o.StepTimeout,
		StartTimeout: o.StartTimeout,
		Isolation:    o.Isolation,
		Observe:      o.Observe,
		Logf:         o.Logf,
	})
	if err != nil {
		return nil, errors.Join(err, l.Close())
	}
	l.close = append(l.close, b.Close)
	l.Harness = &Harness{Browser: b, Sim: s, StepTimeout: o.StepTimeout, Evidence: o.Evidence, Logf: o.Logf}
	if err := l.Harness.Prepare(); err != nil {
		return nil, errors.Join(err, l.Close())
	}
	return l, nil
}

// Close stops the browser and the sim, last started first.
func (l *Launched) Close() error {
	var errs []error
	for i := len(l.close) - 1; i >= 0; i-- {
		errs = append(errs, l.close[i]())
	}
	l.close = nil
	return errors.Join(errs...)
}

// DefaultConcurrency is how many scenarios run at once unless told: one per
// CPU, at most four. A scenario waits on the browser for much of its time,
// so a second one uses a CPU the first leaves idle: on 2 CPUs the suite
// runs in about three quarters of the time at 2 as at 1, and no faster at
// 3 (BENCHMARKS.md). Each scenario run at once adds its browser context's
// pages, about 35 MB, to the browser's memory.
func DefaultConcurrency() int {
	return min(runtime.NumCPU(), maxDefaultConcurrency)
}

// maxDefaultConcurrency bounds DefaultConcurrency on a machine with many
// CPUs, where memory, not the CPUs, would limit the run.
const maxDefaultConcurrency = 4

// HostMap maps every documented host to the sim listening at addr.
func HostMap(addr string) map[string]string {
	m := make(map[string]string, len(sim.Hosts()))
	for _, h := range sim.Hosts() {
		m[h] = addr
	}
	return m
}
