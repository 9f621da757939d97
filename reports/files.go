package reports

import (
	"errors"
	"io"
	"path/filepath"
)

// The file names WriteAll gives the reports in its folder.
const (
	MessagesFile     = "cucumber.ndjson"
	JUnitFile        = "junit.xml"
	CucumberJSONFile = "cucumber.json"
	HTMLFile         = "report.html"
	// SurefireFile is the run as one Surefire testsuite: retried scenarios
	// as Surefire reports them (see WriteSurefire).
	SurefireFile = "surefire.xml"
)

// WriteAllOptions are the options WriteAll gives each writer; the zero
// value writes every report as its writer does by default.
type WriteAllOptions struct {
	Messages     MessagesOptions
	JUnit        JUnitOptions
	CucumberJSON CucumberJSONOptions
	// HTML sets, among others, the docs folder the HTML report quotes the
	// articles from (HTMLOptions.Docs).
	HTML HTMLOptions
}

// WriteAll writes every report of the run into dir, each atomically:
// MessagesFile, JUnitFile, CucumberJSONFile, HTMLFile (self-contained
// unless opts.HTML.LinkDir is set) and SurefireFile. A report that cannot be written does
// not stop the others; the errors of all that failed are returned together.
func WriteAll(dir string, r *Run, opts WriteAllOptions) error {
	reports := []struct {
		name  string
		write func(io.Writer) error
	}{
		{MessagesFile, func(w io.Writer) error { return WriteMessages(w, r, opts.Messages) }},
		{JUnitFile, func(w io.Writer) error { return WriteJUnit(w, r, opts.JUnit) }},
		{CucumberJSONFile, func(w io.Writer) error { return WriteCucumberJSON(w, r, opts.CucumberJSON) }},
		{HTMLFile, func(w io.Writer) error { return WriteHTML(w, r, opts.HTML) }},
		{SurefireFile, func(w io.Writer) error { return WriteSurefire(w, r, opts.JUnit) }},
	}
	var errs []error
	for _, rep := range reports {
		errs = append(errs, WriteFileAtomic(filepath.Join(dir, rep.name), rep.write))
	}
	return errors.Join(errs...)
}
