package world

import (
	"fmt"
	"strings"
)

// SecurityQuestions is how many security questions the wallet asks for.
const SecurityQuestions = 3

// SecurityAnswer is a chosen security question and its answer.
type SecurityAnswer struct {
	Question string `json:"question"` // the question's key
	Answer   string `json:"answer"`
}

// Security is step 2 of the registration, "Set up security".
type Security struct {
	Password string           // the payment password
	Confirm  string           // the same again
	Answers  []SecurityAnswer // the questions chosen, with answers
}

type security struct {
	paymentPassword []byte
	answers         map[string][]byte // question key → hashed answer
}

// SetSecurity finishes step 2 of the registration: the payment password
// rules (CheckPaymentPassword), the confirmation, then three different
// questions each answered. In a world of ProfileSecuritySettings (001) it
// is the last step: the wallet account is registered from then on. On an
// error nothing changes.
func (w *World) SetSecurity(email string, s Security) error {
	if err := checkSecurity(s); err != nil {
		return fmt.Errorf("set up security: %w", err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.buyer(email)
	if err != nil {
		return fmt.Errorf("set up security: %w", err)
	}
	if b.wallet != WalletConfirmed {
		return fmt.Errorf("set up security for %q: %w", email, ErrNotConfirmed)
	}
	sec := &security{paymentPassword: hashSecret(b.salt, s.Password), answers: map[string][]byte{}}
	for _, a := range s.Answers {
		if strings.TrimSpace(a.Question) != "" {
			sec.answers[a.Question] = hashSecret(b.salt, strings.ToLower(strings.TrimSpace(a.Answer)))
		}
	}
	b.security = sec
	if w.Has(ProfileSecuritySettings) {
		b.wallet = WalletRegistered
	}
	return nil
}

func checkSecurity(s Security) error {
	if err := CheckPaymentPassword(s.Password); err != nil {
		return err
	}
	if s.Password != s.Confirm {
		return ErrPasswordMismatch
	}
	return checkAnswers(s.Answers)
}

// checkAnswers wants SecurityQuestions questions, each chosen once and answered.
func checkAnswers(answers []SecurityAnswer) error {
	seen := map[string]bool{}
	for _, a := range answers {
		q := strings.TrimSpace(a.Question)
		if q == "" || strings.TrimSpace(a.Answer) == "" {
			continue
		}
		if seen[q] {
			return ErrQuestionsRepeated
		}
		seen[q] = true
	}
	if len(seen) < SecurityQuestions {
		return ErrQuestionsTooFew
	}
	return nil
}

// CheckPaymentPassword applies the wallet's rules (001): exactly six
// digits, not a run of consecutive digits (123456, 654321), not one digit
// repeated (555555).
func CheckPaymentPassword(p string) error {
	if len(p) != 6 || !allDigits(p) {
		return ErrPasswordFormat
	}
	up, down, same := true, true, true
	for i := 1; i < len(p); i++ {
		d := int(p[i]) - int(p[i-1])
		up = up && d == 1
		down = down && d == -1
		same = same && d == 0
	}
	switch {
	case same:
		return ErrPasswordRepeated
	case up || down:
		return ErrPasswordSequence
	}
	return nil
}
