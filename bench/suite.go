package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps/browser"
	"github.com/unbind/unbind/suite"
)

// pssEvery is how often the memory of the Chromium process tree is sampled.
const pssEvery = 200 * time.Millisecond

// runResult is what one run of the suite measured.
type runResult struct {
	isolation browser.Isolation
	wall      time.Duration   // from the first scenario's start to the last one's end
	scenarios []time.Duration // each scenario, isolation included
	failures  []string
	timings   []browser.Timing
	peakPSS   int64         // bytes; 0 when not sampled (a remote browser)
	cpu       time.Duration // CPU time of the harness, the sim and the browser it started
	load      string        // the machine's load average at the end of the run
	startup   time.Duration // reading the features and starting the sim and the browser
	closing   time.Duration // stopping them
}

// measure runs the suite o.runs times with reset contexts and, when
// o.fresh, as often with fresh ones, alternating them so that a drift of
// the machine affects both alike.
func measure(ctx context.Context, o options, progress io.Writer) ([]runResult, error) {
	kinds := []browser.Isolation{browser.IsolationReset}
	if o.fresh {
		kinds = append(kinds, browser.IsolationFresh)
	}
	var out []runResult
	for i := range o.runs {
		for _, iso := range kinds {
			fmt.Fprintf(progress, "bench: run %d of %d, %s contexts, concurrency %d ...", i+1, o.runs, iso, o.concurrency)
			r, err := runSuite(ctx, suiteOptions{paths: o.paths, concurrency: o.concurrency, chrome: o.chrome, isolation: iso})
			if err != nil {
				fmt.Fprintln(progress)
				return nil, err
			}
			fmt.Fprintf(progress, " %d scenarios in %s, %d failed\n", len(r.scenarios), r.wall.Round(10*time.Millisecond), len(r.failures))
			for _, f := range r.failures {
				fmt.Fprintf(progress, "bench:   FAILED %s\n", f)
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// suiteOptions say how to run the suite once.
type suiteOptions struct {
	paths       []string
	concurrency int
	chrome      string
	remote      string // a DevTools websocket of a browser to drive instead of starting one
	isolation   browser.Isolation
}

// runSuite runs the features once through the library `unbind run` uses,
// timing every scenario (from its record: isolation included) and
// everything the browser reports.
func runSuite(ctx context.Context, o suiteOptions) (runResult, error) {
	rec := &recorder{}
	cpuBefore := cpuTime()
	started := time.Now()
	so := suite.Options{Paths: o.paths, Concurrency: o.concurrency}
	so.Launch.Browser = browser.Options{
		ExecPath: o.chrome, RemoteURL: o.remote, Isolation: o.isolation, Observe: rec.observe,
	}
	plan, err := suite.NewPlan(so)
	if err != nil {
		return runResult{}, err
	}
	r, err := suite.Start(ctx, so, plan)
	if err != nil {
		return runResult{}, fmt.Errorf("launching the sim and the browser: %w", err)
	}
	startup := time.Since(started)
	var sampler *pssSampler
	if o.remote == "" {
		sampler = startPSS(os.Getpid(), pssEvery)
	}
	res, err := r.Run(ctx)
	closing := time.Now()
	closeErr := r.Close()
	closed := time.Since(closing)
	if err != nil {
		return runResult{}, errors.Join(err, closeErr)
	}
	out := rec.result(o.isolation, res.Run)
	out.startup, out.closing = startup, closed
	if sampler != nil {
		peak, err := sampler.stop()
		if err != nil {
			return out, fmt.Errorf("sampling the memory of the browser: %w", err)
		}
		out.peakPSS = peak
	}
	out.load = loadAverage()
	out.cpu = cpuTime() - cpuBefore
	if len(out.scenarios) == 0 {
		return out, errors.Join(fmt.Errorf("no scenario ran from %v", o.paths), closeErr)
	}
	return out, closeErr
}

// recorder collects the browser's timings of one run; the browser calls it
// from several goroutines.
type recorder struct {
	mu      sync.Mutex
	timings []browser.Timing
}

func (r *recorder) observe(t browser.Timing) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.timings = append(r.timings, t)
}

// result is what the run measured: from the record, each scenario's time
// and the time from the first one's start to the last one's end; the
// browser's timings; the scenarios that did not pass.
func (r *recorder) result(iso browser.Isolation, run *record.Run) runResult {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := runResult{isolation: iso, timings: r.timings}
	var first, last time.Time
	for _, f := range run.Features {
		for _, sc := range f.Scenarios {
			out.scenarios = append(out.scenarios, sc.Duration())
			if first.IsZero() || sc.Started.Before(first) {
				first = sc.Started
			}
			if sc.Finished.After(last) {
				last = sc.Finished
			}
			if st := sc.Status(); st != record.StatusPassed {
				out.failures = append(out.failures, fmt.Sprintf("%s (%s): %s", sc.Name, sc.Location(), st))
			}
		}
	}
	out.wall = last.Sub(first)
	return out
}
