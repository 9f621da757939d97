// Package sim is the simulated AliExpress storefront, Alipay wallet, help
// center, mobile site and a test webmail, served as one http.Handler that
// routes by Host, for the unbind conformance harness.
//
// The harness maps the documented hosts (Hosts) to a listener (Listen, or
// NewTestServer in tests) and drives Chromium through the articles' own
// URLs. Every scenario gets its own World (Sim.NewWorld), chosen per request
// by the WorldCookie the harness plants on every host; requests without it
// see the DemoWorld. Given steps set a world up through Go calls
// (World.AddBuyer) or, when the sim runs as its own process, the admin JSON
// API under /_admin/ on the sim's own address (never on a documented host).
//
// The sites keep separate cookies: the storefront session is shared by
// *.aliexpress.com, the wallet has its own on intl.alipay.com and trusts the
// storefront only through a single sign-on redirect
// (login.aliexpress.com/sso/authorize.htm → intl.alipay.com/sso/callback.htm).
//
// Pages:
//
//	www.aliexpress.com       /  (My AliExpress hover drop-down, last item My Alipay), /checkout.htm,
//	                         /account/index.htm, /orders.htm, /wishlist.htm, /account/settings.htm, /item/{id}.html
//	login.aliexpress.com     /login.htm?return_url=, /sso/authorize.htm?return_url=, POST /logout.htm
//	intl.alipay.com          /  (account page, or the "Open Alipay Wallet Now" offer), /history.htm,
//	                         /account/cards.htm (Edit cards, pop-up confirm), /account/cards/remove.htm,
//	                         /user/queryUserBindCard.htm and /ihome/user/queryUserBindCard.htm (native confirm),
//	                         /register/email.htm, /register/confirm.htm?token=, /register/security.htm
//	helppage.aliexpress.com  /buyercenter/questionAnswer.htm (the orange "here" button)
//	mail.example.com         /, /inbox?address=, /message?address=&id=
//	m.aliexpress.com         a placeholder
//
// Payment-data hygiene holds throughout: a world keeps only a masked card
// and a token, never a full number or a CVV; every state-changing form
// carries a per-session CSRF token; a buyer can never see or remove another
// buyer's card; session cookies are HttpOnly and SameSite=Lax; Listen binds
// to loopback unless told otherwise.
package sim
