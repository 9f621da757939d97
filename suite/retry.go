package suite

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/reports/record"
)

// MaxRetries bounds Options.Retries: a scenario that fails eleven times in
// a row is failing, not flaky.
const MaxRetries = 10

// retry gives each scenario that failed at a step up to Options.Retries
// more attempts, each a godog run of just those scenarios (a fresh browser
// context and world for each, as for every scenario), and records them in
// the result as later attempts. An interrupted attempt is not recorded: its
// verdicts would not be true ones.
func (r *Runner) retry(ctx context.Context, res *Result) error {
	if r.o.Retries == 0 {
		return nil
	}
	for k := 1; k <= r.o.Retries && ctx.Err() == nil; k++ {
		failed := failedAtAStep(res.Run)
		if len(failed) == 0 {
			break
		}
		fmt.Fprintf(r.o.Log, "unbind: retry %d of %d: running %s again\n", k, r.o.Retries, count(len(failed), "failed scenario"))
		r.roundStarts(k, len(failed))
		dir := r.o.Launch.Evidence.Dir
		if dir != "" {
			dir = filepath.Join(dir, fmt.Sprintf("retry-%d", k))
		}
		again, _ := r.round(ctx, func(id string) bool { return failed[id] }, "", io.Discard, dir, &notStarted{}, nil)
		if ctx.Err() != nil {
			r.endLine()
			fmt.Fprintf(r.o.Log, "unbind: retry %d of %d was interrupted: its attempts are not reported; each scenario it ran again keeps its last whole attempt\n", k, r.o.Retries)
			break
		}
		if err := res.Run.Retried(again); err != nil {
			return err
		}
		r.endLine()
		printAttempts(r.o.Log, again)
	}
	res.godogFailed = false // the record, retries and all, now has the verdict
	printFlaky(r.o.Output, res.Run)
	return nil
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

// printFlaky names the scenarios that failed and then passed.
func printFlaky(w io.Writer, r *record.Run) {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if sc.Flaky() {
				fmt.Fprintf(w, "unbind: flaky: %q (%s) failed, then passed on attempt %d\n", sc.Name, sc.Location(), sc.Attempt+1)
			}
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
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
