// Package sim is the simulated AliExpress storefront, Alipay wallet, help
// center, mobile site and a test webmail, served as one http.Handler that
// routes by Host, for the unbind conformance harness.
//
// The harness maps the documented hosts (Hosts) to a listener (Listen, or
// simtest.NewServer in tests) and drives Chromium through the articles' own
// URLs. Every scenario gets its own world.World (Sim.NewWorld), chosen per
// request by the WorldCookie the harness plants on every host; requests
// without it see the DemoWorld. Given steps set a world up through Go calls
// (world.World.AddBuyer) or, when the sim runs as its own process, the admin
// JSON API of package sim/admin, under /_admin/ on the sim's own address
// (never on a documented host).
//
// The sites keep separate cookies: the storefront session is shared by
// *.aliexpress.com, the wallet has its own on intl.alipay.com and trusts the
// storefront only through a single sign-on redirect
// (login.aliexpress.com/sso/authorize.htm → intl.alipay.com/sso/callback.htm).
//
// Pages:
//
//	www.aliexpress.com       /  (My AliExpress hover drop-down, last item My Alipay), /item/{id}.html,
//	                         /checkout.htm (saved cards, the wallet balance, or a new card with
//	                         "Bind card to Alipay" ticked and "Save & Pay"), /orders.htm, /dispute.htm,
//	                         /account/index.htm, /wishlist.htm, /account/settings.htm,
//	                         /account/alipay.htm ("Go to my Alipay", go-to-my-alipay profile only)
//	login.aliexpress.com     /login.htm?return_url=, /sso/authorize.htm?return_url=, POST /logout.htm
//	intl.alipay.com          /  (account page with the balance, or the "Open Alipay Wallet Now" offer),
//	                         /history.htm, /account/cards.htm (Edit cards, pop-up confirm, Add card),
//	                         /account/cards/add.htm ($0.01 check, SMS), /account/cards/remove.htm,
//	                         /account/settings.htm (Card management, Language), /account/settings/cards.htm,
//	                         /account/withdraw.htm (withdrawable-balance profile only),
//	                         /user/queryUserBindCard.htm and /ihome/user/queryUserBindCard.htm (native confirm),
//	                         /register/email.htm, /register/confirm.htm?token=, /register/security.htm,
//	                         /register/identity.htm, /login.htm (the wallet's own sign-in),
//	                         POST /logout.htm (signs out of the wallet and the storefront),
//	                         /password/forgot.htm, /password/reset.htm?token=
//	helppage.aliexpress.com  /buyercenter/questionAnswer.htm (the orange "here" button)
//	mail.example.com         /, /inbox?address=, /message?address=&id=, /phone?number= (SMS)
//	m.aliexpress.com         the mobile site: /index.htm, /ru/index.htm ("Settings" menu), /ru/help.htm,
//	                         /ru/help/card.htm; the mobile app: /app/, /app/profile.htm,
//	                         /app/certificates.htm, /app/cards.htm
//
// Site profiles (WorldOptions.Profile, one or several joined by "+") model
// how the sites changed and where the articles disagree: the default is the
// site where the four named paths work; each other profile of world.Profiles
// (wallet-required, registration-closed, edit-delete, alert-confirm,
// withdrawable-balance, app-cards-in-profile, editing-card, wallet-sign-in,
// check-card, manage-cards, security-settings, confirm-letter, alipay-menu,
// go-to-my-alipay)
// shows one article's site where it differs (see CheckProfile). ARTICLES.md
// in this folder lists every flow and label the articles quote with the
// page, profile and locale that has it.
//
// Every documented host answers plain http by moving to the same address
// over https, as the real sites do: the session cookies are Secure, and an
// http page would show a buyer who has just signed in as signed out.
// The world's types, rules and errors live in package sim/world; this
// package serves them to a browser.
//
// Payment-data hygiene holds throughout: a world keeps only a masked card
// and a token, never a full number or a CVV; every state-changing form
// carries a per-session CSRF token; a buyer can never see or remove another
// buyer's card; session cookies are HttpOnly and SameSite=Lax; Listen binds
// to loopback unless told otherwise.
package sim
