package sim_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// newCardFields are the checkout's new-card fields for a number.
func newCardFields(number string) map[string]string {
	return map[string]string{"Card number": number, "CVV/CVC": "123", "Expiry date": "12/29", "Cardholder name": "SITI RAHMA"}
}

// checkoutAs signs the buyer in and opens the checkout.
func checkoutAs(t *testing.T, profile string, add func(testing.TB, *world.World, string), email string) (*world.World, *browser, *page) {
	t.Helper()
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: profile})
	add(t, w, email)
	b := newBrowser(t, s, w)
	signIn(b, email)
	return w, b, b.open(checkout).want(checkout)
}

// buyerNoCards adds a buyer with no wallet and no cards.
func buyerNoCards(t testing.TB, w *world.World, email string) {
	t.Helper()
	addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Name: "Siti Rahma", Phone: "+62 812 0000 0002"})
}

// P6: "Bind card to Alipay" is ticked by default; ticked, "Save & Pay"
// binds the card as the default; unticked, nothing is kept. Visa,
// MasterCard and Maestro.
func TestCheckoutNewCard(t *testing.T) {
	cases := []struct {
		why, number string
		bind        bool
		wantCards   string
	}{
		{"Visa, box ticked", visa1111, true, "Visa •••• 1111"},
		{"MasterCard, box ticked", master4444, true, "MasterCard •••• 4444"},
		{"Maestro, box ticked", "5018000000000009", true, "Maestro •••• 0009"},
		{"Visa, box unticked", visa1111, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w, b, p := checkoutAs(t, "", buyerNoCards, "siti@example.com")
			if p.doc.Find("#card-bind[checked]").Length() != 1 {
				t.Error("the bind box is not ticked by default")
			}
			var done *page
			if tc.bind {
				done = p.press("Save & Pay", newCardFields(tc.number))
			} else {
				done = p.pressOmitting("Save & Pay", newCardFields(tc.number), "Bind card to Alipay")
			}
			done.has("Thank you! Your order has been placed.")
			if got := join(masked(t, w, "siti@example.com")); got != tc.wantCards {
				t.Errorf("bound cards %q, want %q", got, tc.wantCards)
			}
			if orders, _ := w.Orders("siti@example.com"); len(orders) != 1 || orders[0].Amount != 1299 {
				t.Errorf("orders %+v", orders)
			}
			next := b.open(checkout)
			if tc.bind {
				done.has("is now bound to Alipay and is your default card")
				if got := next.doc.Find(`input[name="card"][checked]`).Parent().Text(); !strings.Contains(got, tc.wantCards) {
					t.Errorf("the next checkout's default is %q, want %s", got, tc.wantCards)
				}
			} else {
				done.lacks("is now bound to Alipay")
				next.has("No saved cards")
			}
		})
	}
}

// A refused card names the rule, keeps the expiry, the holder and the box,
// shows neither the number nor the CVV again, and changes nothing.
func TestCheckoutCardRefusals(t *testing.T) {
	cases := []struct {
		why, field, value, want string
	}{
		{"one digit wrong (Luhn)", "Card number", "4111111111111112", "This card number is not valid: check the digits"},
		{"15 digits", "Card number", "411111111111111", "The card number must have 16 digits"},
		{"a brand not taken", "Card number", "3400000000000000", "We accept Visa, MasterCard and Maestro cards"},
		{"CVV of two digits", "CVV/CVC", "12", "The CVV/CVC must be 3 digits"},
		{"an expired card", "Expiry date", "01/20", "This card has expired"},
		{"expiry not MM/YY", "Expiry date", "2029-12", "Enter the expiry date as MM/YY"},
		{"no cardholder", "Cardholder name", "", "Enter the cardholder name"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w, _, p := checkoutAs(t, "", buyerNoCards, "siti@example.com")
			fields := newCardFields(visa1111)
			fields[tc.field] = tc.value
			r := p.pressOmitting("Save & Pay", fields, "Bind card to Alipay").want(checkout).has(tc.want)
			for _, sel := range []string{"#card-number", "#card-cvv"} {
				if v := r.doc.Find(sel).AttrOr("value", ""); v != "" {
					t.Errorf("%s shows %q after a refusal", sel, v)
				}
			}
			if tc.field != "Cardholder name" && r.doc.Find("#card-holder").AttrOr("value", "") != "SITI RAHMA" {
				t.Error("the holder was not kept")
			}
			if r.doc.Find("#card-bind[checked]").Length() != 0 {
				t.Error("the unticked box came back ticked")
			}
			if orders, _ := w.Orders("siti@example.com"); len(orders) != 0 {
				t.Errorf("a refused card placed %d orders", len(orders))
			}
			if got := masked(t, w, "siti@example.com"); len(got) != 0 {
				t.Errorf("a refused card was bound: %q", got)
			}
		})
	}
}

func TestCheckoutSixthCard(t *testing.T) {
	five := func(t testing.TB, w *world.World, email string) {
		addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Wallet: true, Cards: []world.CardSpec{
			{Brand: "Visa", Last4: "0001"}, {Brand: "Visa", Last4: "0002"}, {Brand: "Visa", Last4: "0003"},
			{Brand: "Visa", Last4: "0004"}, {Brand: "Visa", Last4: "0005"}}})
	}
	w, _, p := checkoutAs(t, "", five, "ivan@example.com")
	p.press("Save & Pay", newCardFields(visa1111)).has("You can bind at most 5 cards. Delete a card to add another.")
	if got := masked(t, w, "ivan@example.com"); len(got) != 5 {
		t.Errorf("%d cards after a refused sixth", len(got))
	}
}

func TestCheckoutPaysWithSavedCard(t *testing.T) {
	w, _, p := checkoutAs(t, "", walletBuyer, "ivan@example.com")
	done := p.press("Place order", map[string]string{})
	done.has("Paid with Visa •••• 4242")
	orders, _ := w.Orders("ivan@example.com")
	if len(orders) != 1 || orders[0].PaidWith != "Visa •••• 4242" {
		t.Errorf("orders %+v", orders)
	}
	if p := p.b.post(checkout, map[string][]string{"csrf": {p.csrf()}, "card": {"balance"}}); p.status != http.StatusBadRequest {
		t.Errorf("paying from an empty balance: status %d", p.status)
	}
}
