package sim

import (
	"errors"
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// The admin endpoints of the other documented paths: what the Given and
// Then steps of P5-P13 read or change when the sim runs as its own process.
func (s *Sim) adminPathRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}", s.inWorld(adminBuyer))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers/{email}/cards", s.inWorld(adminBindCard))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/orders", s.inWorld(adminOrders))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers/{email}/orders/{order}/decision", s.inWorld(adminDecide))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/history", s.inWorld(adminHistory))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/sms", s.inWorld(adminSMS))
}

// adminBuyer is the buyer's snapshot: wallet status, whether security is
// set, the wallet language and balance.
func adminBuyer(w http.ResponseWriter, r *http.Request, wd *world.World) {
	b, err := wd.Buyer(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// adminBindCard binds one more card (brand and last4, or a number that is
// dropped once read), in the wallet or, with "origin":"app", in the app.
func adminBindCard(w http.ResponseWriter, r *http.Request, wd *world.World) {
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
	writeJSON(w, http.StatusCreated, adminCard{Card: c, Masked: c.Masked()})
}

func adminOrders(w http.ResponseWriter, r *http.Request, wd *world.World) {
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

// adminDecide decides an open dispute: {"buyer_wins": true}.
func adminDecide(w http.ResponseWriter, r *http.Request, wd *world.World) {
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

func adminHistory(w http.ResponseWriter, r *http.Request, wd *world.World) {
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

// adminSMS lists the SMS sent to the phone number on the buyer's account.
func adminSMS(w http.ResponseWriter, r *http.Request, wd *world.World) {
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
