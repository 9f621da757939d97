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

// LaunchOptions says how to start what a run needs: the browser as
// browser.Options says (its host map is set to the sim), where the sim
// listens, and how the harness keeps evidence and which steps of a caller's
// own it adds.
type LaunchOptions struct {
	// Browser is how the browser starts and behaves: its binary or remote
	// URL, headless or not, the step and start deadlines, isolation. Its
	// HostMap is filled in with the sim's address.
	Browser browser.Options
	// SimAddr is where the embedded sim listens; loopback on a free port when empty.
	SimAddr string
	// Evidence says where evidence goes.
	Evidence EvidenceOptions
	// Steps are steps of the caller's own, added to the vocabulary.
	Steps []Step
	// Profile, when set, chooses the site profile of the scenarios of a
	// feature file (by its URI) instead of their @profile tags; ok false
	// leaves the tags to choose. unbind matrix runs one article under
	// each profile this way.
	Profile func(uri string) (profile string, ok bool)
	// Places says where the sites show a label (Harness.Places).
	Places func(ctx context.Context, label string) (shown string, places []LabelPlace)
	// Sim is how the embedded sim is built. When screenshots are compared
	// with baselines and it sets no clock, every world's clock stands at
	// BaselineTime(), so that no page shows the time of the run.
	Sim sim.Options
}

// BaselineTime is where world clocks stand in a run that compares
// screenshots with baselines: the mail, texts and history of every run
// carry the same times. Steps that move the clock still move it.
func BaselineTime() time.Time { return time.Date(2026, time.June, 1, 9, 30, 0, 0, time.UTC) }

// Launched is a running sim and browser with the harness bound to them.
type Launched struct {
	Harness *Harness
	Server  *sim.Server
	close   []func() error
}

// Launch starts the embedded sim on a listener and one Chromium whose
// documented hosts resolve to it, and binds a Harness to both.
func Launch(ctx context.Context, o LaunchOptions) (*Launched, error) {
	so := o.Sim
	if o.Evidence.Baseline.Dir != "" && so.Clock == nil {
		so.Clock = BaselineTime
	}
	s := sim.New(so)
	srv, err := sim.Listen(o.SimAddr, s)
	if err != nil {
		return nil, fmt.Errorf("starting the simulated sites: %w", err)
	}
	l := &Launched{Server: srv, close: []func() error{srv.Close}}
	l.Harness = &Harness{Sim: s, Evidence: o.Evidence, Steps: o.Steps, Logf: o.Browser.Logf, Profile: o.Profile, Places: o.Places}
	// The vocabulary, labels and glossaries are read while the browser
	// starts: neither needs the other.
	loaded := make(chan error, 1)
	go func() { loaded <- l.Harness.load() }()
	bo := o.Browser
	bo.HostMap = HostMap(srv.Addr())
	b, err := browser.Start(ctx, bo)
	if err != nil {
		// A start cut short (a signal) does not wait for the reading, which
		// nothing will use: the run reports its scenarios not run at once.
		if ctx.Err() == nil {
			<-loaded
		}
		return nil, errors.Join(err, l.Close())
	}
	loadErr := <-loaded
	l.close = append(l.close, b.Close)
	l.Harness.Browser = b
	if loadErr == nil {
		loadErr = l.Harness.Prepare()
	}
	if err := loadErr; err != nil {
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
