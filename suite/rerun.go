package suite

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/unbind/unbind/reports/record"
)

// RerunFile is the file of a report folder that lists the scenarios of a
// run that did not pass, as file:line, one a line; `unbind run @FILE` (or
// ExpandRerun) runs exactly those.
const RerunFile = "rerun.txt"

// RerunList is the file:line of every scenario that did not pass, once
// each, those an interruption kept from running included, so that a rerun
// finishes the job: a failed outline row reruns its whole outline, since a
// file:line path selects a scenario, not a row.
func RerunList(r *record.Run) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			place := fmt.Sprintf("%s:%d", sc.URI, sc.Line)
			if st := sc.Status(); (NotRun(sc) || st != record.StatusPassed && st != record.StatusSkipped) && !seen[place] {
				seen[place] = true
				b.WriteString(place + "\n")
			}
		}
	}
	return b.String()
}

// ExpandRerun replaces every @FILE of paths by the file:line entries the
// rerun file lists. ok is false when the only path is a rerun file that
// lists nothing, so there is nothing to run.
func ExpandRerun(paths []string) (out []string, ok bool, err error) {
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

// DurationsFrom reads the scenario durations (by file:line) of an earlier
// run's cucumber.ndjson, for Options.Durations.
func DurationsFrom(path string) (map[string]time.Duration, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading earlier durations: %w", err)
	}
	defer f.Close()
	r, err := record.ReadMessages(f)
	if err != nil {
		return nil, fmt.Errorf("reading earlier durations from %s: %w", path, err)
	}
	d := map[string]time.Duration{}
	for _, ft := range r.Features {
		for _, sc := range ft.Scenarios {
			d[sc.Location()] = sc.Duration()
		}
	}
	return d, nil
}

// MergeFiles reads the records (cucumber.ndjson) of the shards of a run
// and merges them into the record of the whole run.
func MergeFiles(paths ...string) (*record.Run, error) {
	runs := make([]*record.Run, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		r, err := record.ReadMessages(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		runs = append(runs, r)
	}
	return record.Merge(runs...)
}
