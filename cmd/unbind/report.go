package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/reports"
)

// rerunFile lists the failed scenarios of a run as file:line, one a line;
// `unbind run @rerun.txt` runs exactly those.
const rerunFile = "rerun.txt"

// writeReports writes every report of a run and its rerun file into dir,
// with the options given, if any (the docs folder the HTML report quotes).
func writeReports(dir string, r *reports.Run, opts ...reports.WriteAllOptions) error {
	var o reports.WriteAllOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	return errors.Join(
		reports.WriteAll(dir, r, o),
		reports.WriteFileAtomic(filepath.Join(dir, rerunFile), func(w io.Writer) error {
			_, err := io.WriteString(w, rerunList(r))
			return err
		}),
	)
}

// rerunList is the file:line of every scenario that did not pass.
func rerunList(r *reports.Run) string {
	var b strings.Builder
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if st := sc.Status(); st != reports.StatusPassed && st != reports.StatusSkipped {
				fmt.Fprintf(&b, "%s:%d\n", sc.URI, sc.Line)
			}
		}
	}
	return b.String()
}

// printSummary ends a run with what passed and failed and where to look.
func printSummary(w io.Writer, r *reports.Run, dir string) {
	c := reports.Count(r.Features...)
	fmt.Fprintf(w, "\nunbind: %d scenarios: %d passed, %d failed", c.Scenarios, c.Passed, c.Failed)
	if c.Skipped > 0 {
		fmt.Fprintf(w, ", %d skipped", c.Skipped)
	}
	if c.Unknown > 0 {
		fmt.Fprintf(w, ", %d did not finish", c.Unknown)
	}
	fmt.Fprintf(w, "\nunbind: reports in %s (%s, %s, %s, %s)\n", dir,
		reports.HTMLFile, reports.JUnitFile, reports.CucumberJSONFile, reports.MessagesFile)
	if c.Failed > 0 || c.Unknown > 0 {
		fmt.Fprintf(w, "unbind: rerun the failures with: unbind run @%s\n", filepath.Join(dir, rerunFile))
	}
}

// expandRerun replaces every @FILE argument by the file:line entries it
// lists. ok is false when a rerun file lists nothing, so there is nothing to run.
func expandRerun(paths []string) (out []string, ok bool, err error) {
	for _, p := range paths {
		if !strings.HasPrefix(p, "@") {
			out = append(out, p)
			continue
		}
		data, err := os.ReadFile(p[1:])
		if err != nil {
			return nil, false, fmt.Errorf("reading the rerun file: %w", err)
		}
		n := len(out)
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, line)
			}
		}
		if len(out) == n && len(paths) == 1 {
			return nil, false, nil
		}
	}
	return out, true, nil
}

// cleanURIs takes the ":LINE" godog appends to a feature's URI when it was
// asked for one scenario by file:line, so reports and the rerun file name
// the file itself.
func cleanURIs(r *reports.Run) {
	for _, f := range r.Features {
		f.URI, _ = splitLine(f.URI)
		for _, sc := range f.Scenarios {
			sc.URI, _ = splitLine(sc.URI)
		}
	}
}
