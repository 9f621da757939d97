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

  Scenario: The captcha left out
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I click "Send confirmation email"
    Then the buyer has received 1 email

  Scenario: A step of the registration left out
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I enter the captcha
    And I click "Send confirmation email"
    And I follow the link in it
    And I fill "Payment password" with "271828"
    And I fill "Confirm payment password" with "271828"
    And I select "What was the name of your first pet?" from "Security question 1"
    And I fill "Answer 1" with "Barsik"
    And I select "In which city were you born?" from "Security question 2"
    And I fill "Answer 2" with "Kazan"
    And I select "What was the name of your first school?" from "Security question 3"
    And I fill "Answer 3" with "School No. 5"
    And I click "Submit"
    Then the buyer's wallet status is "registered"
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
	// A form the browser's own checks kept from being sent fails the click
	// that was to send it, saying which field, as the browser's bubble does.
	if msg := got["The captcha left out"]; !strings.Contains(msg, `clicking "Send confirmation email": the browser did not send the form`) || !strings.Contains(msg, `"Captcha" (Please fill out this field.)`) {
		t.Errorf("the click on a form the browser refused does not fail naming its field:\n%s", msg)
	}
	// Where the page shows no error, its heading and status say how far
	// the reader got.
	if msg := got["A step of the registration left out"]; !strings.Contains(msg, `the page shows "Security settings saved", "Your payment password and security questions are set. One step is left: your personal data."`) {
		t.Errorf("a records check failing after a step left out does not quote the page's heading and status:\n%s", msg)
	}
}
