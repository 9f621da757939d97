package suite

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/intake"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/redact"
	"github.com/unbind/unbind/steps"
)

// Name is the name of the suite in every report of a run.
const Name = "unbind"

// Runner is a run ready to execute its plan: the sim and the browser are
// up, the vocabulary bound to them.
type Runner struct {
	o    Options
	plan *Plan
	l    *steps.Launched
	t    *testing.T // when set, scenarios run as its subtests
	// cut is when the run was interrupted; zero while it was not.
	cut cutTime
}

// cutTime is the instant a run was interrupted, safe to read while the
// scenarios running at once end.
type cutTime struct {
	mu sync.Mutex
	at time.Time
}

func (c *cutTime) set() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at = time.Now()
}

func (c *cutTime) get() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.at
}

// Start launches the embedded sim and the browser as o.Launch says, for
// plan (NewPlan(o)). Close the Runner when done with it.
//
// A run whose ctx ends while the browser starts (a signal) was started: it
// is a run, interrupted before its first scenario. Start then returns a
// Runner without a browser, whose Run reports every planned scenario as
// not run, as for a signal that comes later.
func Start(ctx context.Context, o Options, plan *Plan) (*Runner, error) {
	o = o.withDefaults()
	o.Order = plan.Order // with the seed the plan chose
	if o.Launch.Places == nil {
		o.Launch.Places = sitePlaces
	}
	l, err := steps.Launch(ctx, o.Launch)
	if err != nil {
		if ctx.Err() == nil {
			return nil, err
		}
		// Launch closed what it had started; no scenario will ask for a
		// browser or a world, since every one is skipped as interrupted.
		l = &steps.Launched{Harness: &steps.Harness{Evidence: o.Launch.Evidence, Steps: o.Launch.Steps}}
	}
	return &Runner{o: o, plan: plan, l: l}, nil
}

// Harness is the harness the runner's scenarios run in.
func (r *Runner) Harness() *steps.Harness { return r.l.Harness }

// Close stops the browser and the sim.
func (r *Runner) Close() error { return r.l.Close() }

// Result is what a run did.
type Result struct {
	// Run is the record of the run: every planned scenario, its steps,
	// their evidence; retried scenarios with their attempts.
	Run *record.Run
	// Interrupted says the run's context ended before every scenario ran:
	// the scenarios not run, and the step it cut, are skipped with the
	// reason "interrupted".
	Interrupted bool
	// Stopped says why the run stopped starting scenarios before the end
	// of its plan (Options.MaxFailures), "" when it did not: the scenarios
	// it did not start are not run, with the reason StoppedReason.
	Stopped string

	planned     int
	godogFailed bool // godog's own verdict, when no retry changed it
	failOnFlaky bool
	failOnDrift bool
}

// ErrFailed is the error of a run in which a scenario did not pass.
var ErrFailed = errors.New("a scenario did not pass")

// Empty is the result of a run with nothing to run, a shard with no share
// of the scenarios, say.
func Empty() *Result {
	now := time.Now()
	return &Result{Run: &record.Run{Name: Name, Started: now, Finished: now}}
}

// Err says why the run did not pass, or nil when it did: every planned
// scenario ran and passed (a flaky one too, unless Options.FailOnFlaky).
func (res *Result) Err() error {
	c := record.Count(res.Run.Features...)
	switch {
	case res.Interrupted:
		return errors.New("the run was interrupted")
	case res.planned > 0 && c.Scenarios == 0:
		return fmt.Errorf("no scenario ran, though the plan had %d: did the feature files change during the run?", res.planned)
	case c.Failed > 0 || c.Unknown > 0 || res.godogFailed:
		return fmt.Errorf("%w: %d of %d", ErrFailed, c.Scenarios-c.Passed-c.Flaky, c.Scenarios)
	case res.failOnFlaky && c.Flaky > 0:
		return fmt.Errorf("%d flaky scenarios fail the run (fail on flaky)", c.Flaky)
	case res.failOnDrift && len(record.Drifted(res.Run.Features...)) > 0:
		return fmt.Errorf("%s drifted from the baselines (fail on drift)", count(len(record.Drifted(res.Run.Features...)), "step"))
	}
	return nil
}

// Run executes every planned scenario once, gives those that failed at a
// step their retries, and returns the record. When ctx ends, the scenarios
// not started are skipped and the run ends as soon as the running ones
// see it; their record says so (Result.Interrupted).
func (r *Runner) Run(ctx context.Context) (*Result, error) {
	stop := context.AfterFunc(ctx, r.cut.set)
	defer stop()
	n := len(r.plan.Mine)
	if b := r.l.Harness.Browser; b == nil {
		fmt.Fprintf(r.o.Log, "unbind: %s, interrupted before the browser started\n", count(n, "scenario"))
	} else if what, err := b.Describe(ctx); err == nil {
		fmt.Fprintf(r.o.Log, "unbind: %s, %d at once, in %s\n", count(n, "scenario"), min(r.o.Concurrency, n), what)
	}
	var skipped notStarted
	budget := newFailureBudget(r.o.MaxFailures, r.plan.Runs)
	r.roundStarts(0, n)
	rec, status := r.round(ctx, r.plan.Runs, r.o.Format, r.o.Output, r.o.Launch.Evidence.Dir, &skipped, budget)
	r.endLine()
	if status == 2 {
		return nil, errors.New("godog could not run the features (status 2)")
	}
	explainUndefined(r.o.Output, rec, r.l.Harness.List())
	rec.FlakyFails = r.o.FailOnFlaky
	res := &Result{Run: rec, planned: n, godogFailed: status != 0, failOnFlaky: r.o.FailOnFlaky, failOnDrift: r.o.FailOnDrift}
	if res.Stopped = budget.stopped(); res.Stopped != "" {
		markStopped(rec, budget.skipped)
	} else if err := r.retry(ctx, res); err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		markInterrupted(rec, r.cut.get(), skipped.has)
		res.Interrupted = true
	}
	sayBaselines(r.o.Log, r.o.Launch.Evidence.Baseline, r.l.Harness.Baselines())
	return res, nil
}

// round is one godog run of the scenarios runs says yes to, with evidence
// under dir; it returns their record and godog's status.
// budget, when set, stops starting scenarios after its failures.
func (r *Runner) round(ctx context.Context, runs func(string) bool, format string, out io.Writer, dir string, skipped *notStarted, budget *failureBudget) (*record.Run, int) {
	col := intake.NewCollector()
	if r.o.Console != nil {
		col.Watch(consoleOf{r.o.Console, runs, r.cut.get})
	}
	h := r.l.Harness
	h.Evidence.Dir = dir
	h.Attach = col.Attach
	opts := r.o.godogOptions()
	opts.Format = col.FormatName()
	if format != "" {
		opts.Format = format + "," + opts.Format
	}
	if !r.o.Color {
		out = noColor{out}
	}
	if format == "pretty" || format == "progress" {
		out = &snippetCut{w: redact.Writer(out)} // godog's lines, card numbers and CVVs masked
	}
	opts.Output, opts.DefaultContext, opts.TestingT = out, ctx, r.t
	// A run interrupted before its browser started has neither a browser
	// nor a sim world to set a scenario up in: the harness skips every
	// scenario before it asks for one (the interruption skips them too).
	bound := runs
	if h.Browser == nil {
		bound = func(string) bool { return false }
	}
	var ran started
	setup := setup{d: setupTimeout(r.o.Launch.Browser)}
	suite := godog.TestSuite{
		Name: Name,
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Before(ran.hook)
			sc.Before(skipped.hook)
			sc.Before(budget.before)
			sc.Before(setup.begin)
			h.Bind(sc, bound)
			sc.Before(setup.end)
			sc.After(budget.after)
			col.InitScenario(sc)
		},
		Options: opts,
	}
	status := suite.Run()
	rec := col.Run()
	keepOnly(rec, runs)
	if r.t != nil {
		// go test -run picks some subtests: the scenarios it left out never
		// started, and are not part of this run.
		keepOnly(rec, ran.has)
	}
	return rec, status
}

// keepOnly removes from a record the scenarios the run was not to execute
// (godog saw them skipped: another shard runs them).
func keepOnly(r *record.Run, runs func(string) bool) {
	features := r.Features[:0]
	for _, f := range r.Features {
		f.Scenarios = slices.DeleteFunc(f.Scenarios, func(sc *record.Scenario) bool { return !runs(sc.ID) })
		if len(f.Scenarios) > 0 {
			features = append(features, f)
		}
	}
	r.Features = features
}

// Run plans, starts, runs and closes: the whole run of o in one call.
func Run(ctx context.Context, o Options) (*Result, error) {
	plan, err := NewPlan(o)
	if err != nil {
		return nil, err
	}
	r, err := Start(ctx, o, plan)
	if err != nil {
		return nil, err
	}
	res, err := r.Run(ctx)
	return res, errors.Join(err, r.Close())
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// endLine ends the console's line of progress marks, if it has one open,
// before the run prints a line of its own.
func (r *Runner) endLine() {
	if e, ok := r.o.Console.(interface{ EndLine() }); ok {
		e.EndLine()
	}
}
