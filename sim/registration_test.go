package sim_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const (
	securityURL = "https://intl.alipay.com/register/security.htm"
	identityURL = "https://intl.alipay.com/register/identity.htm"
	settingsURL = "https://intl.alipay.com/account/settings.htm"
)

// securityStep opens step 2 for siti after confirming her address.
func securityStep(t *testing.T) (*world.World, *browser, *page) {
	t.Helper()
	w, b, form := startRegistration(t, "")
	step2 := confirmationLetter(t, w, b, form, "siti@example.com").click("Confirm email address").want(securityURL)
	return w, b, step2
}

// securityFields fills step 2: the passwords and the given questions with answers.
func securityFields(password, confirm string, questions ...string) map[string]string {
	f := map[string]string{"Payment password": password, "Confirm payment password": confirm}
	for i, q := range questions {
		n := string(rune('1' + i))
		f["Security question "+n] = q
		f["Answer "+n] = "answer " + n
	}
	return f
}

func threeQuestions() []string { return []string{"question.pet", "question.city", "question.school"} }

// Each rule of "Set up security" (001) is a refusal that names it, keeps the
// questions and answers typed, and changes nothing.
func TestSecurityRules(t *testing.T) {
	cases := []struct {
		why, password, confirm string
		questions              []string
		want                   string
	}{
		{"five digits", "12345", "12345", threeQuestions(), "The payment password must be exactly 6 digits"},
		{"letters", "12ab56", "12ab56", threeQuestions(), "The payment password must be exactly 6 digits"},
		{"consecutive digits (001: 123456)", "123456", "123456", threeQuestions(), "The payment password must not be consecutive digits"},
		{"descending digits", "654321", "654321", threeQuestions(), "The payment password must not be consecutive digits"},
		{"one digit repeated (001: 555555)", "555555", "555555", threeQuestions(), "The payment password must not repeat one digit"},
		{"confirmation differs", "271828", "271829", threeQuestions(), "The payment passwords do not match"},
		{"two questions only (001: at least three)", "271828", "271828", threeQuestions()[:2], "Choose three security questions and answer each of them"},
		{"one question twice", "271828", "271828", []string{"question.pet", "question.pet", "question.city"}, "Choose three different security questions"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w, _, step2 := securityStep(t)
			p := step2.press("Submit", securityFields(tc.password, tc.confirm, tc.questions...))
			p.want(securityURL).has(tc.want)
			if got := p.doc.Find(`#sec-q1 option[selected]`).AttrOr("value", ""); got != tc.questions[0] {
				t.Errorf("question 1 after the refusal = %q, want %q kept", got, tc.questions[0])
			}
			if got := p.doc.Find(`#sec-a1`).AttrOr("value", ""); got != "answer 1" {
				t.Errorf("answer 1 after the refusal = %q, want it kept", got)
			}
			if got := p.doc.Find(`#sec-password`).AttrOr("value", ""); got != "" {
				t.Errorf("the payment password was echoed back: %q", got)
			}
			b, _ := w.Buyer("siti@example.com")
			if b.Secured || b.Wallet != world.WalletConfirmed {
				t.Errorf("a refusal changed the buyer: %+v", b)
			}
		})
	}
}

// P5 from the letter to "Go to My Alipay": security, "Check my identity",
// personal data with a refusal on the way, "Next", success.
func TestFullRegistration(t *testing.T) {
	w, b, step2 := securityStep(t)
	saved := step2.press("Submit", securityFields("271828", "271828", threeQuestions()...)).has("Security settings saved")
	if b, _ := w.Buyer("siti@example.com"); !b.Secured || b.Wallet != world.WalletConfirmed {
		t.Errorf("after step 2: %+v, want secured, still confirmed", b)
	}
	if p := b.open(securityURL); p.at() != identityURL {
		t.Errorf("step 2 again leads to %s, want step 3", p.url)
	}
	form := saved.click("Check my identity").want(identityURL).has("Personal details")
	if got := form.doc.Find("#id-phone").AttrOr("value", ""); got != "+62 812 0000 0002" {
		t.Errorf("phone pre-filled with %q, want the account's", got)
	}
	fields := map[string]string{"Last name": "Rahma", "First name": "Siti", "Date of birth": "14.02.1990",
		"Citizenship": "ID", "ID document": "passport", "Document number": "A1234567",
		"Address": "Jl. Merdeka 1, Jakarta", "Phone": "+62 812 555 0101"}
	delete(fields, "Date of birth")
	refused := form.press("Next", fields).want(identityURL).has("Enter your date of birth as DD.MM.YYYY")
	if got := refused.doc.Find("#id-address").AttrOr("value", ""); got != "Jl. Merdeka 1, Jakarta" {
		t.Errorf("address after the refusal = %q, want it kept", got)
	}
	if got := refused.doc.Find("#id-citizenship option[selected]").AttrOr("value", ""); got != "ID" {
		t.Errorf("citizenship after the refusal = %q", got)
	}
	if st, _ := w.WalletStatus("siti@example.com"); st != world.WalletConfirmed {
		t.Errorf("a refused step 3 registered the wallet: %v", st)
	}
	fields["Date of birth"] = "14.02.1990"
	done := refused.press("Next", fields).has("Your Alipay account is ready")
	account := done.click("Go to My Alipay").want(walletHome).has("My Account").has("Edit cards")
	account.lacks("Open Alipay Wallet Now")
	if b, _ := w.Buyer("siti@example.com"); b.Wallet != world.WalletRegistered || b.Phone != "+62 812 555 0101" {
		t.Errorf("after step 3: %+v", b)
	}
	if p := b.open(identityURL); p.at() != walletHome {
		t.Errorf("step 3 after registering is at %s, want the wallet home", p.url)
	}
}

func TestIdentityRules(t *testing.T) {
	cases := []struct {
		why, field, value, want string
	}{
		{"no last name", "Last name", "", "Enter your last name"},
		{"no first name", "First name", "", "Enter your first name"},
		{"a date in another format", "Date of birth", "1990-02-14", "Enter your date of birth as DD.MM.YYYY"},
		{"too young", "Date of birth", "01.01.2020", "Alipay account holders must be 18 or older"},
		{"no citizenship", "Citizenship", "", "Choose your citizenship"},
		{"a citizenship not offered", "Citizenship", "XX", "Choose your citizenship"},
		{"no address", "Address", "", "Enter your address"},
		{"a phone too short", "Phone", "123", "Enter a phone number of 7 to 15 digits"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w, _, step2 := securityStep(t)
			form := step2.press("Submit", securityFields("271828", "271828", threeQuestions()...)).click("Check my identity")
			fields := map[string]string{"Last name": "Rahma", "First name": "Siti", "Date of birth": "14.02.1990",
				"Citizenship": "ID", "Address": "Jl. Merdeka 1", "Phone": "+62 812 0000 0002"}
			fields[tc.field] = tc.value
			form.press("Next", fields).has(tc.want)
			if st, _ := w.WalletStatus("siti@example.com"); st != world.WalletConfirmed {
				t.Errorf("status %v after a refusal", st)
			}
		})
	}
}

// 001 and 002: no letter? Resend it, or give another address.
func TestResendOrAnotherAddress(t *testing.T) {
	w, b, form := startRegistration(t, "")
	sent := form.press("Send confirmation email", map[string]string{"Captcha": w.CaptchaAnswer()})
	again := sent.press("Resend email", nil).has("We have sent a confirmation email to siti@example.com")
	if n := len(w.Mailbox("siti@example.com")); n != 2 {
		t.Errorf("%d letters after a resend, want 2", n)
	}
	other := again.click("Use another email address").want(registerURL)
	other.press("Send confirmation email", map[string]string{"Email": "siti.rahma@example.com", "Captcha": w.CaptchaAnswer()}).
		has("We have sent a confirmation email to siti.rahma@example.com")
	box := w.Mailbox("siti.rahma@example.com")
	if len(box) != 1 {
		t.Fatalf("%d letters at the other address", len(box))
	}
	b.open(box[0].Links[0]).want(securityURL)
}

// 004: since 1 January 2017 the wallet refuses new registrations with a
// notice; an existing wallet user still sees and deletes cards.
func TestRegistrationClosed(t *testing.T) {
	w, b, _ := startRegistrationIn(t, world.ProfileRegistrationClosed)
	offer := b.open(walletHome).has("Open Alipay Wallet Now")
	refused := offer.click("Open Alipay Wallet Now")
	if refused.status != http.StatusForbidden {
		t.Errorf("status %d, want 403", refused.status)
	}
	refused.has("Alipay has not accepted new registrations since 1 January 2017.").lacks("Send confirmation email")
	token := refused.csrf()
	if p := b.post(registerURL, map[string][]string{"csrf": {token}, "email": {"siti@example.com"}, "captcha": {w.CaptchaAnswer()}}); p.status != http.StatusForbidden {
		t.Errorf("posting the form anyway: status %d", p.status)
	}
	if n := len(w.Mailbox("siti@example.com")); n != 0 {
		t.Errorf("%d letters sent while registration is closed", n)
	}

	walletBuyer(t, w, "ivan@example.com")
	ivan := newBrowser(t, b.client.Transport.(handlerTransport).h, w)
	signIn(ivan, "ivan@example.com")
	list := ivan.open(walletHome).has("My Account").click("Edit cards").has("Visa •••• 4242")
	list.press("Remove card", nil).press("Delete", nil).has("The card has been removed")
	if got := masked(t, w, "ivan@example.com"); join(got) != "MasterCard •••• 5454" {
		t.Errorf("cards %q", got)
	}
}

// startRegistrationIn signs siti in, in a world of the profile, without
// opening the offer.
func startRegistrationIn(t *testing.T, profile string) (*world.World, *browser, *page) {
	t.Helper()
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: profile})
	newbie(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	return w, b, signIn(b, "siti@example.com")
}

// 001: the account can switch language; the choice holds for the buyer in
// any browser, not only this one.
func TestLanguageSwitch(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	settings := b.open(walletHome).click("Settings").want(settingsURL)
	if got := settings.texts("#settings-lang option"); join(got) != "English, Русский" {
		t.Errorf("languages offered %q", got)
	}
	ru := settings.press("Save", map[string]string{"Language": "ru_RU"}).want(settingsURL).has("Настройки сохранены")
	ru.has("Управление картами")
	if by, _ := w.Buyer("ivan@example.com"); by.Language != "ru_RU" {
		t.Errorf("language kept %q", by.Language)
	}
	other := newBrowser(t, s, w)
	signIn(other, "ivan@example.com").has("Hi, Ivan Petrov")
	other.open(walletHome).has("Мой счёт")
	other.open(storeHome).has("My AliExpress")
	if p := other.open(walletHome + "?locale=en_US"); !strings.Contains(p.body, "My Account") {
		t.Error("?locale= no longer wins over the buyer's choice for the page it names")
	}
}

func TestSettingsOnlyForAccountHolders(t *testing.T) {
	_, b, _ := startRegistrationIn(t, "")
	b.open(walletHome).lacks("Settings")
	if p := b.open(settingsURL); p.at() != walletHome {
		t.Errorf("settings for a buyer without a wallet at %s", p.url)
	}
}
