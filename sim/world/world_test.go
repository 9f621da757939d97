package world

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// fixedClock is a real clock stand-in that never moves on its own.
func fixedClock() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }

func newTestWorld(t *testing.T) *World {
	t.Helper()
	w := New(Options{Clock: fixedClock})
	if _, err := w.AddBuyer(BuyerSpec{Email: "Ivan@Example.com", Password: "pw", Name: "Ivan", Wallet: true,
		Cards: []CardSpec{{Number: "4242424242424242"}, {Number: "5454545454545454"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.AddBuyer(BuyerSpec{Email: "siti@example.com", Password: "pw"}); err != nil {
		t.Fatal(err)
	}
	return w
}

func TestAddBuyer(t *testing.T) {
	w := newTestWorld(t)
	cases := []struct {
		why  string
		spec BuyerSpec
		want error
	}{
		{"the same e-mail in another case", BuyerSpec{Email: "ivan@example.com", Password: "x"}, ErrBuyerExists},
		{"no e-mail", BuyerSpec{Password: "x"}, ErrInvalidBuyer},
		{"a display name is not an address", BuyerSpec{Email: "Ivan <i@example.com>", Password: "x"}, ErrInvalidBuyer},
		{"no password", BuyerSpec{Email: "new@example.com"}, ErrInvalidBuyer},
		{"a bad card", BuyerSpec{Email: "new@example.com", Password: "x", Cards: []CardSpec{{Number: "1"}}}, ErrCardLength},
	}
	for _, tc := range cases {
		if _, err := w.AddBuyer(tc.spec); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
	}
	b, err := w.Buyer("IVAN@example.com")
	if err != nil || b.Name != "Ivan" || b.Wallet != WalletRegistered {
		t.Errorf("buyer %+v, %v", b, err)
	}
	if b, _ := w.Buyer("siti@example.com"); b.Name != "siti" {
		t.Errorf("default name %q, want the address's local part", b.Name)
	}
	if _, err := w.Cards("nobody@example.com"); !errors.Is(err, ErrNoSuchBuyer) {
		t.Errorf("cards of nobody: %v", err)
	}
}

// The world keeps no full card number anywhere in its state.
func TestWorldKeepsNoCardNumber(t *testing.T) {
	w := newTestWorld(t)
	if _, err := w.BindCard("siti@example.com", CardSpec{Number: "4111 1111 1111 1111"}); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"4242424242424242", "5454545454545454", "4111111111111111", "4111 1111 1111 1111"} {
		if path := findString(reflect.ValueOf(w).Elem(), n, "World", map[uintptr]bool{}); path != "" {
			t.Errorf("the world keeps %s at %s", n, path)
		}
	}
}

// findStringIn is where in the world's state a string containing s is, or "".
func findStringIn(w *World, s string) string {
	return findString(reflect.ValueOf(w).Elem(), s, "World", map[uintptr]bool{})
}

// findString walks a value and returns the path of a string containing s.
func findString(v reflect.Value, s, path string, seen map[uintptr]bool) string {
	switch v.Kind() {
	case reflect.String:
		if strings.Contains(v.String(), s) {
			return path
		}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() || (v.Kind() == reflect.Pointer && seen[v.Pointer()]) {
			return ""
		}
		if v.Kind() == reflect.Pointer {
			seen[v.Pointer()] = true
		}
		return findString(v.Elem(), s, path, seen)
	case reflect.Struct:
		for i := range v.NumField() {
			if p := findString(v.Field(i), s, path+"."+v.Type().Field(i).Name, seen); p != "" {
				return p
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if p := findString(v.Index(i), s, fmt.Sprintf("%s[%d]", path, i), seen); p != "" {
				return p
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if p := findString(v.MapIndex(k), s, fmt.Sprintf("%s[%v]", path, k), seen); p != "" {
				return p
			}
		}
	}
	return ""
}

func TestRemoveCardOnlyOwnCard(t *testing.T) {
	w := newTestWorld(t)
	ivans, _ := w.Cards("ivan@example.com")
	if _, err := w.RemoveCard("siti@example.com", ivans[0].ID); !errors.Is(err, ErrNoSuchCard) {
		t.Errorf("another buyer's card: %v, want ErrNoSuchCard", err)
	}
	if got, _ := w.Cards("ivan@example.com"); len(got) != 2 {
		t.Errorf("cards changed: %v", got)
	}
	if c, err := w.RemoveCard("ivan@example.com", ivans[0].ID); err != nil || c.Last4 != "4242" {
		t.Errorf("own card: %v %v", c, err)
	}
	if got, _ := w.Cards("ivan@example.com"); len(got) != 1 || got[0].Last4 != "5454" {
		t.Errorf("left %v", got)
	}
}

func TestSessions(t *testing.T) {
	w := newTestWorld(t)
	anon := w.NewSession(RealmStorefront)
	if _, err := w.SignIn(anon.ID, "ivan@example.com", "wrong"); !errors.Is(err, ErrBadCredentials) {
		t.Errorf("wrong password: %v", err)
	}
	if _, ok := w.Session(RealmStorefront, anon.ID); !ok {
		t.Error("a failed sign-in ended the anonymous session")
	}
	s, err := w.SignIn(anon.ID, "IVAN@example.com", "pw")
	if err != nil || s.ID == anon.ID || s.CSRF == anon.CSRF || s.Email != "Ivan@Example.com" {
		t.Fatalf("sign in: %+v %v", s, err)
	}
	if _, ok := w.Session(RealmStorefront, anon.ID); ok {
		t.Error("the pre-sign-in session id survived")
	}
	if _, ok := w.Session(RealmWallet, s.ID); ok {
		t.Error("a storefront session works as a wallet session")
	}
	code, err := w.IssueCode(s.ID)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := w.RedeemCode(code)
	if err != nil || ws.Realm != RealmWallet || ws.Email != s.Email {
		t.Fatalf("redeem: %+v %v", ws, err)
	}
	if _, err := w.RedeemCode(code); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("second redeem: %v", err)
	}
	w.SignOut(s.ID)
	if _, ok := w.Session(RealmWallet, ws.ID); ok {
		t.Error("signing out of the storefront left the wallet session")
	}
	if _, err := w.IssueCode(anon.ID); !errors.Is(err, ErrNotSignedIn) {
		t.Errorf("code for an unknown session: %v", err)
	}
}

// Signing in again (as anyone) on a browser ends the wallet sessions the
// old storefront session opened, so the next buyer never inherits them.
func TestSignInAgainEndsWalletSessions(t *testing.T) {
	w := newTestWorld(t)
	s, _ := w.SignIn("", "ivan@example.com", "pw")
	code, _ := w.IssueCode(s.ID)
	ws, _ := w.RedeemCode(code)
	if _, err := w.SignIn(s.ID, "siti@example.com", "pw"); err != nil {
		t.Fatal(err)
	}
	if _, ok := w.Session(RealmWallet, ws.ID); ok {
		t.Error("the first buyer's wallet session survived the second buyer's sign-in")
	}
}

func TestCodeNeedsLiveStorefrontSession(t *testing.T) {
	w := newTestWorld(t)
	s, _ := w.SignIn("", "ivan@example.com", "pw")
	code, _ := w.IssueCode(s.ID)
	w.SignOut(s.ID)
	if _, err := w.RedeemCode(code); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("code after sign-out: %v", err)
	}
}

func TestClock(t *testing.T) {
	w := New(Options{Clock: fixedClock})
	w.Advance(24 * time.Hour)
	if got := w.Now(); !got.Equal(fixedClock().Add(24 * time.Hour)) {
		t.Errorf("Now() = %v", got)
	}
}

func TestRegistrationLink(t *testing.T) {
	cases := []struct {
		why     string
		advance time.Duration
		want    error
	}{
		{"a fresh link", 0, nil},
		{"a second before expiry", LinkLifetime - time.Second, nil},
		{"at 24 hours", LinkLifetime, ErrLinkExpired},
	}
	for _, tc := range cases {
		w := newTestWorld(t)
		token, err := w.StartRegistration("siti@example.com", "siti@example.com", strings.ToLower(w.CaptchaAnswer()))
		if err != nil {
			t.Fatal(err)
		}
		w.Advance(tc.advance)
		if err := w.ConfirmEmail("siti@example.com", token); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
		st, _ := w.WalletStatus("siti@example.com")
		if (st == WalletConfirmed) != (tc.want == nil) {
			t.Errorf("%s: status %v", tc.why, st)
		}
	}
	w := newTestWorld(t)
	if _, err := w.StartRegistration("siti@example.com", "siti@example.com", "nope"); !errors.Is(err, ErrWrongCaptcha) {
		t.Errorf("wrong captcha: %v", err)
	}
	if _, _, err := w.ResendConfirmation("siti@example.com"); !errors.Is(err, ErrNoPendingRegistration) {
		t.Errorf("resend before asking: %v", err)
	}
	if err := w.SetSecurity("siti@example.com", goodSecurity()); !errors.Is(err, ErrNotConfirmed) {
		t.Errorf("password before confirming: %v", err)
	}
}

func TestMailbox(t *testing.T) {
	w := newTestWorld(t)
	w.Send(Mail{To: "A@example.com", Subject: "one", Anchors: []Anchor{{Text: "go", URL: "https://x/1"}}})
	w.Advance(time.Minute)
	w.Send(Mail{To: "b@example.com", Subject: "other"})
	w.Send(Mail{To: "a@example.com", Subject: "two"})
	box := w.Mailbox("a@EXAMPLE.com")
	if len(box) != 2 || box[0].Subject != "one" || box[1].Subject != "two" {
		t.Fatalf("mailbox %+v", box)
	}
	if box[0].Links[0] != "https://x/1" || !box[1].Sent.After(box[0].Sent) {
		t.Errorf("links %q sent %v %v", box[0].Links, box[0].Sent, box[1].Sent)
	}
	box[0].Links[0] = "changed"
	if m, ok := w.Letter("a@example.com", box[0].ID); !ok || m.Links[0] != "https://x/1" {
		t.Error("a caller's copy changed the world's letter")
	}
}

// Many goroutines at one world, for the race detector.
func TestWorldConcurrency(t *testing.T) {
	w := newTestWorld(t)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			email := fmt.Sprintf("b%d@example.com", i)
			_, _ = w.AddBuyer(BuyerSpec{Email: email, Password: "pw", Cards: []CardSpec{{Brand: "Visa", Last4: "0001"}}})
			s, _ := w.SignIn("", email, "pw")
			code, _ := w.IssueCode(s.ID)
			ws, _ := w.RedeemCode(code)
			w.SetFlash(ws.ID, "x")
			w.TakeFlash(ws.ID)
			cards, _ := w.Cards(email)
			_, _ = w.RemoveCard(email, cards[0].ID)
			w.Advance(time.Second)
			_ = w.Mailbox(email)
		}()
	}
	wg.Wait()
	if got := w.Now(); !got.Equal(fixedClock().Add(20 * time.Second)) {
		t.Errorf("clock %v after 20 advances of a second", got)
	}
}
