package world

import (
	"fmt"
	"time"
)

// Item is what an order buys.
type Item struct {
	ID    string `json:"id"`    // the storefront's product id
	Price Money  `json:"price"` // what it costs
}

// OrderStatus is where an order stands.
type OrderStatus string

// Order statuses, in order.
const (
	OrderPaid     OrderStatus = "paid"     // paid, nothing disputed
	OrderDisputed OrderStatus = "disputed" // the buyer opened a dispute
	OrderRefunded OrderStatus = "refunded" // the buyer won the dispute
	OrderClosed   OrderStatus = "closed"   // the buyer lost the dispute
)

// Where a refund went when it did not go back to a card.
const RefundToBalance = "balance"

// Order is a storefront order as the buyer sees it.
type Order struct {
	ID        string      `json:"id"`
	Item      string      `json:"item"`                // the product id
	Amount    Money       `json:"amount"`              // what was paid
	PaidWith  string      `json:"paid_with"`           // the masked card, or RefundToBalance for the wallet balance
	Status    OrderStatus `json:"status"`              // where it stands
	Reason    string      `json:"reason,omitempty"`    // the dispute's reason, as the buyer chose it
	RefundTo  string      `json:"refund_to,omitempty"` // RefundToBalance or the masked card, once refunded
	Placed    time.Time   `json:"placed"`              // on the world clock
	payToken  string      // the token of the card that paid ("" for the balance)
	byBalance bool
}

// PayWithCard places an order paid with one of the buyer's saved cards.
func (w *World) PayWithCard(email string, it Item, cardID string) (Order, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Order{}, fmt.Errorf("pay: %w", err)
	}
	c := b.view(cardID, w.now())
	if c.ID == "" {
		return Order{}, fmt.Errorf("pay with card %q of %q: %w", cardID, email, ErrNoSuchCard)
	}
	if c.Expired {
		return Order{}, fmt.Errorf("pay with %s: %w", c.Masked(), ErrCardExpired)
	}
	return b.place(w.now(), it, c.Masked(), c.Token, false), nil
}

// PayWithNewCard places an order paid with a card typed at checkout
// (CheckTypedCard). With bind the card is bound to the wallet and becomes
// the default; without it nothing of the card is kept but the masked number
// on the order. On an error nothing changes.
func (w *World) PayWithNewCard(email string, it Item, spec CardSpec, cvv string, bind bool) (Order, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Order{}, fmt.Errorf("pay: %w", err)
	}
	now := w.now()
	c, err := typedCard(CardSpec{Number: spec.Number, Expiry: spec.Expiry, Holder: spec.Holder}, cvv, now, b.name)
	if err == nil && bind && b.walletCardCount() >= MaxWalletCards {
		err = ErrTooManyCards
	}
	if err != nil {
		return Order{}, fmt.Errorf("pay with a new card for %q: %w", email, err)
	}
	if bind {
		b.cards = append(b.cards, c)
		b.defaultCard = c.ID
	}
	return b.place(now, it, c.Masked(), c.Token, false), nil
}

// PayWithBalance places an order paid from the wallet balance, the only
// way the balance is spent unless the profile lets it be withdrawn.
func (w *World) PayWithBalance(email string, it Item) (Order, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Order{}, fmt.Errorf("pay: %w", err)
	}
	if b.balance < it.Price {
		return Order{}, fmt.Errorf("pay %s from a balance of %s: %w", it.Price, b.balance, ErrBalanceTooLow)
	}
	now := w.now()
	o := b.place(now, it, RefundToBalance, "", true)
	b.record(Entry{Time: now, Kind: EntryPayment, Amount: -it.Price, Order: o.ID})
	return o, nil
}

func (b *buyer) place(now time.Time, it Item, paidWith, token string, byBalance bool) Order {
	o := &Order{ID: orderNumber(), Item: it.ID, Amount: it.Price, PaidWith: paidWith, Status: OrderPaid,
		Placed: now, payToken: token, byBalance: byBalance}
	b.orders = append(b.orders, o)
	return *o
}

// orderNumber is a long order number as the storefront shows them.
func orderNumber() string {
	const digits = "0123456789"
	id := []byte(randomID(8))
	for i := range id {
		id[i] = digits[int(id[i])%10]
	}
	return "8" + string(id)
}

// Orders returns the buyer's orders, oldest first.
func (w *World) Orders(email string) ([]Order, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return nil, fmt.Errorf("list orders: %w", err)
	}
	out := make([]Order, len(b.orders))
	for i, o := range b.orders {
		out[i] = *o
	}
	return out, nil
}

// order finds one of the buyer's orders; the caller holds w.mu.
func (b *buyer) order(id string) (*Order, error) {
	for _, o := range b.orders {
		if o.ID == id {
			return o, nil
		}
	}
	return nil, fmt.Errorf("order %q of %q: %w", id, b.email, ErrNoSuchOrder)
}

// OpenDispute opens a dispute over a paid order.
func (w *World) OpenDispute(email, orderID, reason string) (Order, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Order{}, fmt.Errorf("open dispute: %w", err)
	}
	o, err := b.order(orderID)
	if err != nil {
		return Order{}, fmt.Errorf("open dispute: %w", err)
	}
	if o.Status != OrderPaid {
		return Order{}, fmt.Errorf("open dispute over order %s (%s): %w", o.ID, o.Status, ErrDisputeState)
	}
	o.Status, o.Reason = OrderDisputed, reason
	return *o, nil
}

// DecideDispute closes an open dispute. When the buyer wins, the money goes
// back where 000 and 003 say it does: to the wallet balance if the order
// was paid from it or with a card still bound to the wallet, otherwise to
// the card that paid.
func (w *World) DecideDispute(email, orderID string, buyerWins bool) (Order, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Order{}, fmt.Errorf("decide dispute: %w", err)
	}
	o, err := b.order(orderID)
	if err != nil {
		return Order{}, fmt.Errorf("decide dispute: %w", err)
	}
	if o.Status != OrderDisputed {
		return Order{}, fmt.Errorf("decide dispute over order %s (%s): %w", o.ID, o.Status, ErrDisputeState)
	}
	if !buyerWins {
		o.Status = OrderClosed
		return *o, nil
	}
	o.Status = OrderRefunded
	if o.byBalance || b.boundToken(o.payToken) {
		o.RefundTo = RefundToBalance
		b.record(Entry{Time: w.now(), Kind: EntryRefund, Amount: o.Amount, Order: o.ID})
	} else {
		o.RefundTo = o.PaidWith
	}
	return *o, nil
}

// boundToken reports whether a wallet card pays with the token now.
func (b *buyer) boundToken(token string) bool {
	for _, c := range b.cards {
		if c.InWallet() && c.Token == token {
			return true
		}
	}
	return false
}
