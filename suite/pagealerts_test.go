package suite

import (
	"strings"
	"testing"
	"time"
)

// A check of the sites' records that fails while the page shows an error
// of its own (a form it refused) quotes that error: the reason the record
// is not what the article says is on the page, not in the record.
func TestARecordCheckThatFailsQuotesThePagesError(t *testing.T) {
	const feature = `Feature: The page refused the form
  Scenario: A wrong captcha
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I fill "Captcha" with "WRONG1"
    And I click "Send confirmation email"
    Then the buyer has received 1 email

  Scenario: An address the site does not have
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "www.aliexpress.com/item/no-such-item.html"
    And I click "Buy now"

  Scenario: No error on the page
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then the buyer has no bound cards
`
	got := failures(runFeatureText(t, "alerts.feature", feature, 2*time.Second))
	if msg := got["A wrong captcha"]; !strings.Contains(msg, `the page shows the error "The characters you entered are incorrect"`) {
		t.Errorf("the failure does not quote the page's error:\n%s", msg)
	}
	if msg := got["An address the site does not have"]; !strings.Contains(msg, "HTTP 404 Not Found: GET https://www.aliexpress.com/item/no-such-item.html") {
		t.Errorf("a step failing on the site's 404 page does not say so:\n%s", msg)
	}
	if msg := got["No error on the page"]; msg == "" || strings.Contains(msg, "the page shows the error") || strings.Contains(msg, "HTTP 4") {
		t.Errorf("a failure on a page without an error: %q", msg)
	}
}
