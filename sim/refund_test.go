package sim_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const ordersURL = "https://www.aliexpress.com/orders.htm"

// disputeWon places an order with the buyer's default way to pay, opens a
// dispute through the pages and has the buyer win it.
func disputeWon(t *testing.T, w *world.World, b *browser, email string, pay func(*page) *page) world.Order {
	t.Helper()
	pay(b.open(checkout)).has("Thank you! Your order has been placed.")
	orders := b.open(ordersURL).has("Paid")
	dispute := orders.click("Open dispute").has("Open a dispute")
	dispute.press("Submit dispute", map[string]string{"Reason": "not_received"}).want(ordersURL).has("Dispute opened").lacks("Open dispute")
	list, _ := w.Orders(email)
	o, err := w.DecideDispute(email, list[len(list)-1].ID, true)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// P12 (000, 003): paid with a card bound to the wallet, a won dispute goes
// to the Alipay balance, shown in History, spendable on purchases only.
func TestRefundToBalance(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	o := disputeWon(t, w, b, "ivan@example.com", func(p *page) *page { return p.press("Place order", nil) })
	if o.RefundTo != world.RefundToBalance {
		t.Fatalf("refund to %q", o.RefundTo)
	}
	b.open(ordersURL).has("Refunded to your Alipay balance")
	account := b.open(walletHome).has("Balance: US $12.99").has("The balance can only be spent on purchases on AliExpress")
	account.lacks("Withdraw")
	b.open("https://intl.alipay.com/history.htm").has("Refund for order " + o.ID).has("+US $12.99")
	if p := b.open("https://intl.alipay.com/account/withdraw.htm"); p.status != http.StatusNotFound {
		t.Errorf("the withdrawal page in the default profile: status %d", p.status)
	}
	pay := b.open(checkout + "?item=1005004").has("Alipay balance (US $12.99)")
	pay.press("Place order", map[string]string{}).has("Paid with Visa •••• 4242")
	lamp := b.open(checkout + "?item=1005004")
	done := b.post(checkout+"?item=1005004", map[string][]string{"csrf": {lamp.csrf()}, "card": {"balance"}})
	done.has("Paid with Alipay balance")
	if bal, _ := w.Balance("ivan@example.com"); bal != 379 {
		t.Errorf("balance %s, want US $3.79", bal)
	}
	b.open("https://intl.alipay.com/history.htm").has("-US $9.20")
}

// 003: with no bound card the refund returns to the card that paid.
func TestRefundToCardWithoutBoundCard(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	buyerNoCards(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "siti@example.com")
	o := disputeWon(t, w, b, "siti@example.com", func(p *page) *page {
		return p.pressOmitting("Save & Pay", newCardFields(visa1111), "Bind card to Alipay")
	})
	if o.RefundTo != "Visa •••• 1111" {
		t.Errorf("refund to %q, want the paying card", o.RefundTo)
	}
	b.open(ordersURL).has("Refunded to Visa •••• 1111")
	if bal, _ := w.Balance("siti@example.com"); bal != 0 {
		t.Errorf("balance %s", bal)
	}
}

// 004: in that wallet the balance can be withdrawn to a bound card.
func TestWithdrawableBalance(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: world.ProfileWithdrawableBalance})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	disputeWon(t, w, b, "ivan@example.com", func(p *page) *page { return p.press("Place order", nil) })
	account := b.open(walletHome).has("You can spend the balance on purchases or withdraw it to a bound card.")
	form := account.click("Withdraw to card")
	history := form.press("Withdraw", map[string]string{"Card": cardID(t, w, "ivan@example.com", "5454")})
	history.want("https://intl.alipay.com/history.htm").has("The balance has been withdrawn to your card").has("Withdrawal to MasterCard •••• 5454")
	if bal, _ := w.Balance("ivan@example.com"); bal != 0 {
		t.Errorf("balance %s after withdrawing", bal)
	}
	b.open(walletHome).lacks("Withdraw to card")
	again := b.open("https://intl.alipay.com/account/withdraw.htm")
	again.press("Withdraw", nil).has("Your balance is zero")
}

func cardID(t *testing.T, w *world.World, email, last4 string) string {
	t.Helper()
	cards, _ := w.Cards(email)
	for _, c := range cards {
		if c.Last4 == last4 {
			return c.ID
		}
	}
	t.Fatalf("%s has no card ending in %s", email, last4)
	return ""
}

func TestDisputeOfAnotherBuyer(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	newbie(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	b.open(checkout).press("Place order", nil)
	orders, _ := w.Orders("ivan@example.com")
	other := newBrowser(t, s, w)
	signIn(other, "siti@example.com")
	if p := other.open("https://www.aliexpress.com/dispute.htm?order=" + orders[0].ID); p.status != http.StatusNotFound {
		t.Errorf("another buyer's dispute form: status %d", p.status)
	}
	token := other.open(ordersURL).csrf()
	other.post("https://www.aliexpress.com/dispute.htm", map[string][]string{"csrf": {token}, "order": {orders[0].ID}, "reason": {"not_received"}})
	if got, _ := w.Orders("ivan@example.com"); got[0].Status != world.OrderPaid {
		t.Errorf("another buyer opened a dispute: %s", got[0].Status)
	}
	if p := other.open(ordersURL); strings.Contains(p.body, orders[0].ID) {
		t.Error("another buyer sees the order")
	}
}
