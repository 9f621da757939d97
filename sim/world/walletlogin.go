package world

import (
	"crypto/subtle"
	"fmt"
	"strings"
	"time"
)

// MinLoginPassword is the shortest wallet sign-in password the reset form takes.
const MinLoginPassword = 8

type resetLink struct {
	email   string
	expires time.Time
}

// WalletSignIn is the wallet's own sign-in form (004): the wallet password
// once one was set through "Forgot password", the storefront password
// before that. It opens a wallet session of its own.
func (w *World) WalletSignIn(email, password string) (Session, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, ok := w.buyers[key(email)]
	hash := []byte(nil)
	if ok {
		hash = b.pwHash
		if b.walletPwHash != nil {
			hash = b.walletPwHash
		}
	}
	if !ok || subtle.ConstantTimeCompare(hashSecret(b.salt, password), hash) != 1 {
		return Session{}, fmt.Errorf("sign in to the wallet as %q: %w", email, ErrBadCredentials)
	}
	return w.openSession(RealmWallet, b.email, ""), nil
}

// StartPasswordReset checks the captcha and issues a reset token for the
// buyer with that address; the caller sends the letter. An unknown address
// is ErrNoSuchBuyer, which pages must not reveal.
func (w *World) StartPasswordReset(address, captcha string) (string, error) {
	if !w.CheckCaptcha(captcha) {
		return "", fmt.Errorf("start password reset: %w", ErrWrongCaptcha)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(strings.TrimSpace(address))
	if err != nil {
		return "", fmt.Errorf("start password reset: %w", err)
	}
	token := randomID(24)
	w.resets[token] = resetLink{email: b.email, expires: w.now().Add(LinkLifetime)}
	return token, nil
}

// CheckResetToken tells whether a reset link still works.
func (w *World) CheckResetToken(token string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	_, err := w.resetLink(token)
	return err
}

func (w *World) resetLink(token string) (resetLink, error) {
	l, ok := w.resets[token]
	if !ok {
		return l, fmt.Errorf("password reset: %w", ErrInvalidLink)
	}
	if !w.now().Before(l.expires) {
		return l, fmt.Errorf("password reset: %w", ErrLinkExpired)
	}
	return l, nil
}

// ResetWalletPassword sets a new wallet password through a reset link; the
// link works once. On an error nothing changes.
func (w *World) ResetWalletPassword(token, password, confirm string) error {
	if err := CheckLoginPassword(password); err != nil {
		return fmt.Errorf("reset wallet password: %w", err)
	}
	if password != confirm {
		return fmt.Errorf("reset wallet password: %w", ErrLoginPasswordMismatch)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	l, err := w.resetLink(token)
	if err != nil {
		return err
	}
	b, err := w.buyer(l.email)
	if err != nil {
		return fmt.Errorf("reset wallet password: %w", err)
	}
	b.walletPwHash = hashSecret(b.salt, password)
	delete(w.resets, token)
	return nil
}

// CheckLoginPassword wants MinLoginPassword characters or more, letters and digits both.
func CheckLoginPassword(p string) error {
	hasLetter := strings.ContainsFunc(p, func(r rune) bool { return r < '0' || r > '9' })
	hasDigit := strings.ContainsAny(p, "0123456789")
	if len([]rune(p)) < MinLoginPassword || !hasLetter || !hasDigit {
		return ErrLoginPasswordWeak
	}
	return nil
}

// SetWalletLanguage keeps the language the buyer chose in the wallet; it
// holds in every browser the buyer signs in from.
func (w *World) SetWalletLanguage(email, tag string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return fmt.Errorf("set wallet language: %w", err)
	}
	b.language = tag
	return nil
}
