package sim_test

import (
	"net/http"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const (
	walletLoginURL = "https://intl.alipay.com/login.htm"
	forgotURL      = "https://intl.alipay.com/password/forgot.htm"
	resetURL       = "https://intl.alipay.com/password/reset.htm"
)

// P11 (004): wallet sign-in → "Forgot password" → e-mail and captcha →
// "Get password" → the letter's link → a new password → sign in with it.
func TestForgotWalletPassword(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	login := b.open(walletLoginURL).want(walletLoginURL).has("Sign in to Alipay")
	forgot := login.click("Forgot password").want(forgotURL)
	wrong := forgot.press("Get password", map[string]string{"Email": "ivan@example.com", "Captcha": "WRONG"})
	wrong.want(forgotURL).has("The characters you entered are incorrect")
	if got := wrong.doc.Find("#forgot-email").AttrOr("value", ""); got != "ivan@example.com" {
		t.Errorf("the address after a wrong captcha = %q, want it kept", got)
	}
	if n := len(w.Mailbox("ivan@example.com")); n != 0 {
		t.Fatalf("a wrong captcha sent %d letters", n)
	}
	sent := wrong.press("Get password", map[string]string{"Email": "ivan@example.com", "Captcha": w.CaptchaAnswer()})
	sent.has("If an Alipay account uses ivan@example.com, we have sent it a link to set a new password.")
	box := w.Mailbox("ivan@example.com")
	if len(box) != 1 || box[0].Subject != "Reset your Alipay password" || box[0].Anchors[0].Text != "Set a new password" {
		t.Fatalf("mail %+v", box)
	}
	form := b.open(box[0].Links[0]).want(resetURL)
	form.press("Save password", map[string]string{"New password": "short", "Confirm new password": "short"}).
		has("The password needs 8 characters or more, letters and digits")
	form.press("Save password", map[string]string{"New password": "newpass123", "Confirm new password": "newpass124"}).
		has("The passwords do not match")
	done := form.press("Save password", map[string]string{"New password": "newpass123", "Confirm new password": "newpass123"})
	done.has("Your password has been changed")
	if p := b.open(box[0].Links[0]); p.status != http.StatusNotFound {
		t.Errorf("the link a second time: status %d", p.status)
	}

	fresh := newBrowser(t, s, w)
	old := fresh.open(walletLoginURL).press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password})
	old.want(walletLoginURL).has("Incorrect email or password")
	account := old.press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": "newpass123"})
	account.want(walletHome).has("My Account").has("Edit cards")
	signIn(fresh, "ivan@example.com") // the storefront password is unchanged
}

func TestForgotPasswordUnknownAddressSendsNothing(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	b := newBrowser(t, s, w)
	p := b.open(forgotURL).press("Get password", map[string]string{"Email": "nobody@example.com", "Captcha": w.CaptchaAnswer()})
	p.has("If an Alipay account uses nobody@example.com, we have sent it a link")
	if n := len(w.Mailbox("nobody@example.com")); n != 0 {
		t.Errorf("%d letters to an unknown address", n)
	}
}

func TestResetLinkExpires(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	b.open(forgotURL).press("Get password", map[string]string{"Email": "ivan@example.com", "Captcha": w.CaptchaAnswer()})
	w.Advance(world.LinkLifetime)
	p := b.open(w.Mailbox("ivan@example.com")[0].Links[0])
	if p.status != http.StatusGone {
		t.Errorf("status %d, want 410", p.status)
	}
	p.has("This link has expired").click("Forgot password").want(forgotURL)
}

// The wallet's own sign-in takes the storefront password until a reset, and
// its forms carry a CSRF token though nobody is signed in yet.
func TestWalletSignInForm(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	if p := b.post(walletLoginURL, map[string][]string{"email": {"ivan@example.com"}, "password": {password}}); p.status != http.StatusForbidden {
		t.Errorf("sign-in without a token: status %d", p.status)
	}
	b.open(walletLoginURL).press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password}).want(walletHome)
	if p := b.open(walletLoginURL); p.at() != walletHome {
		t.Errorf("the sign-in form when signed in is at %s", p.url)
	}
}
