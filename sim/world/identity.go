package world

import (
	"fmt"
	"strings"
	"time"
)

// Identity is step 3 of the registration, "Check my identity" (001, 002,
// 003): who the buyer is. The document is optional (002).
type Identity struct {
	LastName       string `json:"last_name"`
	FirstName      string `json:"first_name"`
	BirthDate      string `json:"birth_date"` // DD.MM.YYYY
	Citizenship    string `json:"citizenship"`
	Address        string `json:"address"`
	Phone          string `json:"phone"`
	Document       string `json:"document,omitempty"`        // "passport" or "other"
	DocumentNumber string `json:"document_number,omitempty"` // kept as its last four characters
}

// AdultAge is the age the wallet asks of its account holders.
const AdultAge = 18

// SetIdentity finishes the registration: the wallet account is registered
// from then on, and the phone given is where SMS go. On an error nothing
// changes.
func (w *World) SetIdentity(email string, id Identity) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return fmt.Errorf("check identity: %w", err)
	}
	if b.wallet != WalletConfirmed || b.security == nil {
		return fmt.Errorf("check identity of %q: %w", email, ErrNotSecured)
	}
	if err := CheckIdentity(id, w.now()); err != nil {
		return fmt.Errorf("check identity of %q: %w", email, err)
	}
	id.DocumentNumber = lastFour(strings.TrimSpace(id.DocumentNumber))
	b.identity = &id
	b.phone = strings.TrimSpace(id.Phone)
	b.wallet = WalletRegistered
	return nil
}

// CheckIdentity applies the rules of the personal-data form at now: every
// field but the document is required, the date of birth is DD.MM.YYYY and
// at least AdultAge years ago, the phone has 7 to 15 digits.
func CheckIdentity(id Identity, now time.Time) error {
	required := []struct {
		value string
		err   error
	}{
		{id.LastName, ErrLastName}, {id.FirstName, ErrFirstName}, {id.BirthDate, ErrBirthDate},
		{id.Citizenship, ErrCitizenship}, {id.Address, ErrAddress}, {id.Phone, ErrPhone},
	}
	for _, f := range required {
		if strings.TrimSpace(f.value) == "" {
			return f.err
		}
	}
	born, err := time.Parse("02.01.2006", strings.TrimSpace(id.BirthDate))
	if err != nil {
		return ErrBirthDate
	}
	if born.AddDate(AdultAge, 0, 0).After(now) {
		return ErrTooYoung
	}
	if n := len(phoneDigits(id.Phone)); n < 7 || n > 15 {
		return ErrPhone
	}
	return nil
}

func lastFour(s string) string {
	if len(s) <= 4 {
		return s
	}
	return s[len(s)-4:]
}
