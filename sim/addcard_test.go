package sim_test

import (
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const addCardURL = "https://intl.alipay.com/account/cards/add.htm"

// walletCards signs ivan in (wallet, Visa 4242, MasterCard 5454) and opens Edit cards.
func walletCards(t *testing.T, add func(testing.TB, *world.World, string)) (*world.World, *browser, *page) {
	t.Helper()
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	add(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	return w, b, b.open(walletHome).click("Edit cards").want(cardsURL)
}

// P7 (002): "Add card" binds the card, charges $0.01 to check it, sends an
// SMS to the account's phone, and the card is verified after 24 hours.
func TestAddCardInWallet(t *testing.T) {
	w, b, list := walletCards(t, walletBuyer)
	form := list.click("Add card").want(addCardURL)
	after := form.press("Save card", newCardFields(visa1111)).want(cardsURL)
	after.has("The card has been added. We charged US $0.01 to check it").has("Visa •••• 1111")
	row := after.doc.Find(`li.card-row`).Last()
	if got := strings.Join(strings.Fields(row.Text()), " "); !strings.Contains(got, "Being verified") {
		t.Errorf("new card row %q, want it being verified", got)
	}
	phone := b.open("https://mail.example.com/phone?number=%2B7+900+000-00-01")
	phone.has("Alipay: US $0.01 was charged to Visa •••• 1111 to check the card.")
	if got := w.Messages("+7 900 000-00-01"); len(got) != 1 {
		t.Errorf("%d SMS, want 1", len(got))
	}
	b.open("https://intl.alipay.com/history.htm").has("Card check charged to Visa •••• 1111").has("-US $0.01")
	w.Advance(world.VerifyDelay)
	row = b.open(cardsURL).doc.Find(`li.card-row`).Last()
	if got := row.Text(); !strings.Contains(got, "Verified") {
		t.Errorf("after 24 hours the row says %q", strings.Join(strings.Fields(got), " "))
	}
	if c := lastCard(t, w, "ivan@example.com"); !c.Verified {
		t.Error("the world does not count the card verified after 24 hours")
	}
}

func lastCard(t *testing.T, w *world.World, email string) world.Card {
	t.Helper()
	cards, err := w.Cards(email)
	if err != nil || len(cards) == 0 {
		t.Fatalf("cards of %s: %v %v", email, cards, err)
	}
	return cards[len(cards)-1]
}

func fiveCards(t testing.TB, w *world.World, email string) {
	t.Helper()
	addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Phone: "+7 900 000-00-01", Wallet: true, Cards: []world.CardSpec{
		{Brand: "Visa", Last4: "0001"}, {Brand: "Visa", Last4: "0002"}, {Brand: "Visa", Last4: "0003"},
		{Brand: "Visa", Last4: "0004"}, {Brand: "Visa", Last4: "0005"}}})
}

// Each refusal names the rule, sends no SMS and binds nothing.
func TestAddCardRefusals(t *testing.T) {
	cases := []struct {
		why    string
		add    func(testing.TB, *world.World, string)
		number string
		want   string
	}{
		{"a sixth card (002: up to five)", fiveCards, visa1111, "You can bind at most 5 cards. Delete a card to add another."},
		{"Maestro (002: Visa or MasterCard)", walletBuyer, "5018000000000009", "The wallet binds Visa and MasterCard cards only"},
		{"one digit wrong (Luhn)", walletBuyer, "4111111111111112", "This card number is not valid: check the digits"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w, _, list := walletCards(t, tc.add)
			before := join(masked(t, w, "ivan@example.com"))
			r := list.click("Add card").press("Save card", newCardFields(tc.number)).want(addCardURL).has(tc.want)
			if v := r.doc.Find("#card-number").AttrOr("value", ""); v != "" {
				t.Errorf("the number came back: %q", v)
			}
			if got := join(masked(t, w, "ivan@example.com")); got != before {
				t.Errorf("cards changed from %q to %q", before, got)
			}
			if n := len(w.Messages("+7 900 000-00-01")); n != 0 {
				t.Errorf("%d SMS sent for a refused card", n)
			}
		})
	}
}

// 002, 003: an expired card is replaced by deleting it and adding the
// reissued one.
func TestReplaceExpiredCard(t *testing.T) {
	expired := func(t testing.TB, w *world.World, email string) {
		addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Phone: "+7 900 000-00-01", Wallet: true,
			Cards: []world.CardSpec{{Number: visa4242, Expiry: "01/20"}}})
	}
	w, _, list := walletCards(t, expired)
	list.has("Visa •••• 4242").has("Expired")
	empty := list.press("Remove card", nil).press("Delete", nil).has("You have no bound cards")
	fields := newCardFields(visa4242)
	fields["Expiry date"] = time.Now().AddDate(3, 0, 0).Format("01/06")
	after := empty.click("Add card").press("Save card", fields).has("Visa •••• 4242").lacks("Expired")
	after.has("Expires " + fields["Expiry date"])
	if c := lastCard(t, w, "ivan@example.com"); c.Expired || c.Expiry != fields["Expiry date"] {
		t.Errorf("card %+v", c)
	}
}

func TestAddCardNeedsWalletAccount(t *testing.T) {
	_, b, _ := startRegistrationIn(t, "")
	if p := b.open(addCardURL); p.at() != walletHome {
		t.Errorf("add card without a wallet is at %s", p.url)
	}
	b.open(cardsURL).lacks("Add card")
}
