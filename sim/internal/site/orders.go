package site

import (
	"errors"
	"net/http"
	"slices"

	"github.com/unbind/unbind/sim/world"
)

// disputeReasons are the reasons the dispute form offers.
func disputeReasons() []string { return []string{"not_received", "not_as_described"} }

// orderLine is one order as My Orders shows it.
type orderLine struct {
	Order   world.Order
	Product product
	PaidBy  string
	Status  string
}

// orders is My Orders, newest first, each with its status and, while paid,
// "Open dispute".
func (rq *request) orders() {
	s, ok := rq.requireStoreLogin()
	if !ok {
		return
	}
	orders, err := rq.world.Orders(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	lines := make([]orderLine, 0, len(orders))
	for _, o := range slices.Backward(orders) {
		p, _ := findProduct(o.Item)
		lines = append(lines, orderLine{Order: o, Product: p, PaidBy: rq.paidBy(o.PaidWith), Status: rq.orderStatus(o)})
	}
	rq.render(http.StatusOK, "orders", view{Title: rq.loc.T("nav.my_orders"), CSRF: s.CSRF, D: lines})
}

func (rq *request) orderStatus(o world.Order) string {
	switch o.Status {
	case world.OrderDisputed:
		return rq.loc.T("orders.disputed")
	case world.OrderClosed:
		return rq.loc.T("orders.closed")
	case world.OrderRefunded:
		if o.RefundTo == world.RefundToBalance {
			return rq.loc.T("orders.refunded_balance")
		}
		return rq.loc.T("orders.refunded_card", o.RefundTo)
	}
	return rq.loc.T("orders.paid")
}

// disputeData is the dispute form's state.
type disputeData struct {
	Order   world.Order
	Product product
	Reasons []string
}

func (rq *request) disputeForm() {
	s, ok := rq.requireStoreLogin()
	if !ok {
		return
	}
	o, found := rq.buyerOrder(s, rq.r.URL.Query().Get("order"))
	if !found {
		return
	}
	p, _ := findProduct(o.Item)
	rq.render(http.StatusOK, "dispute", view{Title: rq.loc.T("dispute.title"), CSRF: s.CSRF,
		D: disputeData{Order: o, Product: p, Reasons: disputeReasons()}})
}

// buyerOrder finds one of the session's buyer's orders or answers 404.
func (rq *request) buyerOrder(s world.Session, id string) (world.Order, bool) {
	orders, err := rq.world.Orders(s.Email)
	if err == nil {
		for _, o := range orders {
			if o.ID == id {
				return o, true
			}
		}
	}
	rq.notFound()
	return world.Order{}, false
}

// openDispute opens the dispute and goes back to My Orders.
func (rq *request) openDispute() {
	s, ok := rq.requireStoreLogin()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	reason := rq.r.PostFormValue("reason")
	if !contains(disputeReasons(), reason) {
		reason = disputeReasons()[0]
	}
	_, err := rq.world.OpenDispute(s.Email, rq.r.PostFormValue("order"), reason)
	if err != nil && !errors.Is(err, world.ErrDisputeState) {
		rq.notFound()
		return
	}
	rq.redirect("/orders.htm")
}
