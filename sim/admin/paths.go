package admin

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/unbind/unbind/sim/internal/site"
	"github.com/unbind/unbind/sim/world"
)

// pathRoutes adds the endpoints of the other documented paths: what the
// Given and Then steps of P5-P13 read or change when the sim runs as its
// own process.
func (a *api) pathRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}", a.inWorld(showBuyer))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers/{email}/sessions", a.inWorld(signIn))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers/{email}/cards", a.inWorld(bindCard))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/orders", a.inWorld(listOrders))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers/{email}/orders/{order}/decision", a.inWorld(decideDispute))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/history", a.inWorld(listHistory))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/sms", a.inWorld(listSMS))
}

// showBuyer is the buyer's snapshot: wallet status, whether security is
// set, the wallet language and balance.
func showBuyer(w http.ResponseWriter, r *http.Request, wd *world.World) {
	b, err := wd.Buyer(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// signIn opens a storefront session for the buyer, as the sign-in page
// does with the right password, and answers the cookie that carries it and
// the domain the page sets it on, for a harness to plant in its browser.
func signIn(w http.ResponseWriter, r *http.Request, wd *world.World) {
	var req struct {
		Password string `json:"password"`
	}
	if err := decodeStrict(r, &req); err != nil {
		writeError(w, err)
		return
	}
	sess, err := wd.SignIn("", r.PathValue("email"), req.Password)
	if err != nil {
		writeError(w, fmt.Errorf("%w: %w", errBadRequest, err))
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{
		"cookie": site.StorefrontCookie, "value": sess.ID, "domain": site.StorefrontDomain,
	})
}

// bindCard binds one more card (brand and last4, or a number that is
// dropped once read), in the wallet or, with "origin":"app", in the app.
func bindCard(w http.ResponseWriter, r *http.Request, wd *world.World) {
	var spec world.CardSpec
	if err := decodeStrict(r, &spec); err != nil {
		writeError(w, err)
		return
	}
	c, err := wd.BindCard(r.PathValue("email"), spec)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, card{Card: c, Masked: c.Masked()})
}

func listOrders(w http.ResponseWriter, r *http.Request, wd *world.World) {
	orders, err := wd.Orders(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	if orders == nil {
		orders = []world.Order{}
	}
	writeJSON(w, http.StatusOK, orders)
}

// decideDispute decides an open dispute: {"buyer_wins": true}.
func decideDispute(w http.ResponseWriter, r *http.Request, wd *world.World) {
	var req struct {
		BuyerWins bool `json:"buyer_wins"`
	}
	if err := decodeStrict(r, &req); err != nil {
		writeError(w, err)
		return
	}
	o, err := wd.DecideDispute(r.PathValue("email"), r.PathValue("order"), req.BuyerWins)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

func listHistory(w http.ResponseWriter, r *http.Request, wd *world.World) {
	h, err := wd.History(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	if h == nil {
		h = []world.Entry{}
	}
	writeJSON(w, http.StatusOK, h)
}

// listSMS lists the SMS sent to the phone number on the buyer's account.
func listSMS(w http.ResponseWriter, r *http.Request, wd *world.World) {
	b, err := wd.Buyer(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	msgs := wd.Messages(b.Phone)
	if msgs == nil {
		msgs = []world.SMS{}
	}
	writeJSON(w, http.StatusOK, msgs)
}

// pathStatus maps the other paths' errors to an HTTP status; ok is false
// for errors it does not know.
func pathStatus(err error) (int, bool) {
	var re *world.RuleError
	switch {
	case errors.Is(err, world.ErrNoSuchOrder):
		return http.StatusNotFound, true
	case errors.Is(err, world.ErrDisputeState):
		return http.StatusConflict, true
	case errors.As(err, &re):
		return http.StatusBadRequest, true
	}
	return 0, false
}
