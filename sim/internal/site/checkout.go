package site

import (
	"errors"
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// checkoutData is the checkout page's state: the saved ways to pay and the
// new-card form (P6).
type checkoutData struct {
	Product product
	Cards   []world.Card
	Balance world.Money // offered when it covers the price
	Error   string      // a refusal of the saved-card form
	New     cardFormData
}

func (rq *request) checkoutProduct() product {
	if p, ok := findProduct(rq.r.URL.Query().Get("item")); ok {
		return p
	}
	return products()[0]
}

func (rq *request) checkout() {
	s, ok := rq.requireStoreLogin()
	if !ok {
		return
	}
	rq.renderCheckout(http.StatusOK, s, checkoutData{New: cardFormData{Bind: true}})
}

func (rq *request) renderCheckout(status int, s world.Session, d checkoutData) {
	cards, err := rq.world.Cards(s.Email)
	b, berr := rq.world.Buyer(s.Email)
	if err != nil || berr != nil {
		rq.notFound()
		return
	}
	d.Product, d.Cards = rq.checkoutProduct(), cards
	if b.Balance >= d.Product.Price {
		d.Balance = b.Balance
	}
	rq.render(status, "checkout", view{Title: rq.loc.T("checkout.title"), CSRF: s.CSRF, D: d})
}

// placeOrder pays with a saved card, the wallet balance, or a card typed in
// the form ("Save & Pay").
func (rq *request) placeOrder() {
	s, ok := rq.requireStoreLogin()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	if rq.r.PostFormValue("pay") == "new" {
		rq.payWithNewCard(s)
		return
	}
	it := rq.checkoutProduct().item()
	var o world.Order
	var err error
	if choice := rq.r.PostFormValue("card"); choice == world.RefundToBalance {
		o, err = rq.world.PayWithBalance(s.Email, it)
	} else {
		o, err = rq.world.PayWithCard(s.Email, it, choice)
	}
	if msg, refused := rq.paymentRefusal(err); refused {
		rq.renderCheckout(http.StatusBadRequest, s, checkoutData{Error: msg, New: cardFormData{Bind: true}})
		return
	}
	if err != nil {
		rq.notFound()
		return
	}
	rq.orderPlaced(o, false)
}

// paymentRefusal names why a saved way to pay was refused.
func (rq *request) paymentRefusal(err error) (string, bool) {
	switch {
	case errors.Is(err, world.ErrNoSuchCard):
		return rq.loc.T("checkout.choose_card"), true
	case errors.Is(err, world.ErrBalanceTooLow):
		return rq.loc.T("checkout.balance_low"), true
	case errors.Is(err, world.ErrCardExpired):
		return rq.loc.T("card.err.expired"), true
	}
	return "", false
}

// payWithNewCard is "Save & Pay": the card pays, and is bound to the wallet
// only with "Bind card to Alipay" ticked. A refusal names the rule, keeps
// the expiry, the holder and the box, and nothing is paid or kept.
func (rq *request) payWithNewCard(s world.Session) {
	spec, cvv := rq.typedCard()
	bind := rq.r.PostFormValue("bind") != ""
	o, err := rq.world.PayWithNewCard(s.Email, rq.checkoutProduct().item(), spec, cvv, bind)
	if err != nil {
		msg, known := rq.cardRule(err)
		if !known {
			rq.notFound()
			return
		}
		rq.renderCheckout(http.StatusOK, s, checkoutData{New: cardFormData{Error: msg, Expiry: spec.Expiry, Holder: spec.Holder, Bind: bind}})
		return
	}
	rq.orderPlaced(o, bind)
}

// placedData is the thank-you page's state.
type placedData struct {
	Order   world.Order
	Product product
	PaidBy  string // the masked card, or the wallet balance in words
	Bound   bool   // the card was bound to the wallet
}

func (rq *request) orderPlaced(o world.Order, bound bool) {
	p, _ := findProduct(o.Item)
	rq.render(http.StatusOK, "checkout_done", view{Title: rq.loc.T("checkout.placed"),
		D: placedData{Order: o, Product: p, PaidBy: rq.paidBy(o.PaidWith), Bound: bound}})
}

// paidBy names a way of paying: the masked card, or the wallet balance.
func (rq *request) paidBy(paidWith string) string {
	if paidWith == world.RefundToBalance {
		return rq.loc.T("checkout.balance")
	}
	return paidWith
}
