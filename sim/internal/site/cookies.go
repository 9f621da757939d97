package site

import (
	"net/http"
	"net/url"

	"github.com/unbind/unbind/sim/world"
)

// Cookie names.
const (
	cookieStorefront = "ae_session"     // Domain=aliexpress.com: www, login, help and m share it
	cookieWallet     = "alipay_session" // host-only on intl.alipay.com
	cookieLocale     = "locale"         // per host
)

// StorefrontCookie and StorefrontDomain name the cookie of a storefront
// session, for a caller that opens the session through World.SignIn.
const (
	StorefrontCookie = cookieStorefront
	StorefrontDomain = storefrontDomain
)

// setCookie sets a session-scoped cookie: HttpOnly, SameSite=Lax, Secure on https.
func (rq *request) setCookie(name, value, domain string) {
	http.SetCookie(rq.w, &http.Cookie{
		Name: name, Value: value, Domain: domain, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: rq.r.TLS != nil,
	})
}

func (rq *request) clearCookie(name, domain string) {
	http.SetCookie(rq.w, &http.Cookie{
		Name: name, Value: "", Domain: domain, Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: rq.r.TLS != nil,
	})
}

func (rq *request) cookie(name string) string {
	c, err := rq.r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

// storefrontSession is the visitor's storefront session, if any.
func (rq *request) storefrontSession() (world.Session, bool) {
	return rq.world.Session(world.RealmStorefront, rq.cookie(cookieStorefront))
}

// ensureStorefrontSession opens an anonymous session when there is none, so
// that even the sign-in form carries a CSRF token.
func (rq *request) ensureStorefrontSession() world.Session {
	if s, ok := rq.storefrontSession(); ok {
		return s
	}
	s := rq.world.NewSession(world.RealmStorefront)
	rq.setCookie(cookieStorefront, s.ID, storefrontDomain)
	return s
}

// walletSession is the visitor's wallet session, if any.
func (rq *request) walletSession() (world.Session, bool) {
	return rq.world.Session(world.RealmWallet, rq.cookie(cookieWallet))
}

// requireStoreLogin returns the signed-in storefront session or sends the
// visitor to sign in and back.
func (rq *request) requireStoreLogin() (world.Session, bool) {
	s, ok := rq.storefrontSession()
	if ok && s.SignedIn() {
		return s, true
	}
	rq.redirect(rq.loginURL(rq.self()))
	return world.Session{}, false
}

// requireWallet returns the wallet session or starts single sign-on back to
// this page; the wallet of 004 asks for its own sign-in instead.
func (rq *request) requireWallet() (world.Session, bool) {
	s, ok := rq.walletSession()
	if ok && s.SignedIn() {
		return s, true
	}
	if rq.world.Has(world.ProfileWalletSignIn) {
		rq.redirect(rq.walletURL("/login.htm?" + url.Values{"return_url": {rq.self()}}.Encode()))
		return world.Session{}, false
	}
	rq.redirect(rq.authorizeURL(rq.self()))
	return world.Session{}, false
}

// ensureWalletSession opens an anonymous wallet session when there is none,
// so that the wallet's own sign-in forms carry a CSRF token.
func (rq *request) ensureWalletSession() world.Session {
	if s, ok := rq.walletSession(); ok {
		return s
	}
	s := rq.world.NewSession(world.RealmWallet)
	rq.setCookie(cookieWallet, s.ID, "")
	return s
}
