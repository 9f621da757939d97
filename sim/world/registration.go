package world

import (
	"crypto/rand"
	"fmt"
	"strings"
	"time"
)

// LinkLifetime is how long a confirmation link works on the world clock.
const LinkLifetime = 24 * time.Hour

// captchaAlphabet leaves out characters people confuse (0/O, 1/I/L).
const captchaAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

type registration struct {
	address string
}

type confirmLink struct {
	email   string
	address string
	expires time.Time
}

func newCaptcha() string {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = captchaAlphabet[int(b[i])%len(captchaAlphabet)]
	}
	return string(b)
}

// CaptchaAnswer is the world's test-mode captcha answer, fixed for its life.
func (w *World) CaptchaAnswer() string { return w.captcha }

// CheckCaptcha compares an answer with the captcha, ignoring case and spaces.
func (w *World) CheckCaptcha(answer string) bool {
	return strings.EqualFold(strings.ReplaceAll(answer, " ", ""), w.captcha)
}

// StartRegistration checks the captcha and the address and issues a
// confirmation token for the buyer; the caller sends the letter. A world of
// ProfileRegistrationClosed refuses with ErrRegistrationClosed.
func (w *World) StartRegistration(email, address, captcha string) (string, error) {
	if w.Has(ProfileRegistrationClosed) {
		return "", fmt.Errorf("start wallet registration: %w", ErrRegistrationClosed)
	}
	if !w.CheckCaptcha(captcha) {
		return "", fmt.Errorf("start wallet registration: %w", ErrWrongCaptcha)
	}
	addr, err := checkAddress(address)
	if err != nil {
		return "", fmt.Errorf("start wallet registration: %w", err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return "", fmt.Errorf("start wallet registration: %w", err)
	}
	b.pending = &registration{address: addr}
	return w.issueLink(b), nil
}

// ResendConfirmation issues a new token for the address the buyer gave last.
func (w *World) ResendConfirmation(email string) (token, address string, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return "", "", fmt.Errorf("resend confirmation: %w", err)
	}
	if b.pending == nil {
		return "", "", fmt.Errorf("resend confirmation for %q: %w", email, ErrNoPendingRegistration)
	}
	return w.issueLink(b), b.pending.address, nil
}

// PendingAddress is the address the buyer asked to confirm, if any.
func (w *World) PendingAddress(email string) (string, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil || b.pending == nil {
		return "", false
	}
	return b.pending.address, true
}

func (w *World) issueLink(b *buyer) string {
	token := randomID(24)
	w.links[token] = confirmLink{email: b.email, address: b.pending.address, expires: w.now().Add(LinkLifetime)}
	return token
}

// ConfirmEmail follows a confirmation link as the signed-in buyer: the
// wallet account exists from then on, though nothing else was entered.
func (w *World) ConfirmEmail(email, token string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	l, ok := w.links[token]
	if !ok || key(l.email) != key(email) {
		return fmt.Errorf("confirm e-mail: %w", ErrInvalidLink)
	}
	if !w.now().Before(l.expires) {
		return fmt.Errorf("confirm e-mail: %w", ErrLinkExpired)
	}
	b, err := w.buyer(email)
	if err != nil {
		return fmt.Errorf("confirm e-mail: %w", err)
	}
	if b.wallet == WalletNone {
		b.wallet = WalletConfirmed
	}
	return nil
}
