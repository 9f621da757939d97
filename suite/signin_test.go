package suite

import (
	"strings"
	"testing"
	"time"
)

// signInFeature forgets to sign in: the direct link and the app both show
// their sign-in page instead, and the step after fails there.
const signInFeature = `Feature: Not signed in
  Scenario: The direct link
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm"
    And I click "Delete card"

  Scenario: The app
    Given a buyer with a bound Visa card ending in 4242
    When I use the mobile app
    And I click "My Profile"

  Scenario: An open alert
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm"
    And I click "Delete card"
    And I click "Add card"

  Scenario: Signed in
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm"
    And I click "Nothing of the kind"

  @profile:wallet-sign-in
  Scenario: The wallet's own sign-in
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Nothing of the kind"
`

// A step that fails on a sign-in page says so, and how a scenario signs
// in: a reader who left out the sign-in is told why the page is not the
// one the article shows. A step that fails on a page the buyer is signed
// in to says nothing of it; one an open alert stopped says only that.
func TestAStepThatFailsOnASignInPageSaysSo(t *testing.T) {
	got := failures(runFeatureText(t, "signin.feature", signInFeature, 2*time.Second))
	const hint = "the buyer is not signed in"
	for name, page := range map[string]string{"The direct link": `"Sign in to AliExpress"`, "The app": `"Sign in to see your profile, orders and cards."`} {
		if msg := got[name]; !strings.Contains(msg, hint) || !strings.Contains(msg, page) || !strings.Contains(msg, "I am signed in to the storefront") {
			t.Errorf("%s: the failure does not say the page asks to sign in (%s):\n%s", name, page, msg)
		}
	}
	// An alert stopped the step: it says so, and nothing of labels or pages.
	if msg := got["An open alert"]; !strings.Contains(msg, "a browser dialog is open") || strings.Contains(msg, hint) || strings.Contains(msg, "«Add card»") {
		t.Errorf("an open alert: the failure is %q; want only that the alert is open", msg)
	}
	// The wallet-sign-in profile's wallet asks for its own sign-in of a
	// buyer signed in to the storefront: the hint says that, not that the
	// buyer is signed out.
	if msg := got["The wallet's own sign-in"]; strings.Contains(msg, hint) || !strings.Contains(msg, `the page is the wallet's own sign-in ("Sign in to Alipay")`) || !strings.Contains(msg, `clicks "Sign in"`) {
		t.Errorf("the wallet's own sign-in: the failure is %q", msg)
	}
	if msg := got["Signed in"]; msg == "" || strings.Contains(msg, hint) {
		t.Errorf("signed in: the failure is %q; want one without the sign-in hint", msg)
	}
}
