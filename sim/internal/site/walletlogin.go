package site

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// walletLoginData is the wallet sign-in form's state.
type walletLoginData struct {
	Email, Return, Error string
}

// walletLoginForm is the wallet's own sign-in (004), with "Forgot password"
// under the box. A signed-in buyer goes straight on.
func (rq *request) walletLoginForm() {
	ret := safeReturn(rq.r.URL.Query().Get("return_url"), onlyWallet, rq.walletURL("/"))
	if s, ok := rq.walletSession(); ok && s.SignedIn() {
		rq.redirect(ret)
		return
	}
	rq.renderWalletLogin(http.StatusOK, walletLoginData{Return: ret})
}

func (rq *request) renderWalletLogin(status int, d walletLoginData) {
	rq.render(status, "wallet_login", view{Title: rq.loc.T("wlogin.title"), CSRF: rq.anonCSRF(), D: d})
}

// walletLogin checks the wallet password (the storefront's until one was
// set) and opens a wallet session.
func (rq *request) walletLogin() {
	if !rq.checkAnonCSRF() {
		return
	}
	email, ret := strings.TrimSpace(rq.r.PostFormValue("email")), safeReturn(rq.r.PostFormValue("return_url"), onlyWallet, rq.walletURL("/"))
	ws, err := rq.world.WalletSignIn(email, rq.r.PostFormValue("password"))
	if err != nil {
		rq.renderWalletLogin(http.StatusOK, walletLoginData{Email: email, Return: ret, Error: rq.loc.T("login.error")})
		return
	}
	if old, ok := rq.walletSession(); ok {
		rq.world.SignOut(old.ID)
	}
	rq.setCookie(cookieWallet, ws.ID, "")
	rq.redirect(ret)
}

// walletSignOut is the wallet header's "Sign out": the wallet session ends,
// and with it the storefront session it came from; the buyer lands on the
// storefront, signed out.
func (rq *request) walletSignOut() {
	if s, ok := rq.walletSession(); ok {
		if !rq.checkCSRF(s) {
			return
		}
		rq.world.SignOutWallet(s.ID)
	}
	rq.clearCookie(cookieWallet, "")
	rq.redirect(rq.urlOn("https", HostStorefront, "/"))
}

// forgotData is the "Forgot password" form's state.
type forgotData struct {
	Email, Error string
}

func (rq *request) forgotForm() {
	rq.render(http.StatusOK, "password_forgot", view{Title: rq.loc.T("forgot.title"), CSRF: rq.anonCSRF(), D: forgotData{}})
}

// forgot checks the captcha and mails a reset link to a known address. The
// page says the same whether the address is known or not.
func (rq *request) forgot() {
	if !rq.checkAnonCSRF() {
		return
	}
	address := strings.TrimSpace(rq.r.PostFormValue("email"))
	token, err := rq.world.StartPasswordReset(address, rq.r.PostFormValue("captcha"))
	switch {
	case errors.Is(err, world.ErrWrongCaptcha):
		rq.render(http.StatusOK, "password_forgot", view{Title: rq.loc.T("forgot.title"), CSRF: rq.anonCSRF(),
			D: forgotData{Email: address, Error: rq.loc.T("register.wrong_captcha")}})
		return
	case err == nil:
		link := rq.walletURL("/password/reset.htm?" + url.Values{"token": {token}}.Encode())
		rq.world.Send(world.Mail{
			From: "Alipay <no-reply@intl.alipay.com>", To: address, Subject: rq.loc.T("mail.reset.subject"),
			Text: rq.loc.T("mail.reset.body", link), Anchors: []world.Anchor{{Text: rq.loc.T("mail.reset.link"), URL: link}},
		})
	}
	rq.render(http.StatusOK, "password_sent", view{Title: rq.loc.T("forgot.title"), D: address})
}

// resetData is the new-password form's state.
type resetData struct {
	Token, Error string
}

func (rq *request) resetForm() {
	token := rq.r.URL.Query().Get("token")
	if rq.resetLinkFailed(rq.world.CheckResetToken(token)) {
		return
	}
	rq.render(http.StatusOK, "password_reset", view{Title: rq.loc.T("reset.title"), CSRF: rq.anonCSRF(), D: resetData{Token: token}})
}

// reset sets the new wallet password; the link works once.
func (rq *request) reset() {
	if !rq.checkAnonCSRF() {
		return
	}
	token := rq.r.PostFormValue("token")
	err := rq.world.ResetWalletPassword(token, rq.r.PostFormValue("password"), rq.r.PostFormValue("confirm"))
	var re *world.RuleError
	switch {
	case errors.As(err, &re):
		rq.render(http.StatusOK, "password_reset", view{Title: rq.loc.T("reset.title"), CSRF: rq.anonCSRF(),
			D: resetData{Token: token, Error: rq.loc.T("reset.err." + re.Field)}})
	case rq.resetLinkFailed(err):
	default:
		rq.render(http.StatusOK, "password_done", view{Title: rq.loc.T("reset.done")})
	}
}

// resetLinkFailed answers for an expired or unknown link and says so.
func (rq *request) resetLinkFailed(err error) bool {
	switch {
	case err == nil:
		return false
	case errors.Is(err, world.ErrLinkExpired):
		rq.render(http.StatusGone, "password_expired", view{Title: rq.loc.T("register.expired")})
	default:
		rq.fail(http.StatusNotFound, "register.invalid", "reset.invalid_text")
	}
	return true
}
