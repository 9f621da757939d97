package world

import (
	"errors"
	"testing"
	"time"
)

func TestWalletPasswordReset(t *testing.T) {
	w := newTestWorld(t)
	if _, err := w.WalletSignIn("ivan@example.com", "pw"); err != nil {
		t.Errorf("before a reset the storefront password works: %v", err)
	}
	if _, err := w.StartPasswordReset("ivan@example.com", "WRONG"); !errors.Is(err, ErrWrongCaptcha) {
		t.Errorf("wrong captcha: %v", err)
	}
	if _, err := w.StartPasswordReset("nobody@example.com", w.CaptchaAnswer()); !errors.Is(err, ErrNoSuchBuyer) {
		t.Errorf("unknown address: %v", err)
	}
	token, err := w.StartPasswordReset("IVAN@example.com", w.CaptchaAnswer())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.ResetWalletPassword(token, "short1", "short1"); !errors.Is(err, ErrLoginPasswordWeak) {
		t.Errorf("weak password: %v", err)
	}
	if err := w.ResetWalletPassword(token, "newpass123", "newpass124"); !errors.Is(err, ErrLoginPasswordMismatch) {
		t.Errorf("mismatch: %v", err)
	}
	if err := w.ResetWalletPassword(token, "newpass123", "newpass123"); err != nil {
		t.Fatal(err)
	}
	if err := w.ResetWalletPassword(token, "other1234", "other1234"); !errors.Is(err, ErrInvalidLink) {
		t.Errorf("the link a second time: %v", err)
	}
	s, err := w.WalletSignIn("ivan@example.com", "newpass123")
	if err != nil || s.Realm != RealmWallet || s.Email != "Ivan@Example.com" {
		t.Errorf("sign in with the new password: %+v %v", s, err)
	}
	if _, err := w.WalletSignIn("ivan@example.com", "pw"); !errors.Is(err, ErrBadCredentials) {
		t.Errorf("the old password after a reset: %v", err)
	}
	if _, err := w.SignIn("", "ivan@example.com", "pw"); err != nil {
		t.Errorf("the storefront password changed too: %v", err)
	}
}

func TestResetLinkExpires(t *testing.T) {
	w := newTestWorld(t)
	token, err := w.StartPasswordReset("ivan@example.com", w.CaptchaAnswer())
	if err != nil {
		t.Fatal(err)
	}
	w.Advance(LinkLifetime)
	if err := w.CheckResetToken(token); !errors.Is(err, ErrLinkExpired) {
		t.Errorf("after 24 hours: %v", err)
	}
	if err := w.ResetWalletPassword(token, "newpass123", "newpass123"); !errors.Is(err, ErrLinkExpired) {
		t.Errorf("reset after 24 hours: %v", err)
	}
}

func TestCheckLoginPassword(t *testing.T) {
	cases := []struct {
		why, password string
		want          error
	}{
		{"letters and digits, 8 long", "abcdefg1", nil},
		{"7 long", "abcdef1", ErrLoginPasswordWeak},
		{"no digit", "abcdefgh", ErrLoginPasswordWeak},
		{"no letter", "12345678", ErrLoginPasswordWeak},
	}
	for _, tc := range cases {
		if err := CheckLoginPassword(tc.password); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
	}
}

func TestSMS(t *testing.T) {
	w := newTestWorld(t)
	w.SendSMS("+7 900 000-00-00", "one")
	w.Advance(time.Minute)
	w.SendSMS("+7 900 111-11-11", "other")
	w.SendSMS("79000000000", "two")
	got := w.Messages("+7 (900) 000 00 00")
	if len(got) != 2 || got[0].Text != "one" || got[1].Text != "two" || !got[1].Sent.After(got[0].Sent) {
		t.Errorf("messages %+v", got)
	}
	if got := w.Messages(""); len(got) != 0 {
		t.Errorf("an empty number has %d messages", len(got))
	}
}

func TestCheckProfile(t *testing.T) {
	cases := []struct {
		why, profile string
		ok           bool
	}{
		{"the default", "", true},
		{"one profile", ProfileRegistrationClosed, true},
		{"two joined", ProfileEditDelete + "+" + ProfileAlertConfirm, true},
		{"a typo", "registration-close", false},
		{"an empty part", ProfileEditDelete + "+", false},
		{"the same twice", ProfileEditDelete + "+" + ProfileEditDelete, false},
	}
	for _, tc := range cases {
		if err := CheckProfile(tc.profile); (err == nil) != tc.ok {
			t.Errorf("%s: CheckProfile(%q) = %v", tc.why, tc.profile, err)
		}
	}
	w := New(Options{Profile: ProfileEditDelete + "+" + ProfileAlertConfirm})
	if !w.Has(ProfileAlertConfirm) || w.Has(ProfileWalletRequired) || w.Has(ProfileDefault) {
		t.Error("Has does not follow the joined profile")
	}
	if !New(Options{}).Has(ProfileDefault) {
		t.Error("a default world does not have the default profile")
	}
}
