package steps

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cucumber/godog"
	"github.com/unbind/unbind/steps/browser"
)

// `a new page opens` holds after a step that followed a link, and not
// after one that only opened a menu on the same page: the page it says it
// still is is named.
func TestANewPageOpens(t *testing.T) {
	const feature = `Feature: a new page
  Scenario: a link followed opens one
    Given I am signed in as a buyer with a bound card
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then a new page opens

  Scenario: a menu opened does not
    Given I am signed in as a buyer with a bound card
    When I hover over "My AliExpress"
    Then a new page opens
`
	l, err := Launch(context.Background(), LaunchOptions{Evidence: EvidenceOptions{Dir: t.TempDir()}, Browser: browser.Options{StepTimeout: 2 * time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	var out strings.Builder
	opts := godog.Options{Format: "pretty", NoColors: true, Output: &out, Concurrency: 1, FeatureContents: []godog.Feature{{Name: "newpage.feature", Contents: []byte(feature)}}}
	godog.TestSuite{ScenarioInitializer: l.Harness.InitializeScenario, Options: &opts}.Run()
	if !strings.Contains(out.String(), "2 scenarios (1 passed, 1 failed)") {
		t.Errorf("want the link followed to open a new page and the menu not to:\n%s", out.String())
	}
	if want := "the page is still https://www.aliexpress.com/, the one shown when the step before this one started"; !strings.Contains(out.String(), want) {
		t.Errorf("the failure does not say %q:\n%s", want, out.String())
	}
}
