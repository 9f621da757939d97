package site

import (
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// cardsData is a card list page's state: the cards and how this list names
// and confirms a removal.
type cardsData struct {
	Cards   []world.Card
	Action  string // where the list's delete forms post
	Remove  string // the button by each card
	Confirm string // the pop-up's confirm button
	Title   string // the pop-up's question
	Text    string // the pop-up's warning
	Alert   bool   // confirm with the browser's own confirm() instead of a pop-up
	Icon    bool   // the button by each card is an icon named Remove (002's "delete" icon)
	CanAdd  bool   // offer "Add card"
}

// cardOwner is the wallet session of a buyer allowed to see the card pages:
// anyone signed in through the storefront, or in the wallet-required
// profile only wallet account holders.
func (rq *request) cardOwner() (world.Session, world.WalletStatus, bool) {
	s, st, ok := rq.walletBuyer()
	if !ok {
		return s, st, false
	}
	if rq.world.Has(world.ProfileWalletRequired) && st == world.WalletNone {
		rq.redirect("/")
		return s, st, false
	}
	return s, st, true
}

// cardList is "Edit cards": the wallet's cards, each with "Remove card" and
// a pop-up to confirm; the profile may name and confirm them as 000 and 003
// do ("Delete", a warning box with OK), as 004 does ("Editing card",
// "Delete card", "Confirm") or as 002's help center does (a "Delete" icon).
func (rq *request) cardList() {
	s, st, ok := rq.cardOwner()
	if !ok {
		return
	}
	words := rq.cardListWords()
	d := cardsData{Action: "/account/cards.htm", Remove: words.remove, Confirm: words.confirm,
		Title: rq.loc.T("cards.remove_title"), Text: rq.loc.T("cards.remove_text"),
		Alert: rq.world.Has(world.ProfileAlertConfirm), Icon: words.icon, CanAdd: st != world.WalletNone}
	rq.renderCards(s, "cards", words.title, d)
}

// listWords are how a profile names the card list and its removal.
type listWords struct {
	title, remove, confirm string
	icon                   bool
}

// cardListWords are the card list's words in the world's profile: the
// default's, 000 and 003's (edit-delete), 004's (editing-card) or 002's
// help-center list (check-card).
func (rq *request) cardListWords() listWords {
	l := rq.loc
	w := listWords{title: l.T("cards.title"), remove: l.T("cards.remove"), confirm: l.T("cards.delete")}
	switch {
	case rq.world.Has(world.ProfileEditingCard):
		w = listWords{title: l.T("wallet.icons.editing"), remove: l.T("cards.delete_card"), confirm: l.T("cards.confirm")}
	case rq.world.Has(world.ProfileCheckCard):
		w.remove, w.confirm, w.icon = l.T("cards.delete"), l.T("cards.confirm"), true
	case rq.world.Has(world.ProfileEditDelete):
		w.remove, w.confirm = l.T("cards.delete"), l.T("cards.ok")
	}
	return w
}

// bindCards is the direct link: the same cards, each with "Delete card"
// confirmed by the browser's own confirm().
func (rq *request) bindCards() {
	s, _, ok := rq.cardOwner()
	if !ok {
		return
	}
	rq.renderCards(s, "bindcards", rq.loc.T("wallet.cardinfo.title"), cardsData{Action: rq.r.URL.RequestURI()})
}

// cardManagement is Settings → "Card management" (003): "Delete card" and a
// pop-up that warns every data of the card goes.
func (rq *request) cardManagement() {
	s, ok := rq.walletAccount()
	if !ok {
		return
	}
	rq.renderCards(s, "cards", rq.loc.T("settings.cards"), cardsData{
		Action: "/account/settings/cards.htm", Remove: rq.loc.T("cards.delete_card"), Confirm: rq.loc.T("cards.delete"),
		Title: rq.loc.T("cards.delete_title"), Text: rq.loc.T("cards.delete_text"),
	})
}

func (rq *request) renderCards(s world.Session, page, title string, d cardsData) {
	cards, err := rq.world.WalletCards(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	d.Cards = cards
	v := rq.walletView(s, title, "account", d)
	v.Notice = rq.takeNotice(s)
	rq.render(http.StatusOK, page, v)
}

// takeNotice is the session's one-time notice, in the page's language.
func (rq *request) takeNotice(s world.Session) string {
	if key := rq.world.TakeFlash(s.ID); key != "" {
		return rq.loc.T(key)
	}
	return ""
}

// confirmRemove is the pop-up as a page, for browsers without script.
func (rq *request) confirmRemove() {
	s, _, ok := rq.cardOwner()
	if !ok {
		return
	}
	c, err := rq.world.Card(s.Email, rq.r.URL.Query().Get("card"))
	if err != nil || !c.InWallet() {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "cards_remove", rq.walletView(s, rq.loc.T("cards.remove_title"), "account",
		removeData{Card: c, Confirm: rq.cardListWords().confirm}))
}

// removeData is the confirm page's state: the card and the confirm button.
type removeData struct {
	Card    world.Card
	Confirm string
}

// removeCard unbinds one of the session's buyer's wallet cards and reloads
// the list it was posted from. Another buyer's card is not found and
// nothing changes.
func (rq *request) removeCard() {
	s, _, ok := rq.cardOwner()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	rq.removeWalletCard(s)
}

// removeManagedCard is removeCard for Settings → Card management.
func (rq *request) removeManagedCard() {
	s, ok := rq.walletAccount()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	rq.removeWalletCard(s)
}

func (rq *request) removeWalletCard(s world.Session) {
	id := rq.r.PostFormValue("card")
	if c, err := rq.world.Card(s.Email, id); err != nil || !c.InWallet() {
		rq.notFound()
		return
	}
	if _, err := rq.world.RemoveCard(s.Email, id); err != nil {
		rq.notFound()
		return
	}
	rq.world.SetFlash(s.ID, "cards.removed")
	rq.redirect(rq.r.URL.RequestURI())
}
