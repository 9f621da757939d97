package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/intake"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// maxRetries bounds --retries: a scenario that fails eleven times in a row
// is failing, not flaky.
const maxRetries = 10

// retryOptions say whether a run gives failed scenarios more attempts.
type retryOptions struct {
	retries     int  // more attempts a failed scenario gets
	failOnFlaky bool // a scenario that failed and then passed fails the run
}

func retryFlags(fs *flag.FlagSet, o *retryOptions) {
	fs.Func("retries", fmt.Sprintf("run a scenario whose step failed up to N more times, each time afresh; one that then passes is reported flaky (0 to %d, default 0)", maxRetries), func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > maxRetries {
			return fmt.Errorf("want a whole number from 0 to %d", maxRetries)
		}
		o.retries = n
		return nil
	})
	fs.BoolVar(&o.failOnFlaky, "fail-on-flaky", false, "exit 1 when a scenario passed only when run again")
}

// retryFailed gives each scenario of result that failed at a step up to
// o.retry.retries more attempts, each a godog run of just those scenarios
// (a fresh browser context and world for each, as for every scenario), and
// records them in result as later attempts. It returns the godog status the
// run now has: 0 once every scenario finally passed, unless one was flaky and
// --fail-on-flaky was given. An interrupted attempt is not recorded: its
// verdicts would not be true ones.
func retryFailed(ctx context.Context, o runOptions, l *steps.Launched, result *record.Run, status int, stdout, stderr io.Writer) int {
	if o.retry.retries == 0 || status == 2 {
		return status
	}
	for k := 1; k <= o.retry.retries && ctx.Err() == nil; k++ {
		failed := failedAtAStep(result)
		if len(failed) == 0 {
			break
		}
		fmt.Fprintf(stderr, "unbind: retry %d of %d: running %s again\n", k, o.retry.retries, scenarioCount(len(failed), "failed"))
		again := retryRound(ctx, o, l, failed, k)
		if ctx.Err() != nil {
			break
		}
		if err := result.Retried(again); err != nil {
			fmt.Fprintf(stderr, "unbind: %v\n", err)
			return 1
		}
		printAttempts(stderr, again)
	}
	return finalStatus(o.retry, result, stdout)
}

// printAttempts says how each scenario of a retry ended.
func printAttempts(w io.Writer, again *record.Run) {
	for _, f := range again.Features {
		for _, sc := range f.Scenarios {
			outcome := string(sc.Status())
			if st := sc.FailingStep(); st != nil {
				outcome = fmt.Sprintf("%s at line %d: %s", st.Status, st.Line, firstLine(st.Error))
			}
			fmt.Fprintf(w, "unbind:   attempt %d of %q (%s): %s\n", sc.Attempt+1, sc.Name, sc.Location(), outcome)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// finalStatus names the flaky scenarios and says how the run ends.
func finalStatus(o retryOptions, result *record.Run, stdout io.Writer) int {
	for _, f := range result.Features {
		for _, sc := range f.Scenarios {
			if sc.Flaky() {
				fmt.Fprintf(stdout, "unbind: flaky: %q (%s) failed, then passed on attempt %d\n", sc.Name, sc.Location(), sc.Attempt+1)
			}
		}
	}
	switch {
	case !result.Success():
		return 1
	case o.failOnFlaky && record.Count(result.Features...).Flaky > 0:
		fmt.Fprintln(stdout, "unbind: --fail-on-flaky: a flaky scenario fails the run")
		return 1
	}
	return 0
}

// failedAtAStep are the ids of the scenarios whose last attempt failed at a
// step. Undefined, pending and ambiguous steps are not retried: running them
// again cannot change them.
func failedAtAStep(r *record.Run) map[string]bool {
	out := map[string]bool{}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if sc.Status() == record.StatusFailed {
				out[sc.ID] = true
			}
		}
	}
	return out
}

// retryRound runs the scenarios of include again, as their attempt number
// attempt, and returns their record. Their evidence goes to a folder of the
// attempt's own, so that it does not replace the evidence of the attempt
// before.
func retryRound(ctx context.Context, o runOptions, l *steps.Launched, include map[string]bool, attempt int) *record.Run {
	col := intake.NewCollector()
	h := l.Harness
	h.Include = func(id string) bool { return include[id] }
	h.Attach = func(id string, a steps.Attachment) { col.Attach(id, record.Attachment(a)) }
	if h.Evidence.Dir != "" {
		h.Evidence.Dir = filepath.Join(o.evidence, fmt.Sprintf("retry-%d", attempt))
	}
	suite := godog.TestSuite{
		Name: "unbind",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			h.InitializeScenario(sc)
			extraSteps(ctx)(sc)
			col.InitScenario(sc)
		},
		Options: &godog.Options{
			Format: col.FormatName(), Paths: o.paths, Tags: o.tags,
			Concurrency: o.concurrency, Strict: true, Output: io.Discard, DefaultContext: ctx,
		},
	}
	suite.Run()
	r := col.Run()
	dropScenarios(r, include)
	return r
}

func scenarioCount(n int, what string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s scenario", what)
	}
	return fmt.Sprintf("%d %s scenarios", n, what)
}

// extraStepsKey is the context key of steps a caller adds to the
// vocabulary of a run.
type extraStepsKey struct{}

// withExtraSteps returns a context whose runs also register steps with
// add: steps that exist only for a test of the command.
func withExtraSteps(ctx context.Context, add func(*godog.ScenarioContext)) context.Context {
	return context.WithValue(ctx, extraStepsKey{}, add)
}

// extraSteps is what withExtraSteps put in ctx, or a function that adds
// nothing.
func extraSteps(ctx context.Context) func(*godog.ScenarioContext) {
	if add, ok := ctx.Value(extraStepsKey{}).(func(*godog.ScenarioContext)); ok {
		return add
	}
	return func(*godog.ScenarioContext) {}
}
