package reports

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
)

// The file names WriteAll gives the reports in its folder.
const (
	MessagesFile     = "cucumber.ndjson"
	JUnitFile        = "junit.xml"
	CucumberJSONFile = "cucumber.json"
	HTMLFile         = "report.html"
	// SurefireFile is the run as one Surefire testsuite: retried scenarios
	// as Surefire reports them (see write.Surefire).
	SurefireFile = "surefire.xml"
	// ArticlesDir holds a page per article the scenarios cite, for the
	// articles' writers: ArticlesDir/write.ArticlePageName(key).
	ArticlesDir = write.ArticlesDir
)

// WriteAllOptions are the options WriteAll gives each writer; the zero
// value writes every report as its writer does by default.
type WriteAllOptions struct {
	Messages     record.MessagesOptions
	JUnit        write.JUnitOptions
	CucumberJSON write.CucumberJSONOptions
	// HTML sets, among others, the docs folder the HTML report quotes the
	// articles from (write.HTMLOptions.Docs).
	HTML write.HTMLOptions
}

// WriteAll writes every report of the run into dir, each atomically:
// MessagesFile, JUnitFile, CucumberJSONFile, HTMLFile (self-contained
// unless opts.HTML.LinkDir is set), SurefireFile and the article pages in
// ArticlesDir. A report that cannot
// be written does not stop the others; the errors of all that failed are
// returned together.
//
// The reports name evidence kept as files relative to the folder they are
// read from (unless the options name another): dir, or for a set put
// together in a Staging folder, the report folder it is committed to.
func WriteAll(dir string, r *record.Run, opts WriteAllOptions) error {
	readFrom := readFolder(dir)
	opts.Messages.Dir = cmp.Or(opts.Messages.Dir, readFrom)
	opts.JUnit.Dir = cmp.Or(opts.JUnit.Dir, readFrom)
	opts.HTML.ArticlePages = true
	reports := []struct {
		name  string
		write func(io.Writer) error
	}{
		{MessagesFile, func(w io.Writer) error { return record.WriteMessages(w, r, opts.Messages) }},
		{JUnitFile, func(w io.Writer) error { return write.JUnit(w, r, opts.JUnit) }},
		{CucumberJSONFile, func(w io.Writer) error { return write.CucumberJSON(w, r, opts.CucumberJSON) }},
		{HTMLFile, func(w io.Writer) error { return write.HTML(w, r, opts.HTML) }},
		{SurefireFile, func(w io.Writer) error { return write.Surefire(w, r, opts.JUnit) }},
	}
	var errs []error
	for _, rep := range reports {
		errs = append(errs, WriteFileAtomic(filepath.Join(dir, rep.name), rep.write))
	}
	return errors.Join(append(errs, writeArticlePages(dir, r, opts.HTML))...)
}

// writeArticlePages writes the page of every article the run cites into
// ArticlesDir, which is there even when there is none, so that a set
// committed over an earlier one leaves none of the earlier pages.
func writeArticlePages(dir string, r *record.Run, opts write.HTMLOptions) error {
	pages := filepath.Join(dir, ArticlesDir)
	if err := os.MkdirAll(pages, 0o755); err != nil {
		return fmt.Errorf("making the folder of the article pages: %w", err)
	}
	var errs []error
	for _, key := range write.ArticleKeys(r) {
		errs = append(errs, WriteFileAtomic(filepath.Join(pages, write.ArticlePageName(key)), func(w io.Writer) error {
			return write.ArticleHTML(w, r, key, opts)
		}))
	}
	return errors.Join(errs...)
}
