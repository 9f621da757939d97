package sim_test

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// Test card numbers (they pass the Luhn check); no response may show them.
const (
	visa4242   = "4242424242424242"
	master5454 = "5454545454545454"
	visa1111   = "4111111111111111"
	master4444 = "5555555555554444"
)

// fullNumbers are the test numbers as digits and as grouped on a card.
func fullNumbers() []string {
	var out []string
	for _, n := range []string{visa4242, master5454, visa1111, master4444} {
		out = append(out, n, n[:4]+" "+n[4:8]+" "+n[8:12]+" "+n[12:])
	}
	return out
}

const password = "secret123"

// Addresses.
const (
	storeHome  = "https://www.aliexpress.com/"
	walletHome = "https://intl.alipay.com/"
	cardsURL   = "https://intl.alipay.com/account/cards.htm"
	directURL  = "https://intl.alipay.com/user/queryUserBindCard.htm"
	ihomeURL   = "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
	loginURL   = "https://login.aliexpress.com/login.htm"
	helpURL    = "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm"
	checkout   = "https://www.aliexpress.com/checkout.htm"
)

// newSim is a sim for one test.
func newSim(t *testing.T) *sim.Sim {
	t.Helper()
	return sim.New(sim.Options{})
}

// walletBuyer adds a buyer with a registered wallet and two cards.
func walletBuyer(t testing.TB, w *world.World, email string) {
	t.Helper()
	addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Name: "Ivan Petrov", Phone: "+7 900 000-00-01", Wallet: true,
		Cards: []world.CardSpec{{Number: visa4242}, {Number: master5454}}})
}

// newbie adds a buyer without a wallet and one card.
func newbie(t testing.TB, w *world.World, email string) {
	t.Helper()
	addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Name: "Siti Rahma", Phone: "+62 812 0000 0002",
		Cards: []world.CardSpec{{Number: visa1111}}})
}

func addBuyer(t testing.TB, w *world.World, spec world.BuyerSpec) {
	t.Helper()
	if _, err := w.AddBuyer(spec); err != nil {
		t.Fatalf("add buyer: %v", err)
	}
}

// signIn signs in through the sign-in form, in whatever language it shows,
// and lands back home.
func signIn(b *browser, email string) *page {
	b.t.Helper()
	form := b.open(loginURL + "?return_url=" + url.QueryEscape(storeHome)).doc.Find(".login-box form")
	values := url.Values{"email": {email}, "password": {password}}
	form.Find(`input[type="hidden"]`).Each(func(_ int, in *goquery.Selection) {
		values.Set(in.AttrOr("name", ""), in.AttrOr("value", ""))
	})
	return b.post(loginURL, values).want(storeHome)
}

// masked lists the masked cards a world keeps for a buyer.
func masked(t testing.TB, w *world.World, email string) []string {
	t.Helper()
	cards, err := w.Cards(email)
	if err != nil {
		t.Fatalf("cards of %s: %v", email, err)
	}
	var out []string
	for _, c := range cards {
		out = append(out, c.Masked())
	}
	return out
}

func join(s []string) string { return strings.Join(s, ", ") }

func errorsIs(err, target error) bool { return errors.Is(err, target) }
