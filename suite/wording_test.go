package suite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/console"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
)

// A run whose steps took an article's misprint for the site's label says
// so in its summary: the word, the first step that used it, how many more
// did; the steps pass.
func TestSummaryNamesTheArticlesWrongWords(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "misprint.feature")
	const src = `Feature: The settings by the article's word
  @locale:ru_RU
  Scenario: Twice through the misprint
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Настойки"
    And I open "https://intl.alipay.com/"
    And I click "Настойки"
    Then I should be on "intl.alipay.com/account/settings.htm"
`
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var con syncBuffer
	o := Options{Paths: []string{feature}, Concurrency: 1, Output: &con, Log: &con,
		Console: console.New(&con, console.Options{Style: console.List}),
		Launch:  steps.LaunchOptions{Browser: browser.Options{StepTimeout: 5 * time.Second}}}
	o.Launch.Evidence.Dir = filepath.Join(dir, "evidence")
	res := runAll(t, context.Background(), o)
	var summary strings.Builder
	PrintSummary(&summary, res.Run, filepath.Join(dir, "out"), "unbind run", "")
	out := summary.String()
	for _, want := range []string{
		"unbind: 1 scenario: 1 passed, 0 failed",
		"unbind: wording: 2 steps written with a word its article gets wrong, which the step took for the site's label",
		`misprint.feature:7 (and 1 more): «Настойки» (ru) is "Настройки" on the site: a misprint of «Настройки»`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary does not say %s:\n%s", want, out)
		}
	}
}
