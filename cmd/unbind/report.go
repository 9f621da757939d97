package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
)

// rerunFile lists the failed scenarios of a run as file:line, one a line;
// `unbind run @rerun.txt` runs exactly those.
const rerunFile = "rerun.txt"

// writeReports writes every report of a run and its rerun file into dir; the
// HTML report quotes the cited article lines from the docs folder, if any.
func writeReports(dir string, r *record.Run, docs string) error {
	return errors.Join(
		reports.WriteAll(dir, r, reports.WriteAllOptions{HTML: write.HTMLOptions{Docs: docs}}),
		reports.WriteFileAtomic(filepath.Join(dir, rerunFile), func(w io.Writer) error {
			_, err := io.WriteString(w, rerunList(r))
			return err
		}),
	)
}

// rerunList is the file:line of every scenario that did not pass, once
// each, those an interruption kept from running included, so that a rerun
// finishes the job: a failed outline row reruns its whole outline, since a
// file:line path selects a scenario, not a row.
func rerunList(r *record.Run) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			place := fmt.Sprintf("%s:%d", sc.URI, sc.Line)
			if st := sc.Status(); (notRun(sc) || st != record.StatusPassed && st != record.StatusSkipped) && !seen[place] {
				seen[place] = true
				b.WriteString(place + "\n")
			}
		}
	}
	return b.String()
}

// docsFlag adds --docs: the folder of the articles scenarios cite, by
// default ../shared/seeds when there is one.
func docsFlag(fs *flag.FlagSet, docs *string) {
	def := "../shared/seeds"
	if fi, err := os.Stat(def); err != nil || !fi.IsDir() {
		def = ""
	}
	fs.StringVar(docs, "docs", def, "folder of the articles the scenarios cite; the HTML report quotes the cited lines")
}

func checkDocs(docs string) error {
	if docs == "" {
		return nil
	}
	if fi, err := os.Stat(docs); err != nil || !fi.IsDir() {
		return fmt.Errorf("--docs %s is not a folder of articles", docs)
	}
	return nil
}

// printSummary ends a run with what passed and failed and where to look.
func printSummary(w io.Writer, r *record.Run, dir string) {
	c := record.Count(r.Features...)
	interrupted := countNotRun(r)
	fmt.Fprint(w, "\nunbind: ")
	if interrupted > 0 {
		fmt.Fprint(w, "interrupted: ")
	}
	noun := "scenarios"
	if c.Scenarios == 1 {
		noun = "scenario"
	}
	fmt.Fprintf(w, "%d %s: %d passed, %d failed", c.Scenarios, noun, c.Passed, c.Failed)
	if c.Flaky > 0 {
		fmt.Fprintf(w, ", %d flaky", c.Flaky)
	}
	if interrupted > 0 {
		fmt.Fprintf(w, ", %d not run (%s)", interrupted, notRunReason)
	}
	if c.Skipped > interrupted {
		fmt.Fprintf(w, ", %d skipped", c.Skipped-interrupted)
	}
	if c.Unknown > 0 {
		fmt.Fprintf(w, ", %d did not finish", c.Unknown)
	}
	fmt.Fprintf(w, "\nunbind: reports in %s (%s, %s, %s, %s, %s)\n", dir,
		reports.HTMLFile, reports.JUnitFile, reports.SurefireFile, reports.CucumberJSONFile, reports.MessagesFile)
	if c.Failed > 0 || c.Unknown > 0 || interrupted > 0 {
		fmt.Fprintf(w, "unbind: rerun what failed or did not run with: unbind run @%s\n", filepath.Join(dir, rerunFile))
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
