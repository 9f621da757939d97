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
)

// WriteAll writes every report of the run into dir, each atomically:
// MessagesFile, JUnitFile, CucumberJSONFile and HTMLFile (self-contained).
// A report that cannot be written does not stop the others; the errors of
// all that failed are returned together.
func WriteAll(dir string, r *Run) error {
	reports := []struct {
		name  string
		write func(io.Writer) error
	}{
		{MessagesFile, func(w io.Writer) error { return WriteMessages(w, r, MessagesOptions{}) }},
		{JUnitFile, func(w io.Writer) error { return WriteJUnit(w, r, JUnitOptions{}) }},
		{CucumberJSONFile, func(w io.Writer) error { return WriteCucumberJSON(w, r, CucumberJSONOptions{}) }},
		{HTMLFile, func(w io.Writer) error { return WriteHTML(w, r, HTMLOptions{}) }},
	}
	var errs []error
	for _, rep := range reports {
		errs = append(errs, WriteFileAtomic(filepath.Join(dir, rep.name), rep.write))
	}
	return errors.Join(errs...)
}
