package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/unbind/unbind/doccheck"
	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/console"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
	"github.com/unbind/unbind/suite"
)

// runOptions are the flags of `unbind run`: the run's options, and what
// the command does around the run.
type runOptions struct {
	suite.Options
	// rerun is the command that runs again what did not pass, before its
	// @rerun.txt (rerunCommand).
	rerun   string
	out     string
	formats formats
	verbose bool
	// con is the console, writing to conOut: stdout, unless a report
	// --format asks for takes it.
	con         *console.Console
	conOut      io.Writer
	screenshots string
	durations   string
	docs        string
	list        bool // --list, --dry-run: say what would run, start nothing
	failFast    bool
	noColor     bool
	lint        bool // --lint: the articles' labels in report.html too
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

Every flag can also be set in the environment (UNBIND_ and its name in
capitals, dashes as underscores: UNBIND_STEP_TIMEOUT=30s) or in a configuration
file (--config, else $UNBIND_CONFIG, else unbind.yaml in the working folder;
keys are the flags' names, plus paths). The command line wins, then the
environment, then the file, then the default.

Examples:
  unbind                                   run every feature
  unbind --tags @P2                        only the direct-link scenarios
  unbind --tags '@P1 or @P3'               My Alipay or the help center
  unbind --tags '@P2 and not @locale:ru_RU' features/p02_direct_link.feature
  unbind --name 'bound card$' --list       which scenarios a name selects
  unbind --order random                    shuffled; the seed is printed
  unbind --order random:1234               the same order again
  unbind run @out/rerun.txt                only what failed last time
  unbind --retries 2 --fail-on-flaky       two more attempts; passing late still fails
  unbind --fail-fast                       stop starting scenarios after the first failure
  unbind --format progress --out /tmp/r    dots, reports in /tmp/r
  unbind --format junit:- > junit.xml      the JUnit XML on stdout, the console on stderr
  unbind --verbose                         the steps of every scenario, not only of failed ones
  unbind --headful --step-timeout 30s      watch it run
  UNBIND_CHROME=/opt/chrome/chrome unbind  use another browser

Flags:
`

func runCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseRunFlags(args, stderr)
	if !ok {
		return code
	}
	o.conOut = o.formats.consoleOut(stdout, stderr)
	o.Color = colorFor(o.conOut, o.noColor)
	o.con = o.formats.console(o.conOut, o.verbose, o.Color)
	o.Output, o.Log, o.Console = o.conOut, stderr, o.con
	o.Launch.Steps = append(o.Launch.Steps, extraSteps(ctx)...)
	plan, err := suite.NewPlan(o.Options)
	if err != nil {
		printPlanError(stderr, err)
		return exitUsage
	}
	for _, h := range plan.TagHints {
		fmt.Fprintf(stderr, "unbind: %s\n", h)
	}
	vocab := slices.Concat(steps.Vocabulary(), o.Launch.Steps)
	if err := suite.CheckShapes(plan, vocab); err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return exitUsage
	}
	if len(plan.All) == 0 {
		paths := o.Paths
		if len(paths) == 0 {
			paths = []string{"features"}
		}
		fmt.Fprintf(stderr, "unbind: no scenario matched %s%s\n", strings.Join(paths, " "), tagNote(o.Tags))
		return exitUsage
	}
	if plan.Order.Random {
		fmt.Fprintf(stderr, "unbind: random order, seed %d: --order %s starts them in this order again\n", plan.Order.Seed, plan.Order)
	}
	if o.list {
		listPlan(stdout, plan, o.Shard)
		if n := suite.CheckSteps(stdout, plan, vocab); n > 0 {
			what, them := fmt.Sprintf("%d steps match", n), "them"
			if n == 1 {
				what, them = "1 step matches", "it"
			}
			fmt.Fprintf(stdout, "\nunbind: %s no step of the vocabulary; a run would fail at %s\n", what, them)
			return exitFailed
		}
		return exitOK
	}
	out, err := suite.OpenOut(o.out, true)
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return exitUsage
	}
	defer out.Close()
	if len(plan.Mine) == 0 {
		fmt.Fprintf(o.conOut, "unbind: shard %s has no scenario to run; its reports say so\n", o.Shard)
		return finish(ctx, out, suite.Empty(), plan, o, stdout, stderr)
	}
	o.Launch.Evidence.Dir = out.Evidence()
	linted := lintAlongside(ctx, o, out, stderr)
	defer linted(nil)
	r, err := suite.Start(ctx, o.Options, plan)
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		fmt.Fprintf(stderr, "unbind: no scenario ran; %s\n", earlierReports(out.Dir()))
		return exitFailed
	}
	defer func() {
		if p := recover(); p != nil {
			r.Close() // a bug must not leave the browser behind
			panic(p)
		}
	}()
	res, err := r.Run(ctx)
	if err != nil {
		r.Close()
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return exitFailed
	}
	// The reports first, then the browser: a run stopped while its browser
	// closes (a CI runner's kill after its cancel) still has them.
	linted(res.Run)
	code = finish(ctx, out, res, plan, o, stdout, stderr)
	r.Close()
	return code
}

// rerunFlags are the flags of a run that choose its scenarios, which its
// rerun command leaves out: rerun.txt chooses them.
var rerunFlags = []string{"tags", "name", "shard", "list", "dry-run", "fail-fast"}

// rerunCommand is the command that runs again what a run's rerun.txt names:
// the unbind command as started, `run`, and the flags its command line
// gave (the articles, the deadlines, the concurrency) but those that chose
// its scenarios.
func rerunCommand(fs *flag.FlagSet, given []string) string {
	cmd := []string{program(), "run"}
	for _, name := range given {
		f := fs.Lookup(name)
		if f == nil || slices.Contains(rerunFlags, name) {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			if f.Value.String() == "true" {
				cmd = append(cmd, "--"+name)
			}
			continue
		}
		cmd = append(cmd, "--"+name, shellWord(f.Value.String()))
	}
	return strings.Join(cmd, " ")
}

// shellWord is s as a shell reads one word: as it is when it has nothing
// a shell would read otherwise, else in single quotes.
func shellWord(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=,+@%") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// earlierReports says what a run that could not start leaves in its report
// folder dir: an earlier run's reports, as they were, which a CI job must
// not take for this run's, or none.
func earlierReports(dir string) string {
	fi, err := os.Stat(filepath.Join(dir, reports.JUnitFile))
	if err != nil {
		return "no reports were written"
	}
	return fmt.Sprintf("the reports in %s are an earlier run's (of %s), left as they were: they are not this run's", dir, fi.ModTime().Format("2006-01-02 15:04:05"))
}

// lintAlongside, when --lint asks for it, lints the articles of the docs
// folder while the scenarios run; the function it returns waits for the
// lint, the first time it is called, and adds its section to the report:
// of the articles the run's scenarios cite, when given the run and they
// cite some (LintReport.CitedBy).
func lintAlongside(ctx context.Context, o runOptions, out *suite.Out, stderr io.Writer) func(*record.Run) {
	if !o.lint || o.docs == "" {
		return func(*record.Run) {}
	}
	done := make(chan struct{})
	var rep doccheck.LintReport
	var err error
	go func() {
		defer close(done)
		rep, err = doccheck.LintArticles(ctx, doccheck.LintOptions{Paths: []string{o.docs}, Workers: 1})
	}()
	var once sync.Once
	return func(run *record.Run) {
		once.Do(func() {
			<-done
			if err != nil {
				fmt.Fprintf(stderr, "unbind: --lint: %v\n", err)
				return
			}
			if run != nil {
				rep = rep.CitedBy(run)
			}
			out.AddSection(rep.Section())
		})
	}
}

// finish writes the run's report set and the reports --format asks for,
// sums the run up on the console (stdout) and says how the run ended.
func finish(ctx context.Context, out *suite.Out, res *suite.Result, plan *suite.Plan, o runOptions, stdout, stderr io.Writer) int {
	if o.Shard != (suite.Shard{}) { // so that a merge can tell a shard is missing
		res.Run.Shard = &record.Shard{Index: o.Shard.Index, Total: o.Shard.Total, Planned: len(plan.All)}
	}
	if err := out.Commit(res.Run, o.docs); err != nil {
		fmt.Fprintf(stderr, "unbind: writing reports: %v\n", err)
		return exitFailed
	}
	if err := o.formats.write(res.Run, o.docs, stdout); err != nil {
		fmt.Fprintf(stderr, "unbind: writing reports: %v\n", err)
		return exitFailed
	}
	o.con.Finish()
	res.PrintSummary(o.conOut, out.Dir(), o.rerun, o.docs)
	if res.Stopped != "" {
		fmt.Fprintf(o.conOut, "unbind: %s\n", res.Stopped)
	}
	if intr, ok := interruptedBy(ctx); ok {
		return intr.exitCode()
	}
	if err := res.Err(); err != nil {
		if !errors.Is(err, suite.ErrFailed) { // the summary says which failed
			fmt.Fprintf(o.conOut, "unbind: %v\n", err)
		}
		return exitFailed
	}
	return exitOK
}

// listPlan prints the scenarios a run would execute, in its order, each
// as file:line and name, and how many.
func listPlan(w io.Writer, plan *suite.Plan, shard suite.Shard) {
	width := 0
	for _, p := range plan.Mine {
		width = max(width, len(p.Location))
	}
	for _, p := range plan.Mine {
		fmt.Fprintf(w, "%-*s  %s\n", width, p.Location, p.Name)
	}
	of := ""
	if shard != (suite.Shard{}) {
		of = fmt.Sprintf(" (shard %s, of %d)", shard, len(plan.All))
	}
	noun := "scenarios"
	if len(plan.Mine) == 1 {
		noun = "scenario"
	}
	fmt.Fprintf(w, "unbind: %d %s would run%s; nothing was started\n", len(plan.Mine), noun, of)
}

// printPlanError says why the run could not be planned; a tag expression
// that does not parse is shown with a caret under the place it goes wrong.
func printPlanError(w io.Writer, err error) {
	var te *suite.TagError
	if !errors.As(err, &te) {
		fmt.Fprintf(w, "unbind: %v\n", err)
		return
	}
	fmt.Fprintf(w, "unbind: --tags, column %d: %s\n  %s\n  %s^\n", te.Column, te.Reason, te.Expr, strings.Repeat(" ", te.Column-1))
	fmt.Fprintln(w, "hint: tag expressions read like '@P1 and not (@wip or @locale:ru_RU)'")
}

func tagNote(tags string) string {
	if tags == "" {
		return ""
	}
	return " with tags " + tags
}

// runFlags are the flags of `unbind run`, setting o.
func runFlags(o *runOptions) *flag.FlagSet {
	b := &o.Launch.Browser
	fs := flag.NewFlagSet("unbind run", flag.ContinueOnError)
	fs.StringVar(&o.Tags, "tags", "", "run only scenarios whose tags match a tag expression, like '@P1 and not (@wip or @locale:ru_RU)' (godog's older '@P1,@P2' and '@P1 && ~@wip' are read too)")
	fs.Func("name", "run only scenarios whose name matches this regular expression; given again, those matching any", func(v string) error {
		o.Names = append(o.Names, v)
		return nil
	})
	fs.Func("order", "the order scenarios start in: defined (the paths', and the files', the default) or random, or random:SEED to repeat one (the seed is printed)", func(v string) (err error) {
		o.Order, err = suite.ParseOrder(v)
		return err
	})
	fs.BoolVar(&o.list, "list", false, "list the scenarios the run would execute, in its order, as file:line and name, and check that every step matches a step of the vocabulary (exit 1 when one does not, with the closest steps); starts no browser and writes no report")
	fs.BoolVar(&o.list, "dry-run", false, "the same as --list")
	fs.IntVar(&o.Concurrency, "concurrency", steps.DefaultConcurrency(), "scenarios run at once, 1 to 64; the default is one per CPU, at most 4")
	fs.Func("isolation", "how each scenario gets a browser context of its own: reset (a pooled one, reset completely; the default) or fresh (a new one)", func(v string) (err error) {
		b.Isolation, err = browser.ParseIsolation(v)
		return err
	})
	fs.StringVar(&o.out, "out", "out", "folder for reports and evidence")
	fs.Var(&o.formats, "format", formatUsage)
	fs.BoolVar(&o.verbose, "verbose", false, "list the steps of every scenario on the console, not only of those that failed")
	fs.BoolVar(&b.Headful, "headful", false, "show the browser window")
	fs.StringVar(&b.ExecPath, "chrome", "", "Chrome or Chromium binary (default: $UNBIND_CHROME, then chromium-headless-shell unless --headful, then chromium and the like on PATH)")
	fs.StringVar(&b.RemoteURL, "browser", "", "DevTools websocket URL of a browser to drive instead of starting one")
	fs.DurationVar(&b.StepTimeout, "step-timeout", browser.DefaultStepTimeout, "deadline of every step")
	fs.DurationVar(&b.StartTimeout, "start-timeout", browser.DefaultStartTimeout, "deadline of the browser's start, until it answers the DevTools protocol")
	fs.StringVar(&o.screenshots, "screenshots", "failures", "when to keep screenshots: failures or steps (after every step)")
	fs.Func("shard", "run only part i of n of the scenarios, like 2/4; merge the parts with 'unbind merge'", func(v string) (err error) {
		o.Shard, err = suite.ParseShard(v)
		return err
	})
	fs.StringVar(&o.durations, "shard-durations", "", "an earlier run's cucumber.ndjson: split shards by its scenario durations")
	fs.StringVar(&o.Launch.SimAddr, "sim-addr", "", "address the embedded sim listens on (default: a free loopback port)")
	docsFlag(fs, &o.docs)
	fs.Func("retries", fmt.Sprintf("run a scenario whose step failed up to N more times, each time afresh; one that then passes is reported flaky (0 to %d, default 0)", suite.MaxRetries), func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > suite.MaxRetries {
			return fmt.Errorf("want a whole number from 0 to %d", suite.MaxRetries)
		}
		o.Retries = n
		return nil
	})
	fs.BoolVar(&o.failFast, "fail-fast", false, "stop starting scenarios after the first failure (--max-failures 1)")
	fs.Func("max-failures", "stop starting scenarios after N failed (those running finish; the rest are reported not run, and nothing is retried); 0, the default, runs every one", func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return errors.New("want a whole number, 0 (no limit) or more")
		}
		o.MaxFailures = n
		return nil
	})
	fs.BoolVar(&o.FailOnFlaky, "fail-on-flaky", false, "exit 1 when a scenario passed only when run again")
	bl := &o.Launch.Evidence.Baseline
	fs.StringVar(&bl.Dir, "baseline", "", "with --screenshots steps: compare each passing step's screenshot with the one kept in this folder and report drift, with a diff image beside it")
	fs.BoolVar(&bl.Update, "update-baselines", false, "with --baseline: keep this run's screenshots there as the baselines, in place of the old ones")
	fs.BoolVar(&o.FailOnDrift, "fail-on-drift", false, "with --baseline: exit 1 when a screenshot drifted (it is a warning otherwise)")
	fs.BoolVar(&o.lint, "lint", false, "with --docs: also check every label the articles quote against the sites' pages and the glossaries, as unbind lint does, while the scenarios run, and show it in report.html")
	fs.BoolVar(&o.noColor, "no-color", false, "no colours, even on a terminal (so does $NO_COLOR); there are colours only on a terminal")
	fs.Usage = func() { fmt.Fprint(fs.Output(), runUsage); printFlags(fs) }
	return fs
}

func parseRunFlags(args []string, stderr io.Writer) (runOptions, int, bool) {
	var o runOptions
	b := &o.Launch.Browser
	fs := runFlags(&o)
	paths, cfg, ok, code := parseArgs(fs, args, stderr)
	if !ok {
		return o, code, false
	}
	o.rerun = rerunCommand(fs, cfg.given)
	if len(paths) == 0 {
		paths = cfg.paths()
	}
	if o.screenshots != "failures" && o.screenshots != "steps" {
		fmt.Fprintf(stderr, "unbind: --screenshots must be failures or steps, not %q\n", o.screenshots)
		return o, exitUsage, false
	}
	o.Launch.Evidence.EveryStep = o.screenshots == "steps"
	if o.failFast {
		o.MaxFailures = 1
	}
	if o.Order.Random && o.Order.Seed == 0 && o.Shard != (suite.Shard{}) {
		fmt.Fprintln(stderr, "unbind: --order random with --shard: give the seed every shard shares, like --order random:1234, or the shards would split different orders")
		return o, exitUsage, false
	}
	if err := checkBaselineFlags(o); err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return o, exitUsage, false
	}
	o.Format = o.formats.godogFormat()
	if o.list {
		// A list starts no browser: it neither needs nor looks for one.
		b.ExecPath, b.RemoteURL = "", ""
	}
	if err := o.check(); err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return o, exitUsage, false
	}
	paths, any, err := suite.ExpandRerun(paths)
	if err != nil {
		fmt.Fprintf(stderr, "unbind: %v\n", err)
		return o, exitUsage, false
	}
	if !any {
		fmt.Fprintln(stderr, "unbind: the rerun file lists no failed scenario: nothing to run")
		return o, exitOK, false
	}
	o.Paths = paths
	if o.durations != "" && o.Shard != (suite.Shard{}) {
		if o.Durations, err = suite.DurationsFrom(o.durations); err != nil {
			fmt.Fprintf(stderr, "unbind: %v\n", err)
			return o, exitUsage, false
		}
	}
	return o, exitOK, true
}

// checkBaselineFlags refuses baseline flags that would compare nothing.
func checkBaselineFlags(o runOptions) error {
	bl := o.Launch.Evidence.Baseline
	switch {
	case bl.Dir != "" && !o.Launch.Evidence.EveryStep:
		return errors.New("--baseline compares the screenshots of every step: add --screenshots steps")
	case bl.Dir == "" && (bl.Update || o.FailOnDrift):
		return errors.New("--update-baselines and --fail-on-drift need --baseline DIR")
	}
	return nil
}
