package suite

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/doccheck"
	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/redact"
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
// of the reports there. A set with an evidence folder (withEvidence: a
// run's, a merge's), empty when there is no evidence, replaces the
// previous set's evidence with its own.
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
	redact.Run(r) // card numbers and CVVs masked, in place: in every report, its evidence, the summary after
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
			JUnit: write.JUnitOptions{Name: Name, Docs: docs},
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
	eachAttachment(r, func(a *record.Attachment) {
		if a.Path != "" {
			a.Path = final(a.Path)
		}
	})
}

// TakeEvidence puts the evidence of a merged record (MergeFiles) into the
// set's evidence folder, at the path it had in its own run's folder
// (another name when two runs used the same one), linked where the file
// system allows it and copied where not, and points r at it; so that the
// merged folder holds what its reports name, as one run's does, and keeps
// it when the shards' folders are gone. Evidence whose file is gone is left
// out of r and named in gone.
func (f *Out) TakeEvidence(r *record.Run, ev Evidence) (gone []string, err error) {
	taken := map[string]bool{}    // paths in the set given out
	placed := map[string]string{} // a file put in the set → its path there
	eachAttachment(r, func(a *record.Attachment) {
		src := a.Path
		rel, ok := ev[src]
		if src == "" || !ok || err != nil {
			return
		}
		if dst, ok := placed[src]; ok {
			a.Path = dst
			return
		}
		if _, serr := os.Stat(src); serr != nil {
			gone = append(gone, src)
			a.Path = ""
			return
		}
		if !filepath.IsLocal(rel) {
			rel = filepath.Join("evidence", filepath.Base(rel))
		}
		rel = freeName(rel, func(p string) bool { return taken[p] })
		dst := filepath.Join(f.stage.Dir(), rel)
		if err = linkOrCopy(src, dst); err != nil {
			err = fmt.Errorf("putting the evidence %s into %s: %w", src, f.dir, err)
			return
		}
		taken[rel], placed[src] = true, dst
		a.Path = dst
	})
	return gone, err
}

// freeName is rel, or rel with "-2", "-3"... before its extension, the
// first that used does not report taken.
func freeName(rel string, used func(string) bool) string {
	ext := filepath.Ext(rel)
	base := strings.TrimSuffix(rel, ext)
	for n := 2; used(rel); n++ {
		rel = fmt.Sprintf("%s-%d%s", base, n, ext)
	}
	return rel
}

// linkOrCopy makes dst the same file as src: a hard link, or a copy where
// the two folders are on different file systems.
func linkOrCopy(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	if os.Link(src, dst) == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	return errors.Join(err, out.Close())
}
