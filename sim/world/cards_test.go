package world

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestCheckTypedCard(t *testing.T) {
	now := fixedClock() // January 2026
	good := CardSpec{Number: "4242 4242 4242 4242", Expiry: "12/29", Holder: "SITI RAHMA"}
	cases := []struct {
		why  string
		edit func(*CardSpec, *string)
		want error
	}{
		{"a good Visa", func(*CardSpec, *string) {}, nil},
		{"a good MasterCard", func(c *CardSpec, _ *string) { c.Number = "5454-5454-5454-5454" }, nil},
		{"a good Maestro", func(c *CardSpec, _ *string) { c.Number = "6759000000000000" }, nil},
		{"no number", func(c *CardSpec, _ *string) { c.Number = "" }, ErrCardLength},
		{"15 digits", func(c *CardSpec, _ *string) { c.Number = "424242424242424" }, ErrCardLength},
		{"a letter in the number", func(c *CardSpec, _ *string) { c.Number = "4242a24242424242" }, ErrCardDigits},
		{"one digit wrong (Luhn)", func(c *CardSpec, _ *string) { c.Number = "4242424242424243" }, ErrCardLuhn},
		{"a brand not taken (Amex-like prefix)", func(c *CardSpec, _ *string) { c.Number = "3400000000000000" }, ErrCardBrand},
		{"expiry not MM/YY", func(c *CardSpec, _ *string) { c.Expiry = "2029-12" }, ErrCardExpiry},
		{"month 13", func(c *CardSpec, _ *string) { c.Expiry = "13/29" }, ErrCardExpiry},
		{"expired last month", func(c *CardSpec, _ *string) { c.Expiry = "12/25" }, ErrCardExpired},
		{"valid to the end of this month", func(c *CardSpec, _ *string) { c.Expiry = "01/26" }, nil},
		{"CVV of two digits", func(_ *CardSpec, cvv *string) { *cvv = "12" }, ErrCardCVV},
		{"CVV with a letter", func(_ *CardSpec, cvv *string) { *cvv = "12a" }, ErrCardCVV},
		{"no cardholder", func(c *CardSpec, _ *string) { c.Holder = "  " }, ErrCardHolder},
	}
	for _, tc := range cases {
		spec, cvv := good, "123"
		tc.edit(&spec, &cvv)
		if err := CheckTypedCard(spec, cvv, now); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
	}
}

func TestAddWalletCard(t *testing.T) {
	w := newTestWorld(t) // ivan has Visa 4242 and MasterCard 5454
	typed := CardSpec{Number: "4111111111111111", Expiry: "12/29", Holder: "IVAN"}
	c, err := w.AddWalletCard("ivan@example.com", typed, "123")
	if err != nil {
		t.Fatal(err)
	}
	if c.Verified || c.Masked() != "Visa •••• 1111" || !c.InWallet() {
		t.Errorf("new card %+v, want a wallet Visa 1111 not verified yet", c)
	}
	h, _ := w.History("ivan@example.com")
	if len(h) != 1 || h[0].Kind != EntryCardCheck || h[0].Amount != -CardCheckAmount || h[0].Card != "Visa •••• 1111" {
		t.Errorf("history %+v, want the $0.01 check", h)
	}
	if b, _ := w.Buyer("ivan@example.com"); b.Balance != 0 {
		t.Errorf("the card check moved the balance to %s", b.Balance)
	}
	w.Advance(VerifyDelay - time.Second)
	if c, _ := w.Card("ivan@example.com", c.ID); c.Verified {
		t.Error("verified before 24 hours")
	}
	w.Advance(time.Second)
	if c, _ := w.Card("ivan@example.com", c.ID); !c.Verified {
		t.Error("not verified after 24 hours")
	}
}

func TestAddWalletCardRefusals(t *testing.T) {
	cases := []struct {
		why   string
		cards int // wallet cards the buyer has already
		app   bool
		spec  CardSpec
		want  error
	}{
		{"a sixth card (002: at most five)", 5, false, CardSpec{Number: "4111111111111111", Expiry: "12/29", Holder: "I"}, ErrTooManyCards},
		{"app cards do not count towards five", 4, true, CardSpec{Number: "4111111111111111", Expiry: "12/29", Holder: "I"}, nil},
		{"Maestro is not bound in the wallet (002: Visa or MasterCard)", 0, false, CardSpec{Number: "6759000000000000", Expiry: "12/29", Holder: "I"}, ErrWalletBrand},
		{"an expired card", 0, false, CardSpec{Number: "4111111111111111", Expiry: "01/20", Holder: "I"}, ErrCardExpired},
	}
	for _, tc := range cases {
		w := New(Options{Clock: fixedClock})
		spec := BuyerSpec{Email: "i@example.com", Password: "pw", Wallet: true}
		for i := range tc.cards {
			spec.Cards = append(spec.Cards, CardSpec{Brand: "Visa", Last4: strings.Repeat(string(rune('0'+i)), 4)})
		}
		if tc.app {
			spec.Cards = append(spec.Cards, CardSpec{Brand: "Visa", Last4: "9999", Origin: OriginApp})
		}
		if _, err := w.AddBuyer(spec); err != nil {
			t.Fatal(err)
		}
		before, _ := w.Cards("i@example.com")
		_, err := w.AddWalletCard("i@example.com", tc.spec, "123")
		if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
		after, _ := w.Cards("i@example.com")
		if tc.want != nil && len(after) != len(before) {
			t.Errorf("%s: a refused card changed the list from %d to %d cards", tc.why, len(before), len(after))
		}
	}
}

func TestCardViews(t *testing.T) {
	w := New(Options{Clock: fixedClock})
	if _, err := w.AddBuyer(BuyerSpec{Email: "i@example.com", Password: "pw", Cards: []CardSpec{
		{Brand: "Visa", Last4: "4242", Expiry: "12/25"},
		{Brand: "MasterCard", Last4: "5454", Origin: OriginApp},
	}}); err != nil {
		t.Fatal(err)
	}
	cards, _ := w.Cards("i@example.com")
	if !cards[0].Default || cards[1].Default {
		t.Errorf("the first card is the default when none was chosen: %+v", cards)
	}
	if !cards[0].Expired || cards[1].Expired {
		t.Errorf("expired flags: %v %v", cards[0].Expired, cards[1].Expired)
	}
	wallet, _ := w.WalletCards("i@example.com")
	if len(wallet) != 1 || wallet[0].Last4 != "4242" {
		t.Errorf("wallet cards %+v, want only the Visa", wallet)
	}
	if _, err := w.AddBuyer(BuyerSpec{Email: "x@example.com", Password: "pw", Cards: []CardSpec{{Brand: "Visa", Last4: "1234", Origin: "phone"}}}); !errors.Is(err, ErrCardOrigin) {
		t.Errorf("an unknown origin: %v", err)
	}
}

// The wallet's cards and the app's are two lists: a card saved in the app is
// not bound to the wallet, and a wallet card is not one the app saved.
func TestWalletAndAppCardsApart(t *testing.T) {
	w := New(Options{Clock: fixedClock})
	if _, err := w.AddBuyer(BuyerSpec{Email: "i@example.com", Password: "pw", Wallet: true, Cards: []CardSpec{
		{Brand: "Visa", Last4: "4242"},
		{Brand: "MasterCard", Last4: "5454", Origin: OriginApp},
		{Brand: "Visa", Last4: "1111"},
	}}); err != nil {
		t.Fatal(err)
	}
	last4s := func(cards []Card) string {
		var s []string
		for _, c := range cards {
			s = append(s, c.Last4)
		}
		return strings.Join(s, ",")
	}
	wallet, err := w.WalletCards("i@example.com")
	if err != nil || last4s(wallet) != "4242,1111" {
		t.Errorf("wallet cards %s (%v), want 4242,1111", last4s(wallet), err)
	}
	app, err := w.AppCards("i@example.com")
	if err != nil || last4s(app) != "5454" {
		t.Errorf("app cards %s (%v), want 5454", last4s(app), err)
	}
	if _, err := w.AppCards("nobody@example.com"); !errors.Is(err, ErrNoSuchBuyer) {
		t.Errorf("app cards of no buyer: %v", err)
	}
}
