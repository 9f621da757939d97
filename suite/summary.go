package suite

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/record"
)

// PrintSummary ends a run with what passed and failed, where the reports
// are (dir), and how to run again what did not pass.
func PrintSummary(w io.Writer, r *record.Run, dir string) {
	c := record.Count(r.Features...)
	interrupted := CountNotRun(r)
	why := notRunWhy(r)
	fmt.Fprint(w, "\nunbind: ")
	if interrupted > 0 && why == NotRunReason {
		fmt.Fprint(w, "interrupted: ")
	}
	fmt.Fprintf(w, "%s: %d passed, %d failed", count(c.Scenarios, "scenario"), c.Passed, c.Failed)
	if c.Flaky > 0 {
		fmt.Fprintf(w, ", %d flaky", c.Flaky)
	}
	if interrupted > 0 {
		fmt.Fprintf(w, ", %d not run (%s)", interrupted, why)
	}
	if c.Skipped > interrupted {
		fmt.Fprintf(w, ", %d skipped", c.Skipped-interrupted)
	}
	if c.Unknown > 0 {
		fmt.Fprintf(w, ", %d did not finish", c.Unknown)
	}
	if n := len(record.Drifted(r.Features...)); n > 0 {
		fmt.Fprintf(w, "\nunbind: drift: %s, see %s#drift", count(n, "step"), filepath.Join(dir, reports.HTMLFile))
	}
	fmt.Fprintf(w, "\nunbind: reports in %s (%s, %s, %s, %s, %s)\n", dir,
		reports.HTMLFile, reports.JUnitFile, reports.SurefireFile, reports.CucumberJSONFile, reports.MessagesFile)
	if c.Failed > 0 || c.Unknown > 0 || interrupted > 0 {
		fmt.Fprintf(w, "unbind: rerun what failed or did not run with: unbind run @%s\n", filepath.Join(dir, RerunFile))
	}
}

// notRunWhy is what kept the run's scenarios from running: an
// interruption, or the failures that stopped it (max failures).
func notRunWhy(r *record.Run) string {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				if st.Error == NotRunReason {
					return NotRunReason
				}
			}
		}
	}
	return "not started after the failures"
}
