package suite

import (
	"fmt"
	"os"
	"path/filepath"
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
// finishes the job: an outline's row by the row's line, which selects that
// row alone.
func RerunList(r *record.Run) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			line := sc.Line
			if sc.Example != nil {
				line = sc.Example.Line
			}
			place := fmt.Sprintf("%s:%d", sc.URI, line)
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
				place, err := rerunPlace(line, p[1:])
				if err != nil {
					return nil, false, err
				}
				out = append(out, place)
			}
		}
		if len(out) == n && len(paths) == 1 {
			return nil, false, nil
		}
	}
	return out, true, nil
}

// rerunPlace is an entry (file:line) of the rerun file at rerun as a path
// to open from here: as written when its file is there, relative to the
// working folder the run that wrote it was in; else relative to the folder
// that holds the report folder, where a run started elsewhere finds it
// when the report folder was the run's (the default, out). A file in
// neither place is an error saying where it was looked for.
func rerunPlace(entry, rerun string) (string, error) {
	file := entry
	for {
		i := strings.LastIndexByte(file, ':')
		if i <= 0 || strings.Trim(file[i+1:], "0123456789") != "" {
			break
		}
		file = file[:i] // the :LINE after the file
	}
	if _, err := os.Stat(file); err == nil || filepath.IsAbs(file) {
		return entry, nil
	}
	base, err := filepath.Abs(filepath.Dir(filepath.Dir(rerun)))
	if err != nil {
		return entry, nil
	}
	if _, err := os.Stat(filepath.Join(base, file)); err == nil {
		return filepath.Join(base, entry), nil
	}
	here, _ := os.Getwd()
	return "", fmt.Errorf("the rerun file %s names %s, which is neither in %s (here) nor in %s (the folder of its report folder); run it from the folder the run that wrote it was started in", rerun, file, here, base)
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
// and merges them into the record of the whole run. Each record names its
// evidence relative to its own report folder (the file's folder); the
// merged record names it by absolute path, and ev tells for each the path
// it had in its own folder, which Out.TakeEvidence keeps.
func MergeFiles(paths ...string) (*record.Run, Evidence, error) {
	runs, ev, err := readResults(paths)
	if err != nil {
		return nil, nil, err
	}
	r, err := record.Merge(runs...)
	return r, ev, err
}

// ReportFile reads one saved result (a run's cucumber.ndjson) to write its
// reports again, as MergeFiles does, but as it is: a shard's results stay
// one shard's, and a merge that lacked shards still lacks the same ones.
func ReportFile(path string) (*record.Run, Evidence, error) {
	runs, ev, err := readResults([]string{path})
	if err != nil {
		return nil, nil, err
	}
	r, err := record.Merge(runs...)
	if err != nil {
		return nil, nil, err
	}
	r.Shard, r.MissingShards = runs[0].Shard, runs[0].MissingShards
	return r, ev, nil
}

// readResults reads the runs of saved results, and where the evidence
// each names is.
func readResults(paths []string) (_ []*record.Run, ev Evidence, _ error) {
	runs := make([]*record.Run, 0, len(paths))
	ev = Evidence{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, err
		}
		r, err := record.ReadMessages(f)
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		dir, err := filepath.Abs(filepath.Dir(p))
		if err != nil {
			return nil, nil, err
		}
		eachAttachment(r, func(a *record.Attachment) {
			if a.Path == "" {
				return
			}
			rel := a.Path
			if filepath.IsAbs(rel) {
				rel = filepath.Join("evidence", filepath.Base(rel))
			} else {
				a.Path = filepath.Join(dir, a.Path)
			}
			ev[a.Path] = rel
		})
		runs = append(runs, r)
	}
	return runs, ev, nil
}

// Evidence maps the absolute path of each piece of evidence a merged
// record names to its path in the report folder of the run that took it.
type Evidence map[string]string

// eachAttachment calls fn with every attachment of r's steps, those of a
// retried scenario's earlier attempts too: the reports link every
// attempt's evidence.
func eachAttachment(r *record.Run, fn func(*record.Attachment)) {
	for _, ft := range r.Features {
		for _, sc := range ft.Scenarios {
			for _, at := range sc.Attempts() {
				for _, st := range at.Steps {
					for i := range st.Attachments {
						fn(&st.Attachments[i])
					}
				}
			}
		}
	}
}
