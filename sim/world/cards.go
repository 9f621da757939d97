package world

import (
	"fmt"
	"strings"
	"time"
)

// MaxWalletCards is how many cards one wallet binds at most (002).
const MaxWalletCards = 5

// VerifyDelay is how long the $0.01 check of a card added in the wallet
// takes on the world clock (002: "verified within 24 hours").
const VerifyDelay = 24 * time.Hour

// Cards returns the buyer's cards, wallet and app ones, in the order they
// were saved, as of the world clock.
func (w *World) Cards(email string) ([]Card, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return nil, fmt.Errorf("list cards: %w", err)
	}
	return b.cardViews(w.now()), nil
}

// WalletCards returns only the cards bound to the wallet, as the wallet's
// own pages list them.
func (w *World) WalletCards(email string) ([]Card, error) {
	return w.cardsWhere(email, Card.InWallet)
}

// AppCards returns only the cards saved in the mobile app, which are not
// bound to the wallet.
func (w *World) AppCards(email string) ([]Card, error) {
	return w.cardsWhere(email, func(c Card) bool { return !c.InWallet() })
}

func (w *World) cardsWhere(email string, keep func(Card) bool) ([]Card, error) {
	cards, err := w.Cards(email)
	if err != nil {
		return nil, err
	}
	var out []Card
	for _, c := range cards {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// cardViews are the buyer's cards with the fields that depend on the buyer
// and the clock filled in.
func (b *buyer) cardViews(now time.Time) []Card {
	out := make([]Card, len(b.cards))
	def := b.defaultID()
	for i, c := range b.cards {
		c.Default = c.ID == def
		c.Verified = c.verifyAt.IsZero() || !now.Before(c.verifyAt)
		c.Expired = expiredAt(c.Expiry, now)
		out[i] = c
	}
	return out
}

// defaultID is the card chosen as default, or the first card.
func (b *buyer) defaultID() string {
	for _, c := range b.cards {
		if c.ID == b.defaultCard {
			return c.ID
		}
	}
	if len(b.cards) > 0 {
		return b.cards[0].ID
	}
	return ""
}

// Card returns one of the buyer's cards; another buyer's card is ErrNoSuchCard.
func (w *World) Card(email, id string) (Card, error) {
	cards, err := w.Cards(email)
	if err != nil {
		return Card{}, err
	}
	for _, c := range cards {
		if c.ID == id {
			return c, nil
		}
	}
	return Card{}, fmt.Errorf("card %q of %q: %w", id, email, ErrNoSuchCard)
}

// BindCard binds one more card to the buyer, as a Given step would: no
// checks beyond the card's own, verified at once.
func (w *World) BindCard(email string, spec CardSpec) (Card, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Card{}, fmt.Errorf("bind card: %w", err)
	}
	c, err := newCard(spec, w.now(), b.name)
	if err != nil {
		return Card{}, fmt.Errorf("bind card for %q: %w", email, err)
	}
	b.cards = append(b.cards, c)
	return b.view(c.ID, w.now()), nil
}

// view is one card as read now.
func (b *buyer) view(id string, now time.Time) Card {
	for _, c := range b.cardViews(now) {
		if c.ID == id {
			return c
		}
	}
	return Card{}
}

// AddWalletCard is the wallet's "Add card": the typed card is checked
// (CheckTypedCard), the wallet takes Visa and MasterCard only and at most
// MaxWalletCards; the card is bound and its $0.01 check runs for
// VerifyDelay. The caller tells the buyer by SMS. On an error nothing
// changes.
func (w *World) AddWalletCard(email string, spec CardSpec, cvv string) (Card, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Card{}, fmt.Errorf("add card: %w", err)
	}
	now := w.now()
	c, err := typedCard(spec, cvv, now, b.name)
	if err == nil && c.Brand == "Maestro" {
		err = ErrWalletBrand
	}
	if err == nil && b.walletCardCount() >= MaxWalletCards {
		err = ErrTooManyCards
	}
	if err != nil {
		return Card{}, fmt.Errorf("add card for %q: %w", email, err)
	}
	c.verifyAt = now.Add(VerifyDelay)
	b.cards = append(b.cards, c)
	b.record(Entry{Time: now, Kind: EntryCardCheck, Amount: -CardCheckAmount, Card: c.Masked()})
	return b.view(c.ID, now), nil
}

func (b *buyer) walletCardCount() int {
	n := 0
	for _, c := range b.cards {
		if c.InWallet() {
			n++
		}
	}
	return n
}

// CheckTypedCard applies the rules of a card typed into a form: a full
// number (16 digits, Luhn, a brand taken), an expiry MM/YY that is not over
// at now, a CVV/CVC of 3 digits and a cardholder name. The CVV is checked
// and never kept.
func CheckTypedCard(spec CardSpec, cvv string, now time.Time) error {
	_, err := typedCard(spec, cvv, now, "")
	return err
}

func typedCard(spec CardSpec, cvv string, now time.Time, holder string) (Card, error) {
	if strings.TrimSpace(spec.Number) == "" {
		return Card{}, ErrCardLength
	}
	if _, _, err := brandAndLast4(CardSpec{Number: spec.Number}); err != nil {
		return Card{}, err
	}
	if !expiryPattern.MatchString(spec.Expiry) {
		return Card{}, ErrCardExpiry
	}
	if expiredAt(spec.Expiry, now) {
		return Card{}, ErrCardExpired
	}
	if len(cvv) != 3 || !allDigits(cvv) {
		return Card{}, ErrCardCVV
	}
	if strings.TrimSpace(spec.Holder) == "" {
		return Card{}, ErrCardHolder
	}
	return newCard(CardSpec{Number: spec.Number, Expiry: spec.Expiry, Holder: spec.Holder, Origin: spec.Origin}, now, holder)
}

// RemoveCard unbinds one of the buyer's cards. A card of another buyer is
// ErrNoSuchCard and nothing changes.
func (w *World) RemoveCard(email, id string) (Card, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Card{}, fmt.Errorf("remove card: %w", err)
	}
	now := w.now()
	for i, c := range b.cards {
		if c.ID == id {
			removed := b.view(id, now)
			b.cards = append(b.cards[:i:i], b.cards[i+1:]...)
			return removed, nil
		}
	}
	return Card{}, fmt.Errorf("remove card %q of %q: %w", id, email, ErrNoSuchCard)
}
