package site

import "net/http"

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
	mux.Handle("GET /orders.htm", s.handle((*request).orders))
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
	mux.Handle("GET /history.htm", s.handle((*request).history))
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
	return mux
}

func (s *Site) mobileRoutes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /assets/", assetHandler())
	mux.Handle("POST /logout.htm", s.handle((*request).signOut))
	mux.Handle("GET /", s.handle((*request).mobile))
	mux.Handle("/", s.handle((*request).notFound))
	return mux
}
