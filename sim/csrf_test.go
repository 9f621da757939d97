package sim_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/unbind/unbind/sim"
)

// Every state-changing form refuses a missing or wrong token, and nothing changes.
func TestCSRFRejected(t *testing.T) {
	forms := []struct {
		why    string
		url    string
		fields func(card string) url.Values
		from   string // a page whose form carries the right token
	}{
		{"remove a card from the list", cardsURL, func(c string) url.Values { return url.Values{"card": {c}} }, cardsURL},
		{"delete a card through the direct link", directURL, func(c string) url.Values { return url.Values{"card": {c}} }, directURL},
		{"sign out", "https://www.aliexpress.com/logout.htm", func(string) url.Values { return url.Values{} }, storeHome},
		{"place an order", checkout, func(c string) url.Values { return url.Values{"card": {c}} }, checkout},
		{"sign in", loginURL, func(string) url.Values {
			return url.Values{"email": {"ivan@example.com"}, "password": {password}}
		}, loginURL},
		{"pay with a new card and bind it", checkout, func(string) url.Values {
			return url.Values{"pay": {"new"}, "number": {visa1111}, "cvv": {"123"}, "expiry": {"12/29"}, "holder": {"I"}, "bind": {"yes"}}
		}, checkout},
		{"add a card in the wallet", addCardURL, func(string) url.Values {
			return url.Values{"number": {visa1111}, "cvv": {"123"}, "expiry": {"12/29"}, "holder": {"I"}}
		}, addCardURL},
		{"delete a card in Card management", "https://intl.alipay.com/account/settings/cards.htm", func(c string) url.Values { return url.Values{"card": {c}} }, settingsURL},
		{"delete a card in the app", appCardsURL, func(c string) url.Values { return url.Values{"card": {c}} }, appCardsURL},
		{"switch the wallet's language", "https://intl.alipay.com/account/settings/language.htm", func(string) url.Values { return url.Values{"language": {"ru_RU"}} }, settingsURL},
		{"open a dispute", "https://www.aliexpress.com/dispute.htm", func(string) url.Values { return url.Values{"order": {"1"}, "reason": {"not_received"}} }, ordersURL},
		{"sign in to the wallet", walletLoginURL, func(string) url.Values {
			return url.Values{"email": {"ivan@example.com"}, "password": {password}}
		}, walletLoginURL},
		{"ask for a password link", forgotURL, func(string) url.Values { return url.Values{"email": {"ivan@example.com"}} }, forgotURL},
	}
	tokens := []struct{ why, value string }{
		{"no token", ""},
		{"a wrong token", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
	}
	for _, f := range forms {
		for _, tok := range tokens {
			t.Run(f.why+" with "+tok.why, func(t *testing.T) {
				s := newSim(t)
				w := s.NewWorld(sim.WorldOptions{})
				walletBuyer(t, w, "ivan@example.com")
				b := newBrowser(t, s, w)
				if f.url != loginURL {
					signIn(b, "ivan@example.com")
				}
				b.open(f.from)
				buyerBefore, _ := w.Buyer("ivan@example.com")
				cards, _ := w.Cards("ivan@example.com")
				values := f.fields(cards[0].ID)
				if tok.value != "" {
					values.Set("csrf", tok.value)
				}
				sessionBefore := b.cookie(storeHome, "ae_session")
				p := b.post(f.url, values)
				if p.status != http.StatusForbidden {
					t.Errorf("status %d, want 403", p.status)
				}
				if got := masked(t, w, "ivan@example.com"); len(got) != 2 {
					t.Errorf("cards changed: %q", got)
				}
				if got, _ := w.Buyer("ivan@example.com"); got != buyerBefore {
					t.Errorf("the buyer changed from %+v to %+v", buyerBefore, got)
				}
				if orders, _ := w.Orders("ivan@example.com"); len(orders) != 0 {
					t.Errorf("an order was placed: %+v", orders)
				}
				if box := w.Mailbox("ivan@example.com"); len(box) != 0 {
					t.Errorf("a letter was sent: %+v", box)
				}
				if b.cookie(storeHome, "ae_session") != sessionBefore {
					t.Error("the storefront session changed")
				}
			})
		}
	}
}

func TestCSRFRejectedInRegistration(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	newbie(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "siti@example.com")
	b.open("https://intl.alipay.com/register/email.htm")
	p := b.post("https://intl.alipay.com/register/email.htm", url.Values{"email": {"siti@example.com"}, "captcha": {w.CaptchaAnswer()}})
	if p.status != http.StatusForbidden {
		t.Errorf("status %d, want 403", p.status)
	}
	if box := w.Mailbox("siti@example.com"); len(box) != 0 {
		t.Errorf("a letter was sent: %+v", box)
	}
}
