package sim_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const registerURL = "https://intl.alipay.com/register/email.htm"

// startRegistration signs a newbie in and opens the wallet's offer.
func startRegistration(t *testing.T, profile string) (*world.World, *browser, *page) {
	t.Helper()
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: profile})
	newbie(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	home := signIn(b, "siti@example.com")
	offer := home.click("My Alipay").want(walletHome)
	return w, b, offer.click("Open Alipay Wallet Now").want(registerURL)
}

func TestRegistrationForm(t *testing.T) {
	w, b, form := startRegistration(t, "")
	if got := form.doc.Find("#reg-email").AttrOr("value", ""); got != "siti@example.com" {
		t.Errorf("e-mail pre-filled with %q, want the storefront's", got)
	}
	img := form.doc.Find(".captcha img").AttrOr("src", "")
	svg := b.open(form.resolve(img))
	if svg.header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(svg.body, "<svg") {
		t.Errorf("captcha image: %s %q", svg.header.Get("Content-Type"), svg.body[:min(80, len(svg.body))])
	}
	if strings.Contains(form.body, w.CaptchaAnswer()) {
		t.Error("the registration page gives the captcha answer away")
	}
	ru := b.open(registerURL + "?locale=ru_RU")
	for _, label := range []string{"Электронная почта", "Код с картинки", "Отправить письмо"} {
		ru.has(label)
	}
}

func TestWrongCaptchaSendsNothing(t *testing.T) {
	w, _, form := startRegistration(t, "")
	p := form.press("Send confirmation email", map[string]string{"Captcha": "WRONG"})
	p.has("The characters you entered are incorrect")
	if box := w.Mailbox("siti@example.com"); len(box) != 0 {
		t.Errorf("a wrong captcha sent %d letters", len(box))
	}
	if ok, _ := w.HasWallet("siti@example.com"); ok {
		t.Error("a wrong captcha opened a wallet")
	}
}

// confirmationLetter sends the letter and opens it in the webmail.
func confirmationLetter(t *testing.T, w *world.World, b *browser, form *page, address string) *page {
	t.Helper()
	sent := form.press("Send confirmation email", map[string]string{"Email": address, "Captcha": strings.ToLower(w.CaptchaAnswer())})
	sent.has("We have sent a confirmation email to " + address)
	mail := b.open("https://mail.example.com/").
		press("Open mailbox", map[string]string{"Email address": address})
	return mail.click("Confirm your email address").has("Alipay <no-reply@intl.alipay.com>")
}

// P4: a mock registration unlocks the card list where it was closed.
func TestMockRegistrationUnlocksCardList(t *testing.T) {
	w, b, form := startRegistration(t, world.ProfileWalletRequired)
	for _, u := range []string{cardsURL, directURL, ihomeURL} {
		if p := b.open(u); p.at() != walletHome {
			t.Errorf("before registering, %s is at %s, want the wallet offer", u, p.url)
		}
	}
	letter := confirmationLetter(t, w, b, form, "siti@example.com")
	step2 := letter.click("Confirm email address").want("https://intl.alipay.com/register/security.htm")
	step2.has("Set up security").has("Submit")
	if st, _ := w.WalletStatus("siti@example.com"); st != world.WalletConfirmed {
		t.Errorf("wallet status %v, want confirmed", st)
	}
	// Stop there: enter nothing. The account page and the card list open.
	account := b.open(walletHome).want(walletHome).has("My Account")
	list := account.click("Edit cards").want(cardsURL).has("Visa •••• 1111")
	list.press("Remove card", nil).press("Delete", nil).has("You have no bound cards")
}

func TestMockRegistrationInDefaultProfile(t *testing.T) {
	w, b, form := startRegistration(t, "")
	if p := b.open(cardsURL); p.at() != cardsURL {
		t.Errorf("in the default profile the card list is at %s before registering", p.url)
	}
	confirmationLetter(t, w, b, form, "siti.other@example.com").click("Confirm email address")
	b.open(walletHome).has("Edit cards").lacks("Open Alipay Wallet Now")
}

func TestConfirmationLinkExpires(t *testing.T) {
	w, b, form := startRegistration(t, "")
	letter := confirmationLetter(t, w, b, form, "siti@example.com")
	w.Advance(24 * time.Hour)
	expired := letter.click("Confirm email address")
	if expired.status != http.StatusGone {
		t.Errorf("status %d, want 410", expired.status)
	}
	expired.has("This link has expired").has("Resend email")
	if ok, _ := w.HasWallet("siti@example.com"); ok {
		t.Error("an expired link opened a wallet")
	}
	b.open(walletHome).has("Open Alipay Wallet Now")

	expired.press("Resend email", nil).has("We have sent a confirmation email to siti@example.com")
	box := w.Mailbox("siti@example.com")
	if len(box) != 2 || box[0].Links[0] == box[1].Links[0] {
		t.Fatalf("want a second letter with a new link, got %d letters", len(box))
	}
	b.open(box[1].Links[0]).want("https://intl.alipay.com/register/security.htm")
	if ok, _ := w.HasWallet("siti@example.com"); !ok {
		t.Error("the new link did not open the wallet")
	}
}

func TestConfirmationLetter(t *testing.T) {
	w, b, form := startRegistration(t, "")
	confirmationLetter(t, w, b, form, "siti@example.com")
	box := w.Mailbox("siti@example.com")
	if len(box) != 1 {
		t.Fatalf("%d letters, want 1", len(box))
	}
	m := box[0]
	if m.From != "Alipay <no-reply@intl.alipay.com>" || m.Subject != "Confirm your email address" || m.To != "siti@example.com" {
		t.Errorf("letter %+v", m)
	}
	if len(m.Links) != 1 || !strings.HasPrefix(m.Links[0], "https://intl.alipay.com/register/confirm.htm?token=") {
		t.Errorf("links %q", m.Links)
	}
	if len(m.Anchors) != 1 || m.Anchors[0].Text != "Confirm email address" {
		t.Errorf("anchors %+v", m.Anchors)
	}
	if other := b.open("https://mail.example.com/inbox?address=nobody@example.com"); !strings.Contains(other.body, "No letters yet") {
		t.Error("another address's mailbox is not empty")
	}
}

func TestConfirmationLinkOfAnotherBuyer(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	newbie(t, w, "siti@example.com")
	newbie(t, w, "budi@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "siti@example.com")
	form := b.open(registerURL)
	letter := confirmationLetter(t, w, b, form, "siti@example.com")
	link, _ := letter.link("Confirm email address").Attr("href")

	other := newBrowser(t, s, w)
	signIn(other, "budi@example.com")
	if p := other.open(link); p.status != http.StatusNotFound {
		t.Errorf("another buyer following the link: status %d, want 404", p.status)
	}
	if ok, _ := w.HasWallet("budi@example.com"); ok {
		t.Error("another buyer's link opened a wallet")
	}
}
