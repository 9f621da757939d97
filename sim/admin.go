package sim

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/unbind/unbind/sim/world"
)

// Admin API errors.
var (
	errNoSuchWorld = errors.New("no such world")
	errBadRequest  = errors.New("bad request")
)

// adminHandler serves the JSON admin API, behind the bearer token.
func (s *Sim) adminHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /_admin/worlds", s.adminNewWorld)
	mux.HandleFunc("DELETE /_admin/worlds/{id}", s.inWorld(s.adminDropWorld))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers", s.inWorld(adminAddBuyer))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/cards", s.inWorld(adminCards))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/mail", s.inWorld(adminMail))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/wallet", s.inWorld(adminWallet))
	mux.HandleFunc("GET /_admin/worlds/{id}/captcha", s.inWorld(adminCaptcha))
	mux.HandleFunc("GET /_admin/worlds/{id}/clock", s.inWorld(adminClock))
	mux.HandleFunc("POST /_admin/worlds/{id}/clock", s.inWorld(adminAdvance))
	s.adminPathRoutes(mux)
	mux.HandleFunc("/_admin/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, fmt.Errorf("%s %s: %w", r.Method, r.URL.Path, errNoSuchEndpoint))
	})
	return s.requireToken(mux)
}

var errNoSuchEndpoint = errors.New("no such endpoint")

// requireToken lets through only requests with the admin bearer token.
func (s *Sim) requireToken(next http.Handler) http.Handler {
	want := []byte("Bearer " + s.opts.AdminToken)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="unbind sim admin"`)
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "a valid bearer token is required"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// inWorld resolves {id} to a world before calling h.
func (s *Sim) inWorld(h func(http.ResponseWriter, *http.Request, *world.World)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		wd, ok := s.World(r.PathValue("id"))
		if !ok {
			writeError(w, fmt.Errorf("world %q: %w", r.PathValue("id"), errNoSuchWorld))
			return
		}
		h(w, r, wd)
	}
}

func (s *Sim) adminNewWorld(w http.ResponseWriter, r *http.Request) {
	var opts WorldOptions
	if err := decodeOptional(r, &opts); err != nil {
		writeError(w, err)
		return
	}
	if err := s.checkWorldOptions(opts); err != nil {
		writeError(w, err)
		return
	}
	wd := s.NewWorld(opts)
	writeJSON(w, http.StatusCreated, map[string]string{"id": wd.ID()})
}

func (s *Sim) checkWorldOptions(opts WorldOptions) error {
	if err := world.CheckProfile(opts.Profile); err != nil {
		return fmt.Errorf("%w: %w", errBadRequest, err)
	}
	if _, ok := s.site.Catalog().Lookup(opts.Locale); opts.Locale != "" && !ok {
		return fmt.Errorf("%w: unknown locale %q (known: %q)", errBadRequest, opts.Locale, s.site.Catalog().Tags())
	}
	return nil
}

func (s *Sim) adminDropWorld(w http.ResponseWriter, _ *http.Request, wd *world.World) {
	s.DropWorld(wd.ID())
	w.WriteHeader(http.StatusNoContent)
}

func adminAddBuyer(w http.ResponseWriter, r *http.Request, wd *world.World) {
	var spec world.BuyerSpec
	if err := decodeStrict(r, &spec); err != nil {
		writeError(w, err)
		return
	}
	b, err := wd.AddBuyer(spec)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, b)
}

// adminCard is a card with its masked form, as the admin API shows it.
type adminCard struct {
	world.Card
	Masked string `json:"masked"`
}

func adminCards(w http.ResponseWriter, r *http.Request, wd *world.World) {
	cards, err := wd.Cards(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	out := make([]adminCard, 0, len(cards))
	for _, c := range cards {
		out = append(out, adminCard{Card: c, Masked: c.Masked()})
	}
	writeJSON(w, http.StatusOK, out)
}

func adminMail(w http.ResponseWriter, r *http.Request, wd *world.World) {
	box := wd.Mailbox(r.PathValue("email"))
	if box == nil {
		box = []world.Mail{}
	}
	writeJSON(w, http.StatusOK, box)
}

func adminWallet(w http.ResponseWriter, r *http.Request, wd *world.World) {
	st, err := wd.WalletStatus(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"wallet": st != world.WalletNone, "status": st.String()})
}

func adminCaptcha(w http.ResponseWriter, _ *http.Request, wd *world.World) {
	writeJSON(w, http.StatusOK, map[string]string{"answer": wd.CaptchaAnswer()})
}

func adminClock(w http.ResponseWriter, _ *http.Request, wd *world.World) {
	writeJSON(w, http.StatusOK, map[string]string{"now": wd.Now().Format(time.RFC3339)})
}

func adminAdvance(w http.ResponseWriter, r *http.Request, wd *world.World) {
	var req struct {
		Advance string `json:"advance"`
	}
	if err := decodeStrict(r, &req); err != nil {
		writeError(w, err)
		return
	}
	d, err := time.ParseDuration(req.Advance)
	if err != nil {
		writeError(w, fmt.Errorf("%w: advance: %v", errBadRequest, err))
		return
	}
	wd.Advance(d)
	adminClock(w, r, wd)
}
