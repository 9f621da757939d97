package site

import (
	"net/http"
	"strings"
)

// common registers what every host serves: the assets, sign-out on the
// storefront family, and a page for everything else.
func (s *Site) common(mux *http.ServeMux) {
	mux.Handle("GET /assets/", assetHandler())
	mux.Handle("/", s.handle((*request).notFound))
}

func (s *Site) storefrontRoutes() http.Handler {
	mux := http.NewServeMux()
	s.common(mux)
	mux.Handle("GET /{$}", s.handle((*request).home))
	mux.Handle("GET /item/{file}", s.handle((*request).item))
	mux.Handle("GET /wholesale", s.handle((*request).search))
	mux.Handle("GET /checkout.htm", s.handle((*request).checkout))
	mux.Handle("POST /checkout.htm", s.handle((*request).placeOrder))
	mux.Handle("GET /account/index.htm", s.handle((*request).myAliExpress))
	mux.Handle("GET /account/alipay.htm", s.handle((*request).myAlipay))
	mux.Handle("GET /orders.htm", s.handle((*request).orders))
	mux.Handle("GET /dispute.htm", s.handle((*request).disputeForm))
	mux.Handle("POST /dispute.htm", s.handle((*request).openDispute))
	mux.Handle("GET /wishlist.htm", s.handle((*request).wishList))
	mux.Handle("GET /account/settings.htm", s.handle((*request).settings))
	mux.Handle("POST /logout.htm", s.handle((*request).signOut))
	return mux
}

func (s *Site) loginRoutes() http.Handler {
	mux := http.NewServeMux()
	s.common(mux)
	mux.Handle("GET /{$}", s.handle(func(rq *request) { rq.redirect("/login.htm") }))
	mux.Handle("GET /login.htm", s.handle((*request).loginForm))
	mux.Handle("POST /login.htm", s.handle((*request).login))
	mux.Handle("GET /sso/authorize.htm", s.handle((*request).authorize))
	mux.Handle("POST /logout.htm", s.handle((*request).signOut))
	return mux
}

func (s *Site) walletRoutes() http.Handler {
	mux := http.NewServeMux()
	s.common(mux)
	mux.Handle("GET /sso/callback.htm", s.handle((*request).ssoCallback))
	mux.Handle("GET /{$}", s.handle((*request).walletHome))
	mux.Handle("GET /login.htm", s.handle((*request).walletLoginForm))
	mux.Handle("POST /login.htm", s.handle((*request).walletLogin))
	mux.Handle("POST /logout.htm", s.handle((*request).walletSignOut))
	mux.Handle("GET /password/forgot.htm", s.handle((*request).forgotForm))
	mux.Handle("POST /password/forgot.htm", s.handle((*request).forgot))
	mux.Handle("GET /password/reset.htm", s.handle((*request).resetForm))
	mux.Handle("POST /password/reset.htm", s.handle((*request).reset))
	mux.Handle("GET /history.htm", s.handle((*request).history))
	mux.Handle("GET /account/withdraw.htm", s.handle((*request).withdrawForm))
	mux.Handle("POST /account/withdraw.htm", s.handle((*request).withdraw))
	mux.Handle("GET /account/settings.htm", s.handle((*request).walletSettings))
	mux.Handle("POST /account/settings/language.htm", s.handle((*request).setLanguage))
	mux.Handle("GET /account/settings/cards.htm", s.handle((*request).cardManagement))
	mux.Handle("POST /account/settings/cards.htm", s.handle((*request).removeManagedCard))
	mux.Handle("GET /account/cards/add.htm", s.handle((*request).addCardForm))
	mux.Handle("POST /account/cards/add.htm", s.handle((*request).addCard))
	mux.Handle("GET /account/profile.htm", s.handle((*request).profile))
	mux.Handle("GET /account/sms.htm", s.handle((*request).sms))
	mux.Handle("GET /account/cards.htm", s.handle((*request).cardList))
	mux.Handle("POST /account/cards.htm", s.handle((*request).removeCard))
	mux.Handle("GET /account/cards/remove.htm", s.handle((*request).confirmRemove))
	for _, p := range directLinkPaths() {
		mux.Handle("GET "+p, s.handle((*request).bindCards))
		mux.Handle("POST "+p, s.handle((*request).removeCard))
	}
	mux.Handle("GET /register/email.htm", s.handle((*request).registerForm))
	mux.Handle("POST /register/email.htm", s.handle((*request).register))
	mux.Handle("GET /register/captcha.svg", s.handle((*request).captcha))
	mux.Handle("POST /register/resend.htm", s.handle((*request).resend))
	mux.Handle("GET /register/confirm.htm", s.handle((*request).confirm))
	mux.Handle("GET /register/security.htm", s.handle((*request).securityForm))
	mux.Handle("POST /register/security.htm", s.handle((*request).security))
	mux.Handle("GET /register/identity.htm", s.handle((*request).identityForm))
	mux.Handle("POST /register/identity.htm", s.handle((*request).identity))
	return mux
}

// directLinkPaths are the two documented addresses of the card list.
func directLinkPaths() []string {
	return []string{"/user/queryUserBindCard.htm", "/ihome/user/queryUserBindCard.htm"}
}

func (s *Site) helpRoutes() http.Handler {
	mux := http.NewServeMux()
	s.common(mux)
	mux.Handle("GET /{$}", s.handle((*request).helpHome))
	mux.Handle("GET /buyercenter/questionAnswer.htm", s.handle((*request).helpQuestion))
	mux.Handle("POST /logout.htm", s.handle((*request).signOut))
	return mux
}

func (s *Site) mailRoutes() http.Handler {
	mux := http.NewServeMux()
	s.common(mux)
	mux.Handle("GET /{$}", s.handle((*request).mailHome))
	mux.Handle("GET /inbox", s.handle((*request).inbox))
	mux.Handle("GET /message", s.handle((*request).message))
	mux.Handle("GET /phone", s.handle((*request).phone))
	return mux
}

// languagePrefixes are the mobile site's language paths: "/ru", "/en", ...
func (s *Site) languagePrefixes() []string {
	var out []string
	for _, tag := range s.cat.Tags() {
		lang, _, _ := strings.Cut(tag, "_")
		out = append(out, "/"+strings.ToLower(lang))
	}
	return out
}

// mobileRoutes are the mobile site (/index.htm, /ru/index.htm, ...) and
// the app (/app/...).
func (s *Site) mobileRoutes() http.Handler {
	mux := http.NewServeMux()
	s.common(mux)
	mux.Handle("POST /logout.htm", s.handle((*request).signOut))
	for _, p := range append([]string{""}, s.languagePrefixes()...) {
		mux.Handle("GET "+p+"/{$}", s.handle((*request).mobileHome))
		mux.Handle("GET "+p+"/index.htm", s.handle((*request).mobileHome))
		mux.Handle("GET "+p+"/help.htm", s.handle((*request).mobileHelp))
		mux.Handle("GET "+p+"/help/{q}", s.handle((*request).mobileAnswer))
	}
	mux.Handle("GET /app/{$}", s.handle((*request).appHome))
	mux.Handle("GET /app/profile.htm", s.handle((*request).appProfile))
	mux.Handle("GET /app/certificates.htm", s.handle((*request).appCertificates))
	mux.Handle("GET /app/cards.htm", s.handle((*request).appCards))
	mux.Handle("POST /app/cards.htm", s.handle((*request).appDeleteCard))
	return mux
}
