package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
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

// runSuite launches the sim and a browser, as `unbind run` does, and runs
// the features once, timing every scenario and everything the browser
// reports.
func runSuite(ctx context.Context, o suiteOptions) (runResult, error) {
	rec := &recorder{started: map[string]time.Time{}, result: runResult{isolation: o.isolation}}
	cpuBefore := cpuTime()
	l, err := steps.Launch(ctx, steps.LaunchOptions{
		Chrome: o.chrome, Remote: o.remote, Isolation: o.isolation, Observe: rec.observe,
	})
	if err != nil {
		return runResult{}, fmt.Errorf("launching the sim and the browser: %w", err)
	}
	var sampler *pssSampler
	if o.remote == "" {
		sampler = startPSS(os.Getpid(), pssEvery)
	}
	suite := godog.TestSuite{
		Name: "bench",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Before(rec.scenarioStarts)
			l.Harness.InitializeScenario(sc)
			sc.After(rec.scenarioEnds)
		},
		Options: &godog.Options{
			Format: "progress", Output: io.Discard, Paths: o.paths, Concurrency: o.concurrency,
			Strict: true, DefaultContext: ctx,
		},
	}
	status := suite.Run()
	closeErr := l.Close()
	r := rec.done()
	if sampler != nil {
		peak, err := sampler.stop()
		if err != nil {
			return r, fmt.Errorf("sampling the memory of the browser: %w", err)
		}
		r.peakPSS = peak
	}
	r.load = loadAverage()
	r.cpu = cpuTime() - cpuBefore
	if status != 0 && len(r.failures) == 0 {
		r.failures = append(r.failures, fmt.Sprintf("the suite exited with status %d", status))
	}
	if len(r.scenarios) == 0 {
		return r, errors.Join(fmt.Errorf("no scenario ran from %v", o.paths), closeErr)
	}
	return r, closeErr
}

// recorder collects the timings of one run; godog and the browser call it
// from several goroutines.
type recorder struct {
	mu      sync.Mutex
	started map[string]time.Time // by pickle id
	first   time.Time
	last    time.Time
	result  runResult
}

func (r *recorder) observe(t browser.Timing) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.result.timings = append(r.result.timings, t)
}

func (r *recorder) scenarioStarts(ctx context.Context, sc *godog.Scenario) (context.Context, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Now()
	if r.first.IsZero() {
		r.first = now
	}
	r.started[sc.Id] = now
	return ctx, nil
}

func (r *recorder) scenarioEnds(ctx context.Context, sc *godog.Scenario, err error) (context.Context, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Now()
	r.last = now
	if start, ok := r.started[sc.Id]; ok {
		r.result.scenarios = append(r.result.scenarios, now.Sub(start))
	}
	if err != nil {
		r.result.failures = append(r.result.failures, fmt.Sprintf("%s (%s): %v", sc.Name, sc.Uri, err))
	}
	return ctx, nil
}

// done returns what the run measured.
func (r *recorder) done() runResult {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.result.wall = r.last.Sub(r.first)
	return r.result
}
