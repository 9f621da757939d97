package site

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// registerData is the e-mail step's state.
type registerData struct {
	Email string
	Error string
	Send  string // the button's words
}

// newcomer is the wallet session of a buyer without a wallet account; account
// holders are sent to the wallet home.
func (rq *request) newcomer() (world.Session, bool) {
	s, st, ok := rq.walletBuyer()
	if ok && st != world.WalletNone {
		rq.redirect("/")
		return s, false
	}
	return s, ok
}

// registerForm is step 1: e-mail (the storefront's, editable) and captcha.
func (rq *request) registerForm() {
	s, ok := rq.newcomer()
	if !ok || rq.registrationClosed(s) {
		return
	}
	email, pending := rq.world.PendingAddress(s.Email)
	if !pending {
		email = s.Email
	}
	rq.renderRegister(http.StatusOK, s, registerData{Email: email})
}

func (rq *request) renderRegister(status int, s world.Session, d registerData) {
	d.Send = rq.loc.T("register.send")
	if rq.world.Has(world.ProfileAlipayMenu) {
		d.Send = rq.loc.T("register.send_confirmation")
	}
	rq.render(status, "register_email", rq.walletView(s, rq.loc.T("register.title"), "", d))
}

// register checks the captcha and sends the confirmation letter; a wrong
// captcha sends nothing.
func (rq *request) register() {
	s, ok := rq.newcomer()
	if !ok || !rq.checkCSRF(s) || rq.registrationClosed(s) {
		return
	}
	address := strings.TrimSpace(rq.r.PostFormValue("email"))
	token, err := rq.world.StartRegistration(s.Email, address, rq.r.PostFormValue("captcha"))
	switch {
	case errors.Is(err, world.ErrWrongCaptcha):
		rq.renderRegister(http.StatusOK, s, registerData{Email: address, Error: rq.loc.T("register.wrong_captcha")})
	case errors.Is(err, world.ErrInvalidBuyer):
		rq.renderRegister(http.StatusOK, s, registerData{Email: address, Error: rq.loc.T("register.bad_email")})
	case err != nil:
		rq.notFound()
	default:
		rq.sendConfirmation(s, address, token)
	}
}

// registrationClosed refuses the registration with a notice in the
// registration-closed profile (004: closed since 1 January 2017).
func (rq *request) registrationClosed(s world.Session) bool {
	if !rq.world.Has(world.ProfileRegistrationClosed) {
		return false
	}
	rq.render(http.StatusForbidden, "register_closed", rq.walletView(s, rq.loc.T("closed.title"), "", nil))
	return true
}

// resend sends a new letter to the address given last.
func (rq *request) resend() {
	s, ok := rq.newcomer()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	token, address, err := rq.world.ResendConfirmation(s.Email)
	if err != nil {
		rq.redirect("/register/email.htm")
		return
	}
	rq.sendConfirmation(s, address, token)
}

// sendConfirmation mails the link and says so.
func (rq *request) sendConfirmation(s world.Session, address, token string) {
	link := rq.walletURL("/register/confirm.htm?" + url.Values{"token": {token}}.Encode())
	rq.world.Send(world.Mail{
		From:    "Alipay <no-reply@intl.alipay.com>",
		To:      address,
		Subject: rq.loc.T("mail.confirm.subject"),
		Text:    rq.loc.T("mail.confirm.body", link),
		Anchors: []world.Anchor{{Text: rq.confirmButton(), URL: link}},
	})
	mailbox := rq.urlOn("https", HostMail, "/inbox?"+url.Values{"address": {address}}.Encode())
	rq.render(http.StatusOK, "register_sent", rq.walletView(s, rq.loc.T("register.title"), "", sentData{Address: address, Mailbox: mailbox}))
}

// sentData is the "letter sent" page's state: the address and a link to its
// mailbox (001, 003: from here the buyer goes to the mailbox).
type sentData struct {
	Address, Mailbox string
}

// confirmButton is the letter's button: "Confirm email address", or
// "Confirm" in the letter of 001 and 002.
func (rq *request) confirmButton() string {
	if rq.world.Has(world.ProfileConfirmLetter) {
		return rq.loc.T("mail.confirm.button")
	}
	return rq.loc.T("mail.confirm.link")
}

// confirm follows the letter's link: the wallet account exists from now on
// (a mock registration if the buyer stops here) and step 2 follows.
func (rq *request) confirm() {
	s, _, ok := rq.walletBuyer()
	if !ok {
		return
	}
	err := rq.world.ConfirmEmail(s.Email, rq.r.URL.Query().Get("token"))
	switch {
	case errors.Is(err, world.ErrLinkExpired):
		rq.render(http.StatusGone, "register_expired", rq.walletView(s, rq.loc.T("register.expired"), "", nil))
	case err != nil:
		rq.fail(http.StatusNotFound, "register.invalid", "register.invalid_text")
	default:
		rq.redirect("/register/security.htm")
	}
}
