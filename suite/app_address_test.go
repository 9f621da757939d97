package suite

import (
	"strings"
	"testing"
	"time"
)

// The mobile app has no address bar: an address opened while the page is
// the app's fails, as a reader of the app cannot type one (003); the same
// address opens in the browser.
func TestTheAppHasNoAddressBar(t *testing.T) {
	const feature = `Feature: No address bar in the app
  Scenario: The direct link in the app
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I use the mobile app
    And I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"

  Scenario: The direct link in the browser
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    Then I should see "Visa •••• 4242"
`
	got := failures(runFeatureText(t, "app.feature", feature, 5*time.Second))
	if msg := got["The direct link in the app"]; !strings.Contains(msg, "which has no address bar and no tabs") {
		t.Errorf("an address opened in the app: the failure is %q", msg)
	}
	if msg, failed := got["The direct link in the browser"]; failed {
		t.Errorf("the address in the browser failed: %s", msg)
	}
}
