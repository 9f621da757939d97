package world

import (
	"errors"
	"testing"
)

func goodAnswers() []SecurityAnswer {
	return []SecurityAnswer{{"q.pet", "Barsik"}, {"q.city", "Kazan"}, {"q.school", "No. 5"}}
}

func goodSecurity() Security {
	return Security{Password: "271828", Confirm: "271828", Answers: goodAnswers()}
}

func TestCheckPaymentPassword(t *testing.T) {
	cases := []struct {
		why, password string
		want          error
	}{
		{"a good password", "271828", nil},
		{"five digits", "12345", ErrPasswordFormat},
		{"seven digits", "1234567", ErrPasswordFormat},
		{"a letter", "27182a", ErrPasswordFormat},
		{"empty", "", ErrPasswordFormat},
		{"ascending run (001's example)", "123456", ErrPasswordSequence},
		{"ascending run not from 1", "345678", ErrPasswordSequence},
		{"descending run", "654321", ErrPasswordSequence},
		{"one digit repeated (001's example)", "555555", ErrPasswordRepeated},
		{"repeats that are not all one digit", "112233", nil},
		{"a run broken once is not a run", "123457", nil},
	}
	for _, tc := range cases {
		if err := CheckPaymentPassword(tc.password); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: CheckPaymentPassword(%q) = %v, want %v", tc.why, tc.password, err, tc.want)
		}
	}
}

func TestCheckSecurity(t *testing.T) {
	two := goodAnswers()[:2]
	cases := []struct {
		why  string
		edit func(*Security)
		want error
	}{
		{"everything right", func(*Security) {}, nil},
		{"the password rules come first", func(s *Security) { s.Password, s.Answers = "555555", two }, ErrPasswordRepeated},
		{"the confirmation differs", func(s *Security) { s.Confirm = "271829" }, ErrPasswordMismatch},
		{"two questions only (001: at least three)", func(s *Security) { s.Answers = two }, ErrQuestionsTooFew},
		{"a question without an answer does not count", func(s *Security) { s.Answers[2].Answer = " " }, ErrQuestionsTooFew},
		{"the same question twice", func(s *Security) { s.Answers[2].Question = "q.pet" }, ErrQuestionsRepeated},
		{"a fourth answer is fine", func(s *Security) { s.Answers = append(s.Answers, SecurityAnswer{"q.book", "Dune"}) }, nil},
	}
	for _, tc := range cases {
		s := goodSecurity()
		s.Answers = append([]SecurityAnswer(nil), s.Answers...)
		tc.edit(&s)
		if err := checkSecurity(s); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
	}
}

// confirmedBuyer is siti with the e-mail confirmed, as after a mock registration.
func confirmedBuyer(t *testing.T) *World {
	t.Helper()
	w := newTestWorld(t)
	token, err := w.StartRegistration("siti@example.com", "siti@example.com", w.CaptchaAnswer())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.ConfirmEmail("siti@example.com", token); err != nil {
		t.Fatal(err)
	}
	return w
}

func TestRegistrationSteps(t *testing.T) {
	w := confirmedBuyer(t)
	id := goodIdentity()
	if err := w.SetIdentity("siti@example.com", id); !errors.Is(err, ErrNotSecured) {
		t.Errorf("identity before security: %v, want ErrNotSecured", err)
	}
	bad := goodSecurity()
	bad.Answers = bad.Answers[:2]
	if err := w.SetSecurity("siti@example.com", bad); !errors.Is(err, ErrQuestionsTooFew) {
		t.Errorf("two questions: %v", err)
	}
	if b, _ := w.Buyer("siti@example.com"); b.Secured || b.Wallet != WalletConfirmed {
		t.Errorf("a refused security step changed the buyer: %+v", b)
	}
	if err := w.SetSecurity("siti@example.com", goodSecurity()); err != nil {
		t.Fatal(err)
	}
	if b, _ := w.Buyer("siti@example.com"); !b.Secured || b.Wallet != WalletConfirmed {
		t.Errorf("after security: %+v, want secured and still confirmed", b)
	}
	id.Phone = "+62 812 555 0101"
	if err := w.SetIdentity("siti@example.com", id); err != nil {
		t.Fatal(err)
	}
	b, _ := w.Buyer("siti@example.com")
	if b.Wallet != WalletRegistered || b.Phone != "+62 812 555 0101" {
		t.Errorf("after identity: %+v, want registered with the new phone", b)
	}
	if err := w.SetSecurity("siti@example.com", goodSecurity()); !errors.Is(err, ErrNotConfirmed) {
		t.Errorf("security again after registering: %v", err)
	}
}

func TestRegistrationClosedProfile(t *testing.T) {
	w := New(Options{Clock: fixedClock, Profile: ProfileRegistrationClosed})
	if _, err := w.AddBuyer(BuyerSpec{Email: "siti@example.com", Password: "pw"}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.StartRegistration("siti@example.com", "siti@example.com", w.CaptchaAnswer()); !errors.Is(err, ErrRegistrationClosed) {
		t.Errorf("registration in the closed profile: %v", err)
	}
	if _, ok := w.PendingAddress("siti@example.com"); ok {
		t.Error("a refused registration left a pending address")
	}
}

func TestWalletLanguage(t *testing.T) {
	w := newTestWorld(t)
	if err := w.SetWalletLanguage("ivan@example.com", "ru_RU"); err != nil {
		t.Fatal(err)
	}
	if b, _ := w.Buyer("ivan@example.com"); b.Language != "ru_RU" {
		t.Errorf("language %q", b.Language)
	}
	if b, _ := w.Buyer("siti@example.com"); b.Language != "" {
		t.Errorf("another buyer's language %q", b.Language)
	}
}

// 001's registration ends with "Submit" on Security Settings: the account
// is registered once the security step is accepted, with no identity.
func TestSecuritySettingsProfileRegistersAtSubmit(t *testing.T) {
	w := New(Options{Clock: fixedClock, Profile: ProfileSecuritySettings})
	if _, err := w.AddBuyer(BuyerSpec{Email: "siti@example.com", Password: "pw", Phone: "+62 812 0000 0002"}); err != nil {
		t.Fatal(err)
	}
	token, err := w.StartRegistration("siti@example.com", "siti@example.com", w.CaptchaAnswer())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.ConfirmEmail("siti@example.com", token); err != nil {
		t.Fatal(err)
	}
	bad := goodSecurity()
	bad.Password, bad.Confirm = "123456", "123456"
	if err := w.SetSecurity("siti@example.com", bad); !errors.Is(err, ErrPasswordSequence) {
		t.Errorf("a refused password: %v", err)
	}
	if st, _ := w.WalletStatus("siti@example.com"); st != WalletConfirmed {
		t.Errorf("a refused security step registered the wallet: %v", st)
	}
	if err := w.SetSecurity("siti@example.com", goodSecurity()); err != nil {
		t.Fatal(err)
	}
	b, _ := w.Buyer("siti@example.com")
	if !b.Secured || b.Wallet != WalletRegistered || b.Phone != "+62 812 0000 0002" {
		t.Errorf("after Submit: %+v, want secured and registered, the account's phone kept", b)
	}
}
