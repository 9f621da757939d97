package site

import (
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// cardsData is a card list page's state.
type cardsData struct {
	Cards  []world.Card
	Action string // where the list's delete forms post
}

// cardOwner is the wallet session of a buyer allowed to see the card pages:
// anyone signed in through the storefront, or in the wallet-required
// profile only wallet account holders.
func (rq *request) cardOwner() (world.Session, bool) {
	s, st, ok := rq.walletBuyer()
	if !ok {
		return s, false
	}
	if rq.world.Profile() == world.ProfileWalletRequired && st == world.WalletNone {
		rq.redirect("/")
		return s, false
	}
	return s, true
}

// cardList is "Edit cards": the bound cards, each with "Remove card" and a
// pop-up to confirm.
func (rq *request) cardList() {
	rq.renderCards("cards", rq.loc.T("cards.title"), "/account/cards.htm")
}

// bindCards is the direct link: the same cards, each with "Delete card"
// confirmed by the browser's own confirm().
func (rq *request) bindCards() {
	rq.renderCards("bindcards", rq.loc.T("wallet.cardinfo.title"), rq.r.URL.RequestURI())
}

func (rq *request) renderCards(page, title, action string) {
	s, ok := rq.cardOwner()
	if !ok {
		return
	}
	cards, err := rq.world.Cards(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	v := rq.walletView(s, title, "account", cardsData{Cards: cards, Action: action})
	if key := rq.world.TakeFlash(s.ID); key != "" {
		v.Notice = rq.loc.T(key)
	}
	rq.render(http.StatusOK, page, v)
}

// confirmRemove is the pop-up as a page, for browsers without script.
func (rq *request) confirmRemove() {
	s, ok := rq.cardOwner()
	if !ok {
		return
	}
	c, err := rq.world.Card(s.Email, rq.r.URL.Query().Get("card"))
	if err != nil {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "cards_remove", rq.walletView(s, rq.loc.T("cards.remove_title"), "account", c))
}

// removeCard unbinds one of the session's buyer's cards and reloads the list
// it was posted from. Another buyer's card is not found and nothing changes.
func (rq *request) removeCard() {
	s, ok := rq.cardOwner()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	_, err := rq.world.RemoveCard(s.Email, rq.r.PostFormValue("card"))
	if err != nil {
		rq.notFound()
		return
	}
	rq.world.SetFlash(s.ID, "cards.removed")
	rq.redirect(rq.r.URL.RequestURI())
}
