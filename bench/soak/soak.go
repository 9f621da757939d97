package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// interruptGrace is how long an interrupted run has to write its reports
// before it is killed.
const interruptGrace = 15 * time.Second

// suiteRun is what one run of the suite gave.
type suiteRun struct {
	n         int
	out       string
	wall      time.Duration
	exit      int   // the binary's exit status; -1 when it did not exit by itself
	err       error // the run did not finish or left no record
	scenarios []scenarioRun
}

// tally is the soak's result so far.
type tally struct {
	mu       sync.Mutex
	runs     []suiteRun
	started  time.Time
	finished time.Time
}

// soak runs o.runs suite runs, o.atOnce at a time, until all ran or
// o.timeout is over.
func soak(ctx context.Context, o options, progress io.Writer) (*tally, error) {
	t := &tally{started: time.Now()}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return t, fmt.Errorf("making the report folder: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	fmt.Fprintf(progress, "soak: %d suite runs of %v, %d at once, each --concurrency %d: %d scenarios at once on %d cores (load factor %.1f)\n",
		o.runs, o.paths, o.atOnce, o.concurrency, o.atOnce*o.concurrency, o.cores, o.loadFactor())
	next := make(chan int)
	var wg sync.WaitGroup
	var printing sync.Mutex // one run's lines at a time, whole
	for range o.atOnce {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range next {
				r := runSuite(ctx, o, n)
				t.add(r)
				printing.Lock()
				r.printLine(progress, o.runs)
				printing.Unlock()
			}
		}()
	}
	feed(ctx, next, o.runs)
	wg.Wait()
	t.finished = time.Now()
	return t, nil
}

// feed hands out run numbers until all are taken or ctx ends.
func feed(ctx context.Context, next chan<- int, runs int) {
	defer close(next)
	for n := 1; n <= runs; n++ {
		select {
		case next <- n:
		case <-ctx.Done():
			return
		}
	}
}

func (t *tally) add(r suiteRun) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.runs = append(t.runs, r)
}

// runSuite runs the binary once into its own report folder and reads
// the record it wrote.
func runSuite(ctx context.Context, o options, n int) suiteRun {
	r := suiteRun{n: n, out: filepath.Join(o.out, fmt.Sprintf("run-%03d", n)), exit: -1}
	if err := os.RemoveAll(r.out); err != nil {
		r.err = fmt.Errorf("clearing %s: %w", r.out, err)
		return r
	}
	ctx, cancel := context.WithTimeout(ctx, o.runTimeout)
	defer cancel()
	args := append([]string{"run", "--concurrency", fmt.Sprint(o.concurrency), "--format", "progress", "--out", r.out}, o.paths...)
	cmd := exec.CommandContext(ctx, o.unbind, args...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGINT) }
	cmd.WaitDelay = interruptGrace
	log, err := os.Create(r.out + ".log")
	if err != nil {
		r.err = fmt.Errorf("creating the run's log: %w", err)
		return r
	}
	defer log.Close()
	cmd.Stdout, cmd.Stderr = log, log
	start := time.Now()
	runErr := cmd.Run()
	r.wall = time.Since(start)
	r.exit = cmd.ProcessState.ExitCode()
	r.scenarios, err = readNDJSON(filepath.Join(r.out, "cucumber.ndjson"))
	r.err = r.verdict(ctx, runErr, err)
	return r
}

// verdict is why the run counts as not finished, or nil: it was
// interrupted, left no record, or its exit status disagrees with its record.
func (r suiteRun) verdict(ctx context.Context, runErr, readErr error) error {
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted after %s (%w), see %s.log", r.wall.Round(time.Second), ctx.Err(), r.out)
	case runErr != nil && !errors.As(runErr, &exitErr):
		return fmt.Errorf("starting %s: %w", r.out, runErr)
	case readErr != nil:
		return fmt.Errorf("%w (exit %d), see %s.log", readErr, r.exit, r.out)
	case len(r.scenarios) == 0:
		return fmt.Errorf("no scenario recorded (exit %d), see %s.log", r.exit, r.out)
	case r.exit != 0 && len(r.failed()) == 0:
		return fmt.Errorf("exit %d with no failed scenario, see %s.log", r.exit, r.out)
	case r.exit == 0 && len(r.failed()) > 0:
		return fmt.Errorf("exit 0 with %d failed scenarios", len(r.failed()))
	}
	return nil
}

func (r suiteRun) failed() []scenarioRun {
	var out []scenarioRun
	for _, s := range r.scenarios {
		if s.failed() {
			out = append(out, s)
		}
	}
	return out
}

func (r suiteRun) printLine(w io.Writer, runs int) {
	fmt.Fprintf(w, "soak: run %d of %d: %d scenarios, %d failed, in %s (exit %d)\n",
		r.n, runs, len(r.scenarios), len(r.failed()), r.wall.Round(time.Second), r.exit)
	for _, s := range r.failed() {
		fmt.Fprintf(w, "soak:   FAILED %s %s: step %q: %s\n", s.where(), s.Name, s.Step, oneLine(s.Error))
	}
	if r.err != nil {
		fmt.Fprintf(w, "soak:   NOT FINISHED: %v\n", r.err)
	}
}

// ok reports whether every run finished and no scenario failed.
func (t *tally) ok() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, r := range t.runs {
		if r.err != nil || len(r.failed()) > 0 {
			return false
		}
	}
	return len(t.runs) > 0
}

// print writes the final tally and every failure, grouped by scenario,
// step and error.
func (t *tally) print(w io.Writer, o options) {
	t.mu.Lock()
	defer t.mu.Unlock()
	scenarios, notRun, failed, unfinished := 0, 0, 0, 0
	groups := map[string]int{}
	for _, r := range t.runs {
		for _, s := range r.scenarios {
			if s.ran() {
				scenarios++
			} else {
				notRun++
			}
		}
		failed += len(r.failed())
		if r.err != nil {
			unfinished++
		}
		for _, s := range r.failed() {
			groups[fmt.Sprintf("%s %s\n      step %q: %s", s.where(), s.Name, s.Step, oneLine(s.Error))]++
		}
	}
	fmt.Fprintf(w, "\nsoak: %d suite runs (%d not finished), %d scenario runs, %d failed (%d not run, interrupted); %d suites at once × --concurrency %d on %d cores = load factor %.1f; %s\n",
		len(t.runs), unfinished, scenarios, failed, notRun, o.atOnce, o.concurrency, o.cores, o.loadFactor(), t.finished.Sub(t.started).Round(time.Second))
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "soak:   %d× %s\n", groups[k], k)
	}
}

// oneLine is an error message on one line, cut to a readable length.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 400 {
		s = string(r[:400]) + "..."
	}
	return s
}
