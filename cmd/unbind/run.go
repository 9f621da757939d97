package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/intake"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
)

// runOptions are the flags of `unbind run`.
type runOptions struct {
	tags        string
	concurrency int
	isolation   browser.Isolation
	out         string
	format      string
	headful     bool
	chrome      string
	remote      string
	stepTimeout time.Duration
	startLimit  time.Duration
	screenshots string
	simAddr     string
	shard       string
	durations   string
	docs        string
	paths       []string
	retry       retryOptions
	// evidence is where the run keeps evidence until its report set is
	// committed: inside the set being put together, not yet in out.
	evidence string
}

const runUsage = `Usage: unbind run [flags] [paths...]

Runs feature files (default: features) against the embedded simulated sites in
headless Chromium. Every scenario gets its own browser context and its own
world. Reports and evidence are written to the --out folder, which one run
holds at a time. The exit status is 0 when every scenario passed (a flaky
one, which passed only on a retry, too, unless --fail-on-flaky), 1 when one
failed (undefined, pending and ambiguous steps count as failures), 2 on bad
usage or input (refused before anything starts), 130 and 143 when SIGINT or
SIGTERM stopped the run (the scenarios not run are reported as interrupted),
70 on a bug in unbind.

Examples:
  unbind                                   run every feature
  unbind --tags @P2                        only the direct-link scenarios
  unbind --tags '@P1,@P3'                 My Alipay or the help center
  unbind --tags '@P2 && ~@locale:ru_RU' features/p02_direct_link.feature
  unbind run @out/rerun.txt                only what failed last time
  unbind --retries 2 --fail-on-flaky       two more attempts; passing late still fails
  unbind --format progress --out /tmp/r    dots, reports in /tmp/r
  unbind --headful --step-timeout 30s      watch it run
  UNBIND_CHROME=/opt/chrome/chrome unbind  use another browser

Flags:
`

func runCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseRunFlags(args, stderr)
	if !ok {
		return code
	}
	all, keep, err := o.plan()
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return exitUsage
	}
	if len(all) == 0 {
		fmt.Fprintf(stderr, "unbind: no scenario matched %s%s\n", strings.Join(o.paths, " "), tagNote(o.tags))
		return exitUsage
	}
	out, err := openOut(o.out, true)
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return exitUsage
	}
	defer out.close()
	if keep != nil && len(keep) == 0 {
		fmt.Fprintf(stdout, "unbind: shard %s has no scenario to run; its reports say so\n", o.shard)
		return finish(ctx, out, &record.Run{Name: "unbind", Started: time.Now(), Finished: time.Now()}, 0, o.docs, stdout, stderr)
	}
	o.evidence = out.evidence()
	result, status, stop, err := execute(ctx, o, len(all), keep, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return exitFailed
	}
	// The reports first, then the browser: a run stopped while its browser
	// closes (a CI runner's kill after its cancel) still has them.
	code = finish(ctx, out, result, status, o.docs, stdout, stderr)
	stop()
	if code == exitOK && record.Count(result.Features...).Scenarios == 0 {
		fmt.Fprintln(stderr, "unbind: no scenario ran, though the plan had some: the feature files changed during the run?")
		return exitFailed
	}
	return code
}

// execute runs the planned scenarios (only keep's when it is set, n of them
// in all otherwise) and returns their record, godog's status, and stop,
// which closes the browser and the sim.
func execute(ctx context.Context, o runOptions, n int, keep map[string]bool, stdout, stderr io.Writer) (_ *record.Run, status int, stop func(), _ error) {
	l, err := steps.Launch(ctx, steps.LaunchOptions{
		Chrome: o.chrome, Remote: o.remote, Headful: o.headful, SimAddr: o.simAddr,
		StepTimeout: o.stepTimeout, StartTimeout: o.startLimit, Isolation: o.isolation,
		Evidence: steps.EvidenceOptions{Dir: o.evidence, EveryStep: o.screenshots == "steps"},
	})
	if err != nil {
		return nil, 0, nil, err
	}
	stop = func() { l.Close() }
	defer func() {
		if p := recover(); p != nil {
			stop() // a bug must not leave the browser behind
			panic(p)
		}
	}()
	if keep != nil {
		n = len(keep)
	}
	if what, err := l.Harness.Browser.Describe(ctx); err == nil {
		fmt.Fprintf(stderr, "unbind: %d %s, %d at once, in %s\n", n, plural(n, "scenario", "scenarios"), min(o.concurrency, n), what)
	}
	col := intake.NewCollector()
	var skipped notStarted
	if keep != nil {
		l.Harness.Include = func(id string) bool { return keep[id] }
	}
	l.Harness.Attach = func(id string, a steps.Attachment) { col.Attach(id, record.Attachment(a)) }
	suite := godog.TestSuite{
		Name: "unbind",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Before(skipped.hook)
			l.Harness.InitializeScenario(sc)
			extraSteps(ctx)(sc)
			col.InitScenario(sc)
		},
		Options: &godog.Options{
			Format: o.format + "," + col.FormatName(), Paths: o.paths, Tags: o.tags,
			Concurrency: o.concurrency, Strict: true, Output: stdout, DefaultContext: ctx,
		},
	}
	status = suite.Run()
	result := col.Run()
	if keep != nil {
		dropScenarios(result, keep)
	}
	status = retryFailed(ctx, o, l, result, status, stdout, stderr)
	if intr, ok := interruptedBy(ctx); ok {
		markInterrupted(result, intr.at, skipped.has)
	}
	return result, status, stop, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// finish writes the run's report set, sums it up and says how the run ended.
func finish(ctx context.Context, out *outFolder, result *record.Run, status int, docs string, stdout, stderr io.Writer) int {
	if err := out.commit(result, docs); err != nil {
		fmt.Fprintf(stderr, "unbind: writing reports: %v\n", err)
		return exitFailed
	}
	printSummary(stdout, result, out.dir)
	intr, interrupted := interruptedBy(ctx)
	switch {
	case interrupted:
		return intr.exitCode()
	case status == 2:
		return exitUsage
	case status != 0 || !result.Success():
		return exitFailed
	}
	return exitOK
}

// plan checks the feature files before anything starts, and says which
// scenarios this run executes: all planned ones, or this shard's share. keep
// is nil when every planned scenario runs.
func (o runOptions) plan() (all []planned, keep map[string]bool, err error) {
	all, err = planScenarios(o.paths, o.tags)
	if err != nil {
		return nil, nil, err
	}
	if o.shard == "" {
		return all, nil, nil
	}
	sh, err := parseShard(o.shard)
	if err != nil {
		return nil, nil, err
	}
	var durations map[string]time.Duration
	if o.durations != "" {
		if durations, err = durationsFrom(o.durations); err != nil {
			return nil, nil, err
		}
	}
	return all, sh.pick(all, durations), nil
}

func tagNote(tags string) string {
	if tags == "" {
		return ""
	}
	return " with tags " + tags
}

func parseRunFlags(args []string, stderr io.Writer) (runOptions, int, bool) {
	var o runOptions
	fs := flag.NewFlagSet("unbind run", flag.ContinueOnError)
	fs.StringVar(&o.tags, "tags", "", "run only scenarios whose tags match: '@P1,@P2' (either), '@P1 && ~@wip' (both)")
	fs.IntVar(&o.concurrency, "concurrency", steps.DefaultConcurrency(), "scenarios run at once, 1 to 64; the default is one per CPU, at most 4")
	fs.Func("isolation", "how each scenario gets a browser context of its own: reset (a pooled one, reset completely; the default) or fresh (a new one)", func(v string) (err error) {
		o.isolation, err = browser.ParseIsolation(v)
		return err
	})
	fs.StringVar(&o.out, "out", "out", "folder for reports and evidence")
	fs.StringVar(&o.format, "format", "pretty", "console output: pretty, progress, cucumber, junit, events")
	fs.BoolVar(&o.headful, "headful", false, "show the browser window")
	fs.StringVar(&o.chrome, "chrome", "", "Chrome or Chromium binary (default: $UNBIND_CHROME, then chromium-headless-shell unless --headful, then chromium and the like on PATH)")
	fs.StringVar(&o.remote, "browser", "", "DevTools websocket URL of a browser to drive instead of starting one")
	fs.DurationVar(&o.stepTimeout, "step-timeout", steps.DefaultStepTimeout, "deadline of every step")
	fs.DurationVar(&o.startLimit, "start-timeout", browser.DefaultStartTimeout, "deadline of the browser's start, until it answers the DevTools protocol")
	fs.StringVar(&o.screenshots, "screenshots", "failures", "when to keep screenshots: failures or steps (after every step)")
	fs.StringVar(&o.shard, "shard", "", "run only part i of n of the scenarios, like 2/4; merge the parts with 'unbind merge'")
	fs.StringVar(&o.durations, "shard-durations", "", "an earlier run's cucumber.ndjson: split shards by its scenario durations")
	fs.StringVar(&o.simAddr, "sim-addr", "", "address the embedded sim listens on (default: a free loopback port)")
	docsFlag(fs, &o.docs)
	retryFlags(fs, &o.retry)
	fs.Usage = func() { fmt.Fprint(fs.Output(), runUsage); fs.PrintDefaults() }
	paths, ok, code := parseFlags(fs, args, stderr)
	if !ok {
		return o, code, false
	}
	if o.screenshots != "failures" && o.screenshots != "steps" {
		fmt.Fprintf(stderr, "unbind: --screenshots must be failures or steps, not %q\n", o.screenshots)
		return o, exitUsage, false
	}
	if err := o.check(); err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return o, exitUsage, false
	}
	paths, any, err := expandRerun(paths)
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return o, exitUsage, false
	}
	if !any {
		fmt.Fprintln(stderr, "unbind: the rerun file lists no failed scenario: nothing to run")
		return o, exitOK, false
	}
	o.paths = paths
	if len(o.paths) == 0 {
		o.paths = []string{"features"}
	}
	return o, exitOK, true
}
