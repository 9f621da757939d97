package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/record"
)

// outFolder is the report folder of a run, held by it: locked against
// other runs, with the run's set put together out of sight and swapped in
// whole at the end.
type outFolder struct {
	dir   string
	lock  *reports.FolderLock
	stage *reports.Staging
}

// openOut takes the report folder for this run before anything starts: it
// refuses a folder another run holds or one that cannot be written, and
// touches none of the reports there. A run's set has an evidence folder,
// empty when there is no evidence, so that it replaces the previous run's;
// a merge's set leaves evidence alone, since its reports point into the
// shards' folders.
func openOut(dir string, withEvidence bool) (*outFolder, error) {
	lock, err := reports.Lock(dir)
	if err != nil {
		return nil, err
	}
	stage, err := reports.NewStaging(dir)
	if err != nil {
		lock.Release()
		return nil, err
	}
	f := &outFolder{dir: dir, lock: lock, stage: stage}
	if withEvidence {
		if err := os.Mkdir(f.evidence(), 0o755); err != nil {
			f.close()
			return nil, fmt.Errorf("the report folder %s cannot be written: %w", dir, err)
		}
	}
	return f, nil
}

// evidence is where the run keeps evidence until its set is committed.
func (f *outFolder) evidence() string { return filepath.Join(f.stage.Dir(), "evidence") }

// commit writes the run's reports and swaps them, with the evidence, in
// place of the folder's previous set. When a report cannot be written the
// previous set is left as it was.
func (f *outFolder) commit(r *record.Run, docs string) error {
	relocate(r, f.stage.Final)
	if err := writeReports(f.stage.Dir(), r, docs); err != nil {
		return errors.Join(
			fmt.Errorf("%w; the reports already in %s are left as they were", err, f.dir),
			f.stage.Discard(),
		)
	}
	return f.stage.Commit()
}

// close gives the folder up: a set not committed is thrown away.
func (f *outFolder) close() {
	f.stage.Discard()
	f.lock.Release()
}

// relocate points every piece of evidence at where it will be once the set
// is committed.
func relocate(r *record.Run, final func(string) string) {
	for _, ft := range r.Features {
		for _, sc := range ft.Scenarios {
			for _, st := range sc.Steps {
				for i := range st.Attachments {
					if p := st.Attachments[i].Path; p != "" {
						st.Attachments[i].Path = final(p)
					}
				}
			}
		}
	}
}
