package sim_test

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// tourPages are every page a buyer can reach, in the order a person might.
func tourPages() []string {
	return []string{
		storeHome, "https://www.aliexpress.com/item/1005001.html", "https://www.aliexpress.com/wholesale?SearchText=a",
		checkout, "https://www.aliexpress.com/account/index.htm", "https://www.aliexpress.com/orders.htm",
		"https://www.aliexpress.com/wishlist.htm", "https://www.aliexpress.com/account/settings.htm",
		"https://helppage.aliexpress.com/", helpURL, "http://m.aliexpress.com/ru/index.htm",
		walletHome, "https://intl.alipay.com/history.htm", "https://intl.alipay.com/account/profile.htm",
		"https://intl.alipay.com/account/sms.htm", cardsURL, directURL, ihomeURL, registerURL,
		"https://mail.example.com/", "https://mail.example.com/inbox?address=siti@example.com",
		"https://mail.example.com/phone?number=%2B7+900+000-00-01", "https://intl.alipay.com/account/settings.htm",
		"https://intl.alipay.com/account/settings/cards.htm", "https://intl.alipay.com/account/cards/add.htm",
		"https://intl.alipay.com/register/security.htm", "https://intl.alipay.com/register/identity.htm",
		"https://intl.alipay.com/login.htm", "https://intl.alipay.com/password/forgot.htm",
		"http://m.aliexpress.com/ru/help.htm", "http://m.aliexpress.com/ru/help/card.htm", "http://m.aliexpress.com/help/track.htm",
		"https://m.aliexpress.com/app/", "https://m.aliexpress.com/app/profile.htm", "https://m.aliexpress.com/app/certificates.htm",
		"https://m.aliexpress.com/app/cards.htm",
	}
}

// Every page, in both locales, for a buyer with and without a wallet: no
// full card number, no CVV field, no missing message, no server error; and
// the request log shows no card number either.
func TestTourShowsNoCardDataAndNoMissingMessages(t *testing.T) {
	for _, locale := range sim.Locales() {
		for _, email := range []string{"ivan@example.com", "siti@example.com"} {
			t.Run(locale+" "+email, func(t *testing.T) {
				var mu sync.Mutex
				var log []string
				s := sim.New(sim.Options{Logf: func(f string, a ...any) {
					mu.Lock()
					defer mu.Unlock()
					log = append(log, fmt.Sprintf(f, a...))
				}})
				w := s.NewWorld(sim.WorldOptions{Locale: locale})
				walletBuyer(t, w, "ivan@example.com")
				newbie(t, w, "siti@example.com")
				b := newBrowser(t, s, w) // checks every body for full numbers and ⟦missing⟧ keys
				signIn(b, email)
				for _, u := range tourPages() {
					p := b.open(u)
					if p.status >= http.StatusInternalServerError {
						t.Errorf("%s: status %d", u, p.status)
					}
					p.doc.Find(`input[name*="cvv" i], input[name*="cvc" i], input[autocomplete="cc-csc"], input[autocomplete="cc-number"]`).Each(func(_ int, in *goquery.Selection) {
						if v := in.AttrOr("value", ""); v != "" {
							t.Errorf("%s shows %q in a card number or CVV field", u, v)
						}
					})
				}
				mu.Lock()
				defer mu.Unlock()
				for _, line := range log {
					for _, n := range fullNumbers() {
						if strings.Contains(line, n) {
							t.Errorf("log line %q shows a card number", line)
						}
					}
				}
			})
		}
	}
}

func TestCardSpecValidation(t *testing.T) {
	cases := []struct {
		why  string
		spec world.CardSpec
		want error
	}{
		{"Luhn failure", world.CardSpec{Number: "4242424242424241"}, world.ErrCardLuhn},
		{"too short", world.CardSpec{Number: "4242 4242 4242"}, world.ErrCardLength},
		{"letters", world.CardSpec{Number: "4242-4242-4242-424x"}, world.ErrCardDigits},
		{"a brand the wallet does not take (JCB)", world.CardSpec{Number: "3530111333300000"}, world.ErrCardBrand},
		{"brand contradicts the number", world.CardSpec{Number: visa4242, Brand: "MasterCard"}, world.ErrCardMismatch},
		{"last4 contradicts the number", world.CardSpec{Number: visa4242, Last4: "1111"}, world.ErrCardMismatch},
		{"last4 is not four digits", world.CardSpec{Brand: "Visa", Last4: "42"}, world.ErrCardLast4},
		{"no number and no brand", world.CardSpec{Last4: "4242"}, world.ErrCardBrand},
		{"a bad expiry", world.CardSpec{Number: visa4242, Expiry: "13/29"}, world.ErrCardExpiry},
		{"a good number", world.CardSpec{Number: master4444}, nil},
		{"brand and last4 only", world.CardSpec{Brand: "maestro", Last4: "0005"}, nil},
	}
	for i, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w := newSim(t).NewWorld(sim.WorldOptions{})
			_, err := w.AddBuyer(world.BuyerSpec{Email: fmt.Sprintf("b%d@example.com", i), Password: "x", Cards: []world.CardSpec{tc.spec}})
			if tc.want == nil && err != nil || tc.want != nil && !errorsIs(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if tc.want != nil && !strings.Contains(fmt.Sprint(err), tc.want.Error()) {
				t.Errorf("error %q does not name the rule %q", err, tc.want)
			}
		})
	}
}

// The leak check itself: a body with a full number or a missing message fails.
func TestBrowserCatchesLeaks(t *testing.T) {
	cases := []struct{ why, body string }{
		{"a full number", "paid with " + visa4242},
		{"a grouped full number", "paid with 4242 4242 4242 4242"},
		{"a missing message", "⟦cards.title⟧"},
	}
	for _, tc := range cases {
		var mu sync.Mutex
		var errs []string
		ft := flowT{TB: t, name: tc.why, mu: &mu, errs: &errs}
		leaky := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, tc.body) })
		newBrowser(ft, leaky, nil).open(storeHome)
		if len(errs) == 0 {
			t.Errorf("%s: the browser did not notice", tc.why)
		}
	}
}
