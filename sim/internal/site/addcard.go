package site

import (
	"errors"
	"net/http"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// cardFormData is a form where a card is typed: what was typed, never the
// number or the CVV, and the rule a refusal broke.
type cardFormData struct {
	Error  string
	Expiry string
	Holder string
	Bind   bool // the "Bind card to Alipay" box (checkout)
}

// typedCard reads the card fields of a posted form.
func (rq *request) typedCard() (world.CardSpec, string) {
	f := func(name string) string { return strings.TrimSpace(rq.r.PostFormValue(name)) }
	return world.CardSpec{Number: f("number"), Expiry: f("expiry"), Holder: f("holder")}, f("cvv")
}

// cardRule says in the page's language which card rule err broke.
func (rq *request) cardRule(err error) (string, bool) {
	keys := []struct {
		err error
		key string
	}{
		{world.ErrCardDigits, "card.err.number"}, {world.ErrCardLength, "card.err.number"},
		{world.ErrCardLuhn, "card.err.luhn"}, {world.ErrCardBrand, "card.err.brand"},
		{world.ErrCardExpiry, "card.err.expiry"}, {world.ErrCardExpired, "card.err.expired"},
		{world.ErrCardCVV, "card.err.cvv"}, {world.ErrCardHolder, "card.err.holder"},
		{world.ErrWalletBrand, "card.err.wallet_brand"},
	}
	if errors.Is(err, world.ErrTooManyCards) {
		return rq.loc.T("card.err.too_many", world.MaxWalletCards), true
	}
	for _, k := range keys {
		if errors.Is(err, k.err) {
			return rq.loc.T(k.key), true
		}
	}
	return "", false
}

// addCardForm is the wallet's "Add card" (P7): number, CVV/CVC, expiry, holder.
func (rq *request) addCardForm() {
	if s, ok := rq.walletAccount(); ok {
		rq.renderAddCard(http.StatusOK, s, cardFormData{})
	}
}

func (rq *request) renderAddCard(status int, s world.Session, d cardFormData) {
	rq.render(status, "card_add", rq.walletView(s, rq.loc.T("cards.add"), "account", d))
}

// addCard binds the typed card, charges it $0.01 to check it and tells the
// buyer's phone; a refusal names the rule, keeps the expiry and the holder
// and changes nothing.
func (rq *request) addCard() {
	s, ok := rq.walletAccount()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	spec, cvv := rq.typedCard()
	c, err := rq.world.AddWalletCard(s.Email, spec, cvv)
	if err != nil {
		msg, known := rq.cardRule(err)
		if !known {
			rq.notFound()
			return
		}
		rq.renderAddCard(http.StatusOK, s, cardFormData{Error: msg, Expiry: spec.Expiry, Holder: spec.Holder})
		return
	}
	if b, err := rq.world.Buyer(s.Email); err == nil && b.Phone != "" {
		rq.world.SendSMS(b.Phone, rq.loc.T("sms.card_check", world.CardCheckAmount, c.Masked()))
	}
	rq.world.SetFlash(s.ID, "cards.added")
	rq.redirect("/account/cards.htm")
}
