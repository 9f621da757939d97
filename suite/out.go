package suite

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/unbind/unbind/doccheck"
	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
)

// Out is the report folder of a run, held by it: locked against other runs,
// with the run's set put together out of sight and swapped in whole by
// Commit, so that a run that cannot finish its reports leaves the previous
// run's as they were.
type Out struct {
	dir      string
	lock     *reports.FolderLock
	stage    *reports.Staging
	sections []write.DocSection
}

// AddSection adds a section about the articles (write.DocSection) to the
// HTML report the next Commit writes, after the coverage one.
func (f *Out) AddSection(s write.DocSection) { f.sections = append(f.sections, s) }

// OpenOut takes the report folder dir before anything starts: it refuses a
// folder another run holds or one that cannot be written, and touches none
// of the reports there. A run's set has an evidence folder (withEvidence),
// empty when there is no evidence, so that it replaces the previous run's;
// a merge's set leaves evidence alone, since its reports point into the
// shards' folders.
func OpenOut(dir string, withEvidence bool) (*Out, error) {
	lock, err := reports.Lock(dir)
	if err != nil {
		return nil, err
	}
	stage, err := reports.NewStaging(dir)
	if err != nil {
		lock.Release()
		return nil, err
	}
	f := &Out{dir: dir, lock: lock, stage: stage}
	if withEvidence {
		if err := os.Mkdir(f.Evidence(), 0o755); err != nil {
			f.Close()
			return nil, fmt.Errorf("the report folder %s cannot be written: %w", dir, err)
		}
	}
	return f, nil
}

// Dir is the report folder.
func (f *Out) Dir() string { return f.dir }

// Evidence is where the run keeps its evidence until the set is committed
// (Options.Launch.Evidence.Dir).
func (f *Out) Evidence() string { return filepath.Join(f.stage.Dir(), "evidence") }

// Commit writes the run's reports and rerun file and swaps them, with the
// evidence, in place of the folder's previous set. The HTML report quotes
// the cited article lines from the docs folder, if any. When a report
// cannot be written the previous set is left as it was.
func (f *Out) Commit(r *record.Run, docs string) error {
	relocate(r, f.stage.Final)
	if err := writeReports(f.stage.Dir(), r, docs, f.sections); err != nil {
		return errors.Join(
			fmt.Errorf("%w; the reports already in %s are left as they were", err, f.dir),
			f.stage.Discard(),
		)
	}
	return f.stage.Commit()
}

// Close gives the folder up: a set not committed is thrown away.
func (f *Out) Close() {
	f.stage.Discard()
	f.lock.Release()
}

// writeReports writes every report of a run and its rerun file into dir;
// the HTML report has, when the docs folder holds articles, a section on
// what the run's scenarios cover of them, then sections.
func writeReports(dir string, r *record.Run, docs string, sections []write.DocSection) error {
	if docs != "" {
		cov, err := doccheck.CoverRun(r, docs)
		switch {
		case err != nil: // a report is worth more than its coverage section
			sections = append([]write.DocSection{{ID: "coverage", Title: "What the scenarios cover of the articles",
				Intro: fmt.Sprintf("The articles of %s could not be read for their coverage: %v", docs, err)}}, sections...)
		case len(cov.Articles) > 0:
			sections = append([]write.DocSection{cov.Section()}, sections...)
		}
	}
	return errors.Join(
		reports.WriteAll(dir, r, reports.WriteAllOptions{
			// the JUnit suite name of a run, a merge and a report alike: the
			// Cucumber Messages a merge reads carry none
			JUnit: write.JUnitOptions{Name: Name},
			HTML:  write.HTMLOptions{Docs: docs, Sections: sections},
		}),
		reports.WriteFileAtomic(filepath.Join(dir, RerunFile), func(w io.Writer) error {
			_, err := io.WriteString(w, RerunList(r))
			return err
		}),
	)
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
