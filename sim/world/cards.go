package world

import "fmt"

// Cards returns the buyer's bound cards, as the wallet stores them, in the
// order they were bound.
func (w *World) Cards(email string) ([]Card, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return nil, fmt.Errorf("list cards: %w", err)
	}
	return append([]Card(nil), b.cards...), nil
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

// BindCard binds one more card to the buyer.
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
	return c, nil
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
	for i, c := range b.cards {
		if c.ID == id {
			b.cards = append(b.cards[:i:i], b.cards[i+1:]...)
			return c, nil
		}
	}
	return Card{}, fmt.Errorf("remove card %q of %q: %w", id, email, ErrNoSuchCard)
}
