package write

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

// Surefire writes the run as one Maven Surefire <testsuite>, valid
// against the Surefire 3.0.2 schema, for the tools that read retries the
// way Surefire reports them: a scenario that failed and then passed has a
// <flakyFailure> for each failed attempt and no <failure>; one that failed
// on every attempt has a <failure> (its first attempt) and a <rerunFailure>
// for each later one. The Jenkins JUnit schema, which junit.xml follows,
// has neither element, so they live in this file of their own. Testcases
// are named as in junit.xml, with the feature name as classname.
func Surefire(w io.Writer, r *record.Run, opts JUnitOptions) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing the Surefire XML header: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(surefireRun(r, opts)); err != nil {
		return fmt.Errorf("writing the Surefire XML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing the Surefire XML: %w", err)
	}
	return nil
}

type surefireSuite struct {
	XMLName  xml.Name       `xml:"testsuite"`
	Name     string         `xml:"name,attr"`
	Time     string         `xml:"time,attr"`
	Tests    int            `xml:"tests,attr"`
	Errors   int            `xml:"errors,attr"`
	Skipped  int            `xml:"skipped,attr"`
	Failures int            `xml:"failures,attr"`
	Cases    []surefireCase `xml:"testcase"`
}

// surefireCase has its elements in the order the Surefire schema wants.
type surefireCase struct {
	Name      string          `xml:"name,attr"`
	Classname string          `xml:"classname,attr"`
	Time      string          `xml:"time,attr"`
	Failure   *junitProblem   `xml:"failure"`
	Reruns    []surefireRerun `xml:"rerunFailure"`
	Flaky     []surefireRerun `xml:"flakyFailure"`
	Skipped   *string         `xml:"skipped"`
	Error     *junitProblem   `xml:"error"`
	SystemOut junitText       `xml:"system-out"`
}

// surefireRerun is a failed attempt: its problem and its step log.
type surefireRerun struct {
	Message    string    `xml:"message,attr"`
	Type       string    `xml:"type,attr"`
	StackTrace junitText `xml:"stackTrace"`
	SystemOut  junitText `xml:"system-out"`
}

func surefireRun(r *record.Run, opts JUnitOptions) surefireSuite {
	name := opts.Name
	if name == "" {
		name = r.Name
	}
	c := record.Count(r.Features...)
	s := surefireSuite{
		Name: name, Time: seconds(r.Duration()), Tests: c.Scenarios,
		Errors: c.Unknown, Skipped: c.Skipped, Failures: c.Failed,
	}
	to := junitTo{dir: opts.Dir, lib: article.NewLibrary(opts.Docs)}
	for _, f := range r.Features {
		names := caseNames(f)
		for i, sc := range f.Scenarios {
			s.Cases = append(s.Cases, surefireScenario(f, sc, names[i], to))
		}
	}
	return s
}

func surefireScenario(f *record.Feature, sc *record.Scenario, name string, to junitTo) surefireCase {
	jc := junitScenario(f, sc, name, to)
	tc := surefireCase{
		Name: jc.Name, Classname: jc.Classname, Time: jc.Time,
		Failure: jc.Failure, Skipped: jc.Skipped, Error: jc.Error, SystemOut: jc.SystemOut,
	}
	if len(sc.Earlier) == 0 {
		return tc
	}
	var failed []surefireRerun
	for _, at := range sc.Attempts() {
		if at.Status().Failing() {
			p := junitFailure(f, at, at.FailingStep(), to.lib)
			failed = append(failed, surefireRerun{
				Message: p.Message, Type: p.Type, StackTrace: junitText{p.Text}, SystemOut: junitText{xmlChars(stepLog(at.AttemptOnly(), to.dir))},
			})
		}
	}
	switch {
	case sc.Flaky():
		tc.Flaky = failed
	case tc.Failure != nil && len(failed) > 0:
		first := sc.Earlier[0]
		tc.Failure = junitFailure(f, first, first.FailingStep(), to.lib)
		tc.Reruns = failed[1:]
	}
	return tc
}
