package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/console"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
	"github.com/unbind/unbind/suite"
)

// formats is what --format asks for: how the console shows the run (list,
// progress, or godog's pretty), and reports written besides the report
// folder's, to a file or to stdout ("-").
type formats struct {
	style   string
	reports []reportTarget
}

// reportTarget is one report --format writes: its name and its file, "-"
// for stdout.
type reportTarget struct{ name, path string }

const formatUsage = "console output: list (a line per scenario, the default), progress (a character per step) or pretty (godog's own); " +
	"junit:FILE, cucumber:FILE or messages:FILE also writes that report to FILE, '-' for stdout alone (the console then goes to stderr)"

// consoleStyles are the console formats, by name.
var consoleStyles = map[string]console.Style{"list": console.List, "progress": console.Progress, "pretty": console.Quiet}

// reportFiles are the reports --format can write, with the file each has
// in the report folder.
var reportFiles = map[string]string{"junit": reports.JUnitFile, "cucumber": reports.CucumberJSONFile, "messages": reports.MessagesFile}

func (f *formats) String() string { return "list" }

// Set reads one --format value, a comma-separated list of formats.
func (f *formats) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if err := f.add(strings.TrimSpace(part)); err != nil {
			return err
		}
	}
	return nil
}

func (f *formats) add(v string) error {
	name, path, isReport := strings.Cut(v, ":")
	if _, ok := consoleStyles[v]; ok {
		if f.style != "" && f.style != v {
			return fmt.Errorf("one console format at a time: %s or %s", f.style, v)
		}
		f.style = v
		return nil
	}
	file, known := reportFiles[name]
	switch {
	case known && !isReport:
		return fmt.Errorf("%s is a report, which every run writes to its --out folder (%s); %s:- writes it to stdout, %s:FILE to a file", name, file, name, name)
	case known && path == "":
		return fmt.Errorf("%s: name a file, or - for stdout", v)
	case known && path == "-" && slices.ContainsFunc(f.reports, func(r reportTarget) bool { return r.path == "-" }):
		return errors.New("one report at a time can go to stdout")
	case known:
		f.reports = append(f.reports, reportTarget{name, path})
		return nil
	case name == "events":
		return errors.New("events is godog's, not unbind's: the run's events are the Cucumber Messages, messages:- writes them to stdout")
	}
	return fmt.Errorf("unknown format %q: want list, progress or pretty, or a report to write (junit:-, cucumber:FILE, messages:FILE)", v)
}

// toStdout says whether a report takes stdout, so that the console does not.
func (f *formats) toStdout() bool {
	return slices.ContainsFunc(f.reports, func(r reportTarget) bool { return r.path == "-" })
}

// consoleOut is where the console writes: stdout, or stderr when a report
// takes stdout.
func (f *formats) consoleOut(stdout, stderr io.Writer) io.Writer {
	if f.toStdout() {
		return stderr
	}
	return stdout
}

// console is the console of the run, writing to w, in colour when color.
func (f *formats) console(w io.Writer, verbose, color bool) *console.Console {
	return console.New(w, console.Options{Style: consoleStyles[cmp.Or(f.style, "list")], Verbose: verbose, Color: color})
}

// godogFormat is the godog formatter the console style needs: pretty is
// godog's own.
func (f *formats) godogFormat() string {
	if f.style == "pretty" {
		return "pretty"
	}
	return ""
}

// write writes the reports --format asks for, of the run's record as the
// report folder has it; docs is the folder of the articles it cites.
func (f *formats) write(r *record.Run, docs string, stdout io.Writer) error {
	var errs []error
	for _, t := range f.reports {
		if t.path == "-" {
			// evidence named as the --out folder was: from the working folder
			errs = append(errs, writeReport(stdout, t.name, r, "", docs))
			continue
		}
		errs = append(errs, reports.WriteFileAtomic(t.path, func(w io.Writer) error {
			return writeReport(w, t.name, r, filepath.Dir(t.path), docs)
		}))
	}
	return errors.Join(errs...)
}

// writeReport writes one report, naming evidence relative to dir, the
// folder it is read from.
func writeReport(w io.Writer, name string, r *record.Run, dir, docs string) error {
	switch name {
	case "junit":
		return write.JUnit(w, r, write.JUnitOptions{Name: suite.Name, Dir: dir, Docs: docs})
	case "cucumber":
		return write.CucumberJSON(w, r, write.CucumberJSONOptions{})
	}
	return record.WriteMessages(w, r, record.MessagesOptions{Dir: dir})
}

// program is the unbind command as the user typed it, for the commands the
// console suggests: argv[0], or "unbind" for a binary go run or go test
// built in a temporary folder.
func program() string {
	p := os.Args[0]
	if strings.Contains(p, "go-build") || p == "" {
		return "unbind"
	}
	return p
}
