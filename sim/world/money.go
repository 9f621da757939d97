package world

import (
	"fmt"
	"time"
)

// Money is an amount in US cents.
type Money int64

// String is the amount as the sites show it: "US $12.99" ("-US $0.01" when negative).
func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%sUS $%d.%02d", sign, m/100, m%100)
}

// CardCheckAmount is what the wallet charges a newly added card to check it.
const CardCheckAmount Money = 1

// EntryKind is what a line of the wallet's history records.
type EntryKind string

// History entries.
const (
	EntryCardCheck  EntryKind = "card-check" // the $0.01 check of a card added in the wallet (charged to the card)
	EntryRefund     EntryKind = "refund"     // a won dispute refunded to the wallet balance
	EntryPayment    EntryKind = "payment"    // an order paid from the wallet balance
	EntryWithdrawal EntryKind = "withdrawal" // the balance withdrawn to a bound card
)

// movesBalance reports whether entries of the kind change the balance.
func (k EntryKind) movesBalance() bool { return k != EntryCardCheck }

// Entry is one line of the wallet's history.
type Entry struct {
	Time   time.Time `json:"time"`            // on the world clock
	Kind   EntryKind `json:"kind"`            // what happened
	Amount Money     `json:"amount"`          // signed: what the wallet or the card gained
	Card   string    `json:"card,omitempty"`  // the masked card involved
	Order  string    `json:"order,omitempty"` // the order involved
}

// record adds an entry to the buyer's history and balance; the caller holds w.mu.
func (b *buyer) record(e Entry) {
	b.history = append(b.history, e)
	if e.Kind.movesBalance() {
		b.balance += e.Amount
	}
}

// History returns the buyer's wallet history, oldest first.
func (w *World) History(email string) ([]Entry, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return nil, fmt.Errorf("wallet history: %w", err)
	}
	return append([]Entry(nil), b.history...), nil
}

// Balance is the buyer's wallet balance.
func (w *World) Balance(email string) (Money, error) {
	b, err := w.Buyer(email)
	if err != nil {
		return 0, fmt.Errorf("wallet balance: %w", err)
	}
	return b.Balance, nil
}

// Withdraw sends the whole balance to one of the buyer's wallet cards,
// where the profile allows it (ProfileWithdrawableBalance).
func (w *World) Withdraw(email, cardID string) (Entry, error) {
	if !w.Has(ProfileWithdrawableBalance) {
		return Entry{}, fmt.Errorf("withdraw: %w", ErrNotWithdrawable)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Entry{}, fmt.Errorf("withdraw: %w", err)
	}
	if b.balance <= 0 {
		return Entry{}, fmt.Errorf("withdraw for %q: %w", email, ErrNothingToWithdraw)
	}
	c := b.view(cardID, w.now())
	if c.ID == "" || !c.InWallet() {
		return Entry{}, fmt.Errorf("withdraw to card %q of %q: %w", cardID, email, ErrNoSuchCard)
	}
	e := Entry{Time: w.now(), Kind: EntryWithdrawal, Amount: -b.balance, Card: c.Masked()}
	b.record(e)
	return e, nil
}
