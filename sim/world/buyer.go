package world

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/mail"
	"strings"
)

// BuyerSpec describes a storefront buyer to set up.
type BuyerSpec struct {
	Email    string     `json:"email"`
	Password string     `json:"password"`
	Name     string     `json:"name,omitempty"`   // shown in headers; the e-mail's local part when empty
	Phone    string     `json:"phone,omitempty"`  // for SMS
	Wallet   bool       `json:"wallet,omitempty"` // true = a registered Alipay wallet account
	Cards    []CardSpec `json:"cards,omitempty"`  // cards bound to the wallet / account
}

// WalletStatus is how far a buyer got with the wallet account.
type WalletStatus int

// Wallet statuses, in order.
const (
	WalletNone       WalletStatus = iota // no wallet account
	WalletConfirmed                      // e-mail address confirmed, registration not finished (a mock registration)
	WalletRegistered                     // a registered wallet account
)

// walletStatusNames are the statuses as text, in order.
func walletStatusNames() []string { return []string{"none", "confirmed", "registered"} }

func (s WalletStatus) String() string {
	names := walletStatusNames()
	if s < 0 || int(s) >= len(names) {
		return fmt.Sprintf("WalletStatus(%d)", int(s))
	}
	return names[s]
}

// MarshalText writes the status as "none", "confirmed" or "registered".
func (s WalletStatus) MarshalText() ([]byte, error) {
	return []byte(s.String()), nil
}

// UnmarshalText reads what MarshalText writes.
func (s *WalletStatus) UnmarshalText(b []byte) error {
	for i, n := range walletStatusNames() {
		if n == string(b) {
			*s = WalletStatus(i)
			return nil
		}
	}
	return fmt.Errorf("unknown wallet status %q", b)
}

// Buyer is a snapshot of a buyer, without secrets.
type Buyer struct {
	Email    string       `json:"email"`
	Name     string       `json:"name"`
	Phone    string       `json:"phone,omitempty"`
	Wallet   WalletStatus `json:"wallet"`
	Secured  bool         `json:"secured"`            // payment password and security questions set
	Language string       `json:"language,omitempty"` // the wallet language the buyer chose ("" = none)
	Balance  Money        `json:"balance"`            // the wallet balance
}

type buyer struct {
	email, name, phone string
	salt, pwHash       []byte
	walletPwHash       []byte // the wallet's own sign-in password, once reset
	wallet             WalletStatus
	cards              []Card
	defaultCard        string // the card chosen as default; the first card when unset
	pending            *registration
	security           *security
	identity           *Identity
	language           string
	orders             []*Order
	history            []Entry
	balance            Money
}

func (b *buyer) snapshot() Buyer {
	return Buyer{Email: b.email, Name: b.name, Phone: b.phone, Wallet: b.wallet, Secured: b.security != nil,
		Language: b.language, Balance: b.balance}
}

// AddBuyer sets up a buyer with an optional wallet and bound cards.
func (w *World) AddBuyer(spec BuyerSpec) (*Buyer, error) {
	b, err := w.newBuyer(spec)
	if err != nil {
		return nil, fmt.Errorf("add buyer %q: %w", spec.Email, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	k := key(b.email)
	if _, ok := w.buyers[k]; ok {
		return nil, fmt.Errorf("add buyer %q: %w", spec.Email, ErrBuyerExists)
	}
	w.buyers[k] = b
	s := b.snapshot()
	return &s, nil
}

func (w *World) newBuyer(spec BuyerSpec) (*buyer, error) {
	email, err := checkAddress(spec.Email)
	if err != nil {
		return nil, err
	}
	if spec.Password == "" {
		return nil, fmt.Errorf("%w: password is required", ErrInvalidBuyer)
	}
	b := &buyer{email: email, name: strings.TrimSpace(spec.Name), phone: spec.Phone, salt: []byte(randomID(8))}
	if b.name == "" {
		b.name = email[:strings.IndexByte(email, '@')]
	}
	b.pwHash = hashSecret(b.salt, spec.Password)
	if spec.Wallet {
		b.wallet = WalletRegistered
	}
	now := w.Now()
	for i, cs := range spec.Cards {
		c, err := newCard(cs, now, b.name)
		if err != nil {
			return nil, fmt.Errorf("card %d: %w", i+1, err)
		}
		b.cards = append(b.cards, c)
	}
	return b, nil
}

// checkAddress returns the bare address or ErrInvalidBuyer.
func checkAddress(s string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil || a.Name != "" {
		return "", fmt.Errorf("%w: %q is not an e-mail address", ErrInvalidBuyer, s)
	}
	return a.Address, nil
}

func hashSecret(salt []byte, secret string) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(secret))
	return h.Sum(nil)
}

// Buyer returns a snapshot of the buyer with that e-mail address.
func (w *World) Buyer(email string) (Buyer, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return Buyer{}, err
	}
	return b.snapshot(), nil
}

// buyer finds a buyer; the caller holds w.mu.
func (w *World) buyer(email string) (*buyer, error) {
	b, ok := w.buyers[key(email)]
	if !ok {
		return nil, fmt.Errorf("%q: %w", email, ErrNoSuchBuyer)
	}
	return b, nil
}

// authenticate checks a password; the caller holds w.mu.
func (w *World) authenticate(email, password string) (*buyer, error) {
	b, ok := w.buyers[key(email)]
	if !ok {
		return nil, ErrBadCredentials
	}
	if subtle.ConstantTimeCompare(hashSecret(b.salt, password), b.pwHash) != 1 {
		return nil, ErrBadCredentials
	}
	return b, nil
}

// HasWallet reports whether the buyer has a wallet account: a registered one
// or one whose e-mail address was confirmed (a mock registration).
func (w *World) HasWallet(email string) (bool, error) {
	s, err := w.WalletStatus(email)
	return s != WalletNone, err
}

// WalletStatus reports how far the buyer got with the wallet account.
func (w *World) WalletStatus(email string) (WalletStatus, error) {
	b, err := w.Buyer(email)
	if err != nil {
		return WalletNone, fmt.Errorf("wallet status: %w", err)
	}
	return b.Wallet, nil
}
