package site

import (
	"net/http"
	"net/url"

	"github.com/unbind/unbind/sim/world"
)

// loginData is the sign-in form's state.
type loginData struct {
	Email  string
	Return string
	Error  string
}

// returnURL is where to go after signing in: a documented host only.
func (rq *request) returnURL(raw string) string {
	return safeReturn(raw, IsHost, rq.urlOn(rq.scheme(), HostStorefront, "/"))
}

func (rq *request) loginForm() {
	ret := rq.returnURL(rq.r.URL.Query().Get("return_url"))
	s := rq.ensureStorefrontSession()
	if s.SignedIn() {
		rq.redirect(ret)
		return
	}
	rq.renderLogin(http.StatusOK, s, loginData{Return: ret})
}

func (rq *request) renderLogin(status int, s world.Session, d loginData) {
	rq.render(status, "login", view{Title: rq.loc.T("login.title"), CSRF: s.CSRF, D: d})
}

// login checks the credentials; on success the session id changes and the
// buyer goes back where they came from; on failure nothing changes.
func (rq *request) login() {
	s, ok := rq.storefrontSession()
	if !ok {
		rq.fail(http.StatusForbidden, "error.forbidden", "error.forbidden_text")
		return
	}
	if !rq.checkCSRF(s) {
		return
	}
	email, ret := rq.r.PostFormValue("email"), rq.returnURL(rq.r.PostFormValue("return_url"))
	ns, err := rq.world.SignIn(s.ID, email, rq.r.PostFormValue("password"))
	if err != nil {
		rq.renderLogin(http.StatusOK, s, loginData{Email: email, Return: ret, Error: rq.loc.T("login.error")})
		return
	}
	rq.setCookie(cookieStorefront, ns.ID, storefrontDomain)
	rq.redirect(ret)
}

// authorize is the storefront's half of single sign-on into the wallet: a
// signed-in buyer gets a one-time code for the wallet; anyone else signs in
// first and comes back here.
func (rq *request) authorize() {
	ret := safeReturn(rq.r.URL.Query().Get("return_url"), onlyWallet, rq.walletURL("/"))
	s, ok := rq.storefrontSession()
	if !ok || !s.SignedIn() {
		rq.redirect(rq.loginURL(rq.self()))
		return
	}
	code, err := rq.world.IssueCode(s.ID)
	if err != nil {
		rq.redirect(rq.loginURL(rq.self()))
		return
	}
	q := url.Values{"code": {code}, "return_url": {ret}}
	rq.redirect(rq.walletURL("/sso/callback.htm?" + q.Encode()))
}

// ssoCallback is the wallet's half: it exchanges the code for its own session.
func (rq *request) ssoCallback() {
	q := rq.r.URL.Query()
	ret := safeReturn(q.Get("return_url"), onlyWallet, rq.walletURL("/"))
	ws, err := rq.world.RedeemCode(q.Get("code"))
	if err != nil {
		rq.render(http.StatusBadRequest, "error", view{Title: rq.loc.T("sso.invalid"), D: errorData{
			Text: rq.loc.T("sso.invalid_text"), LinkText: rq.loc.T("sso.retry"), LinkURL: rq.authorizeURL(ret),
		}})
		return
	}
	rq.setCookie(cookieWallet, ws.ID, "")
	rq.redirect(ret)
}
