package world

import (
	"errors"
	"testing"
)

var earbuds = Item{ID: "1005001", Price: 1299}

func newCardSpec() CardSpec {
	return CardSpec{Number: "4111 1111 1111 1111", Expiry: "12/29", Holder: "SITI RAHMA"}
}

func TestPayWithNewCard(t *testing.T) {
	cases := []struct {
		why       string
		bind      bool
		wantCards []string
	}{
		{"the box ticked binds the card and makes it the default", true, []string{"Visa •••• 1111"}},
		{"the box unticked keeps nothing", false, nil},
	}
	for _, tc := range cases {
		w := newTestWorld(t)
		o, err := w.PayWithNewCard("siti@example.com", earbuds, newCardSpec(), "123", tc.bind)
		if err != nil {
			t.Fatalf("%s: %v", tc.why, err)
		}
		if o.PaidWith != "Visa •••• 1111" || o.Amount != 1299 || o.Status != OrderPaid {
			t.Errorf("%s: order %+v", tc.why, o)
		}
		cards, _ := w.Cards("siti@example.com")
		var got []string
		for _, c := range cards {
			got = append(got, c.Masked())
			if !c.Default {
				t.Errorf("%s: the new card is not the default", tc.why)
			}
		}
		if len(got) != len(tc.wantCards) || (len(got) > 0 && got[0] != tc.wantCards[0]) {
			t.Errorf("%s: cards %q, want %q", tc.why, got, tc.wantCards)
		}
	}
}

func TestNewCardBecomesDefault(t *testing.T) {
	w := newTestWorld(t) // ivan: Visa 4242 (default), MasterCard 5454
	spec := newCardSpec()
	if _, err := w.PayWithNewCard("ivan@example.com", earbuds, spec, "123", true); err != nil {
		t.Fatal(err)
	}
	cards, _ := w.Cards("ivan@example.com")
	if len(cards) != 3 || cards[0].Default || !cards[2].Default {
		t.Errorf("cards %+v, want the third (new) one as default", cards)
	}
	if _, err := w.RemoveCard("ivan@example.com", cards[2].ID); err != nil {
		t.Fatal(err)
	}
	if cards, _ := w.Cards("ivan@example.com"); !cards[0].Default {
		t.Error("after removing the default card the first one is not the default again")
	}
}

func TestPayWithNewCardRefusals(t *testing.T) {
	w := newTestWorld(t)
	bad := newCardSpec()
	bad.Number = "4111111111111112"
	if _, err := w.PayWithNewCard("siti@example.com", earbuds, bad, "123", true); !errors.Is(err, ErrCardLuhn) {
		t.Errorf("Luhn: %v", err)
	}
	if orders, _ := w.Orders("siti@example.com"); len(orders) != 0 {
		t.Errorf("a refused payment placed %d orders", len(orders))
	}
	for range MaxWalletCards - 2 {
		if _, err := w.BindCard("ivan@example.com", CardSpec{Brand: "Visa", Last4: "0001"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.PayWithNewCard("ivan@example.com", earbuds, newCardSpec(), "123", true); !errors.Is(err, ErrTooManyCards) {
		t.Errorf("binding a sixth card at checkout: %v", err)
	}
	if _, err := w.PayWithNewCard("ivan@example.com", earbuds, newCardSpec(), "123", false); err != nil {
		t.Errorf("paying with a sixth card without binding it: %v", err)
	}
}

// refundWorld is ivan with one order paid with his bound Visa 4242 and a
// dispute open.
func refundWorld(t *testing.T, profile string) (*World, Order, Card) {
	t.Helper()
	w := New(Options{Clock: fixedClock, Profile: profile})
	if _, err := w.AddBuyer(BuyerSpec{Email: "ivan@example.com", Password: "pw", Wallet: true,
		Cards: []CardSpec{{Number: "4242424242424242"}}}); err != nil {
		t.Fatal(err)
	}
	cards, _ := w.Cards("ivan@example.com")
	o, err := w.PayWithCard("ivan@example.com", earbuds, cards[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.OpenDispute("ivan@example.com", o.ID, "not-received"); err != nil {
		t.Fatal(err)
	}
	return w, o, cards[0]
}

func TestDisputeRefunds(t *testing.T) {
	cases := []struct {
		why         string
		unbindFirst bool
		buyerWins   bool
		wantStatus  OrderStatus
		wantTo      string
		wantBalance Money
	}{
		{"paid with a bound card: the refund goes to the wallet balance (000, 003)", false, true, OrderRefunded, RefundToBalance, 1299},
		{"the card unbound before the decision: back to the card (003)", true, true, OrderRefunded, "Visa •••• 4242", 0},
		{"a lost dispute refunds nothing", false, false, OrderClosed, "", 0},
	}
	for _, tc := range cases {
		w, o, c := refundWorld(t, "")
		if tc.unbindFirst {
			if _, err := w.RemoveCard("ivan@example.com", c.ID); err != nil {
				t.Fatal(err)
			}
		}
		got, err := w.DecideDispute("ivan@example.com", o.ID, tc.buyerWins)
		if err != nil {
			t.Fatalf("%s: %v", tc.why, err)
		}
		if got.Status != tc.wantStatus || got.RefundTo != tc.wantTo {
			t.Errorf("%s: order %+v", tc.why, got)
		}
		if b, _ := w.Balance("ivan@example.com"); b != tc.wantBalance {
			t.Errorf("%s: balance %s, want %s", tc.why, b, tc.wantBalance)
		}
		if _, err := w.DecideDispute("ivan@example.com", o.ID, true); !errors.Is(err, ErrDisputeState) {
			t.Errorf("%s: deciding twice: %v", tc.why, err)
		}
	}
}

func TestBalanceIsSpentOnPurchasesOnly(t *testing.T) {
	w, o, c := refundWorld(t, "")
	if _, err := w.DecideDispute("ivan@example.com", o.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Withdraw("ivan@example.com", c.ID); !errors.Is(err, ErrNotWithdrawable) {
		t.Errorf("withdraw in the default profile: %v", err)
	}
	lamp := Item{ID: "1005004", Price: 920}
	p, err := w.PayWithBalance("ivan@example.com", lamp)
	if err != nil || p.PaidWith != RefundToBalance {
		t.Fatalf("pay from the balance: %+v %v", p, err)
	}
	if b, _ := w.Balance("ivan@example.com"); b != 379 {
		t.Errorf("balance %s, want US $3.79", b)
	}
	if _, err := w.PayWithBalance("ivan@example.com", lamp); !errors.Is(err, ErrBalanceTooLow) {
		t.Errorf("paying more than the balance: %v", err)
	}
	h, _ := w.History("ivan@example.com")
	if len(h) != 2 || h[0].Kind != EntryRefund || h[1].Kind != EntryPayment || h[1].Amount != -920 {
		t.Errorf("history %+v", h)
	}
}

func TestWithdrawableBalanceProfile(t *testing.T) {
	w, o, c := refundWorld(t, ProfileWithdrawableBalance)
	if _, err := w.Withdraw("ivan@example.com", c.ID); !errors.Is(err, ErrNothingToWithdraw) {
		t.Errorf("withdrawing a zero balance: %v", err)
	}
	if _, err := w.DecideDispute("ivan@example.com", o.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Withdraw("siti@example.com", c.ID); !errors.Is(err, ErrNoSuchBuyer) {
		t.Errorf("someone else withdrawing: %v", err)
	}
	e, err := w.Withdraw("ivan@example.com", c.ID)
	if err != nil || e.Amount != -1299 || e.Card != "Visa •••• 4242" {
		t.Fatalf("withdraw: %+v %v", e, err)
	}
	if b, _ := w.Balance("ivan@example.com"); b != 0 {
		t.Errorf("balance after withdrawing %s", b)
	}
}

func TestOrdersAreTheBuyers(t *testing.T) {
	w, o, _ := refundWorld(t, "")
	if _, err := w.AddBuyer(BuyerSpec{Email: "siti@example.com", Password: "pw"}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.DecideDispute("siti@example.com", o.ID, true); !errors.Is(err, ErrNoSuchOrder) {
		t.Errorf("another buyer deciding: %v", err)
	}
	if _, err := w.OpenDispute("ivan@example.com", o.ID, "x"); !errors.Is(err, ErrDisputeState) {
		t.Errorf("a second dispute: %v", err)
	}
}

func TestMoneyString(t *testing.T) {
	cases := []struct {
		why  string
		m    Money
		want string
	}{
		{"cents padded", 1205, "US $12.05"},
		{"zero", 0, "US $0.00"},
		{"the card check", -CardCheckAmount, "-US $0.01"},
	}
	for _, tc := range cases {
		if got := tc.m.String(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.why, got, tc.want)
		}
	}
}
