package suite

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/cucumber/godog"
)

const twoScenarios = `Feature: Two
  Scenario: One
    Given a buyer with a bound Visa card ending in 4242
    Then the buyer's bound cards are "Visa 4242"

  Scenario: Two
    Given a buyer with a bound Visa card ending in 4242
    Then the buyer has no bound cards
`

// TestFilteredRun is run by TestRunPicksOneScenario in a process of its
// own, with -run picking one scenario's subtest.
func TestFilteredRun(t *testing.T) {
	if os.Getenv("UNBIND_SUITE_FILTERED") != "1" {
		t.Skip("run by TestRunPicksOneScenario")
	}
	Test(t, Options{Features: []godog.Feature{{Name: "two.feature", Contents: []byte(twoScenarios)}}})
}

// go test -run 'TestX/One' runs that scenario alone, and the test passes
// when it does: the scenarios -run leaves out are not counted as failed.
// (Scenario Two fails; running it would fail the test.)
func TestRunPicksOneScenario(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run", "^TestFilteredRun$/^One$", "-test.v")
	cmd.Env = append(os.Environ(), "UNBIND_SUITE_FILTERED=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestFilteredRun/One") || strings.Contains(string(out), "TestFilteredRun/Two") {
		t.Errorf("go test -run TestFilteredRun/One: %v\n%s", err, out)
	}
}
