package shopcheck

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/suite"
)

// TestFeatures runs this module's features against unbind's embedded sim,
// each scenario a subtest, and writes the reports.
func TestFeatures(t *testing.T) {
	out := t.TempDir()
	res := suite.Test(t, suite.Options{
		Paths: []string{"features"},
		Launch: steps.LaunchOptions{
			Steps:    Steps(),
			Evidence: steps.EvidenceOptions{Dir: filepath.Join(out, "evidence")},
		},
	})
	if err := reports.WriteAll(out, res.Run, reports.WriteAllOptions{}); err != nil {
		t.Fatal(err)
	}
	junit, err := os.ReadFile(filepath.Join(out, reports.JUnitFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(junit, []byte("holds the bound card")) {
		t.Errorf("junit.xml has no test case of the feature:\n%s", junit)
	}
	title := evidence(res.Run, "page-title.txt")
	if !strings.Contains(title, "Card") {
		t.Errorf("the step kept the title %q, want one with \"Card\"", title)
	}
}

// evidence is the text of the first attachment of the run with that name,
// read from where it was written.
func evidence(r *record.Run, name string) string {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				for _, a := range st.Attachments {
					if a.Name == name {
						b, _ := os.ReadFile(a.Path)
						return string(b)
					}
				}
			}
		}
	}
	return ""
}

// TestStepsAreListed: the module's steps are listed with unbind's, under
// their own group, as `unbind steps` lists the vocabulary.
func TestStepsAreListed(t *testing.T) {
	var b bytes.Buffer
	steps.WriteList(&b, append(steps.Vocabulary(), Steps()...))
	for _, want := range []string{Group + "\n", `Then the page title, kept as evidence, holds "Card"`, `And I click "Remove card"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the list has no %q", want)
		}
	}
}

// TestWithGodog runs the same features the way a godog user writes a test:
// godog's own TestSuite with TestingT, each scenario a subtest, and unbind's
// harness as the scenario initializer.
func TestWithGodog(t *testing.T) {
	l, err := steps.Launch(t.Context(), steps.LaunchOptions{Steps: Steps()})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	s := godog.TestSuite{
		ScenarioInitializer: l.Harness.InitializeScenario,
		Options:             &godog.Options{Paths: []string{"features"}, Format: "progress", Output: io.Discard, Strict: true, TestingT: t},
	}
	if status := s.Run(); status != 0 {
		t.Errorf("godog exited %d", status)
	}
}
