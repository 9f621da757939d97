package site

import (
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// The AliExpress mobile app (P8), served under m.aliexpress.com/app/ for an
// emulated phone. It has no address bar: every page is reached by tapping
// from the start page, and it never offers the wallet's direct link.

// appData is an app page's own state.
type appData struct {
	CardsInProfile bool // 002's app: "My bank cards" right under "My Profile"
	Cards          []world.Card
	Items          []string
}

// appView is an app page; back is where its back arrow goes ("" on the
// start page).
func (rq *request) appView(title, back string, d appData) view {
	d.CardsInProfile = rq.world.Has(world.ProfileAppCardsInProfile)
	return view{Title: title, Back: back, D: d}
}

// appHome is the app's main menu; "My Profile" is its first line (003).
func (rq *request) appHome() {
	rq.renderIn("app", http.StatusOK, "app_home", rq.appView(rq.loc.T("app.menu"), "", appData{}))
}

// appProfile is "My Profile": "Favorites" with "My certificates" first
// (003), or "My bank cards" right there (002's app).
func (rq *request) appProfile() {
	if _, ok := rq.requireStoreLogin(); ok {
		rq.renderIn("app", http.StatusOK, "app_profile", rq.appView(rq.loc.T("app.profile"), "/app/", appData{}))
	}
}

// appCertificates is "My certificates", "My bank cards" its last line (003).
func (rq *request) appCertificates() {
	if _, ok := rq.requireStoreLogin(); !ok {
		return
	}
	if rq.world.Has(world.ProfileAppCardsInProfile) {
		rq.appNotFound()
		return
	}
	rq.renderIn("app", http.StatusOK, "app_certificates", rq.appView(rq.loc.T("app.certificates"), "/app/profile.htm", appData{}))
}

// appCards is "My bank cards": the wallet's cards and the app's own,
// together, each with "Delete".
func (rq *request) appCards() {
	s, ok := rq.requireStoreLogin()
	if !ok {
		return
	}
	cards, err := rq.world.Cards(s.Email)
	if err != nil {
		rq.appNotFound()
		return
	}
	back := "/app/certificates.htm"
	if rq.world.Has(world.ProfileAppCardsInProfile) {
		back = "/app/profile.htm"
	}
	v := rq.appView(rq.loc.T("app.cards"), back, appData{Cards: cards})
	v.CSRF = s.CSRF
	if key := rq.world.TakeFlash(s.ID); key != "" {
		v.Notice = rq.loc.T(key)
	}
	rq.renderIn("app", http.StatusOK, "app_cards", v)
}

// appDeleteCard deletes one of the buyer's cards, wallet or app; another
// buyer's card is not found and nothing changes.
func (rq *request) appDeleteCard() {
	s, ok := rq.requireStoreLogin()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	if _, err := rq.world.RemoveCard(s.Email, rq.r.PostFormValue("card")); err != nil {
		rq.appNotFound()
		return
	}
	rq.world.SetFlash(s.ID, "app.deleted")
	rq.redirect("/app/cards.htm")
}

func (rq *request) appNotFound() {
	rq.renderIn("app", http.StatusNotFound, "error", view{Title: rq.loc.T("error.not_found"), Back: "/app/",
		D: errorData{Text: rq.loc.T("error.not_found_text")}})
}
