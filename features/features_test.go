package features_test

import (
	"bytes"
	"os"
	"regexp"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/suite"
)

// TestFeatures runs every feature of this folder in a real headless Chromium
// against the embedded sim, one subtest per scenario, through the same
// library `unbind run` uses.
func TestFeatures(t *testing.T) {
	runSuite(t, suite.Options{Paths: []string{"."}})
}

// TestReadmeScenario runs the scenario the README shows under "Writing a
// scenario", exactly as shown, so the example a writer copies works.
func TestReadmeScenario(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)## Writing a scenario.*?```gherkin\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no gherkin block under \"Writing a scenario\"")
	}
	if !bytes.Contains(m[1], []byte("Scenario:")) {
		t.Fatalf("README's example has no scenario:\n%s", m[1])
	}
	runSuite(t, suite.Options{Features: []godog.Feature{{Name: "README.md", Contents: m[1]}}})
}

func runSuite(t *testing.T, o suite.Options) {
	t.Helper()
	o.Launch.Evidence.Dir = t.TempDir()
	suite.Test(t, o)
}
