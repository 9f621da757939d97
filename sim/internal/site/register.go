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
	if !ok {
		return
	}
	email, pending := rq.world.PendingAddress(s.Email)
	if !pending {
		email = s.Email
	}
	rq.renderRegister(http.StatusOK, s, registerData{Email: email})
}

func (rq *request) renderRegister(status int, s world.Session, d registerData) {
	rq.render(status, "register_email", rq.walletView(s, rq.loc.T("register.title"), "", d))
}

// register checks the captcha and sends the confirmation letter; a wrong
// captcha sends nothing.
func (rq *request) register() {
	s, ok := rq.newcomer()
	if !ok || !rq.checkCSRF(s) {
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
		Anchors: []world.Anchor{{Text: rq.loc.T("mail.confirm.link"), URL: link}},
	})
	rq.render(http.StatusOK, "register_sent", rq.walletView(s, rq.loc.T("register.title"), "", address))
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

// securityData is step 2's state.
type securityData struct {
	Error string
}

// confirmedOnly is the session of a buyer who confirmed the e-mail but has
// not finished registering; others go to the wallet home.
func (rq *request) confirmedOnly() (world.Session, bool) {
	s, st, ok := rq.walletBuyer()
	if ok && st != world.WalletConfirmed {
		rq.redirect("/")
		return s, false
	}
	return s, ok
}

func (rq *request) securityForm() {
	if s, ok := rq.confirmedOnly(); ok {
		rq.render(http.StatusOK, "register_security", rq.walletView(s, rq.loc.T("security.title"), "", securityData{}))
	}
}

// security sets the payment password, finishing the registration.
func (rq *request) security() {
	s, ok := rq.confirmedOnly()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	err := rq.world.SetPaymentPassword(s.Email, rq.r.PostFormValue("password"), rq.r.PostFormValue("confirm"))
	var pe *world.PasswordError
	switch {
	case errors.As(err, &pe):
		rq.render(http.StatusOK, "register_security", rq.walletView(s, rq.loc.T("security.title"), "", securityData{Error: rq.passwordRule(pe)}))
	case err != nil:
		rq.notFound()
	default:
		rq.render(http.StatusOK, "register_done", rq.walletView(s, rq.loc.T("security.done"), "", nil))
	}
}

// passwordRule says in the page's language which rule was broken.
func (rq *request) passwordRule(pe *world.PasswordError) string {
	keys := map[*world.PasswordError]string{
		world.ErrPasswordFormat:   "security.err.format",
		world.ErrPasswordSequence: "security.err.sequence",
		world.ErrPasswordRepeated: "security.err.repeated",
		world.ErrPasswordMismatch: "security.err.mismatch",
	}
	if k, ok := keys[pe]; ok {
		return rq.loc.T(k)
	}
	return pe.Rule
}
