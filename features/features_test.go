package features_test

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/steps"
)

// TestFeatures runs every feature of this folder in a real headless Chromium
// against the embedded sim, one subtest per scenario.
func TestFeatures(t *testing.T) {
	runSuite(t, godog.Options{Paths: []string{"."}})
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
	runSuite(t, godog.Options{FeatureContents: []godog.Feature{{Name: "README.md", Contents: m[1]}}})
}

func runSuite(t *testing.T, opts godog.Options) {
	t.Helper()
	l, err := steps.Launch(context.Background(), steps.LaunchOptions{
		Evidence: steps.EvidenceOptions{Dir: t.TempDir()},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Errorf("closing: %v", err)
		}
	})
	opts.Format = "progress"
	opts.Strict = true
	opts.TestingT = t
	opts.Output = testWriter{t}
	suite := godog.TestSuite{ScenarioInitializer: l.Harness.InitializeScenario, Options: &opts}
	if status := suite.Run(); status != 0 {
		t.Fatalf("feature suite exited with status %d", status)
	}
}

// testWriter sends godog's output to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}
