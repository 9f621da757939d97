package admin

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/sim/world"
)

// Admin API errors.
var (
	errNoSuchWorld = errors.New("no such world")
	errBadRequest  = errors.New("bad request")
)

// Worlds is the registry of worlds the admin API works on: the simulated
// sites' own, so a world made here is the one a browser sees.
type Worlds interface {
	// NewWorld registers a fresh world in a locale ("" = the sites'
	// default) and a site profile; the API has checked both.
	NewWorld(locale, profile string) *world.World
	// World finds a registered world.
	World(id string) (*world.World, bool)
	// DropWorld forgets a world.
	DropWorld(id string)
}

// api is the admin API over one registry of worlds.
type api struct {
	worlds Worlds
	cat    *catalog.Catalog
}

// New serves the JSON admin API under /_admin/ over worlds, to requests
// that carry token as their bearer token; cat holds the locales a new
// world may take. The caller decides on which addresses it is reachable,
// and must not mount it with an empty token.
func New(token string, worlds Worlds, cat *catalog.Catalog) http.Handler {
	a := &api{worlds: worlds, cat: cat}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /_admin/worlds", a.newWorld)
	mux.HandleFunc("DELETE /_admin/worlds/{id}", a.inWorld(a.dropWorld))
	mux.HandleFunc("POST /_admin/worlds/{id}/buyers", a.inWorld(addBuyer))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/cards", a.inWorld(listCards))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/mail", a.inWorld(listMail))
	mux.HandleFunc("GET /_admin/worlds/{id}/buyers/{email}/wallet", a.inWorld(walletStatus))
	mux.HandleFunc("GET /_admin/worlds/{id}/captcha", a.inWorld(captchaAnswer))
	mux.HandleFunc("GET /_admin/worlds/{id}/clock", a.inWorld(showClock))
	mux.HandleFunc("POST /_admin/worlds/{id}/clock", a.inWorld(advanceClock))
	a.pathRoutes(mux)
	mux.HandleFunc("/_admin/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, fmt.Errorf("%s %s: %w", r.Method, r.URL.Path, errNoSuchEndpoint))
	})
	return requireToken(token, mux)
}

var errNoSuchEndpoint = errors.New("no such endpoint")

// requireToken lets through only requests with the admin bearer token.
func requireToken(token string, next http.Handler) http.Handler {
	want := []byte("Bearer " + token)
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
func (a *api) inWorld(h func(http.ResponseWriter, *http.Request, *world.World)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		wd, ok := a.worlds.World(r.PathValue("id"))
		if !ok {
			writeError(w, fmt.Errorf("world %q: %w", r.PathValue("id"), errNoSuchWorld))
			return
		}
		h(w, r, wd)
	}
}

// worldOptions is the body of POST /_admin/worlds; both fields are optional.
type worldOptions struct {
	Locale  string `json:"locale"`
	Profile string `json:"profile"`
}

func (a *api) newWorld(w http.ResponseWriter, r *http.Request) {
	var opts worldOptions
	if err := decodeOptional(r, &opts); err != nil {
		writeError(w, err)
		return
	}
	if err := a.checkWorldOptions(opts); err != nil {
		writeError(w, err)
		return
	}
	wd := a.worlds.NewWorld(opts.Locale, opts.Profile)
	writeJSON(w, http.StatusCreated, map[string]string{"id": wd.ID()})
}

func (a *api) checkWorldOptions(opts worldOptions) error {
	if err := world.CheckProfile(opts.Profile); err != nil {
		return fmt.Errorf("%w: %w", errBadRequest, err)
	}
	if _, ok := a.cat.Lookup(opts.Locale); opts.Locale != "" && !ok {
		return fmt.Errorf("%w: unknown locale %q (known: %q)", errBadRequest, opts.Locale, a.cat.Tags())
	}
	return nil
}

func (a *api) dropWorld(w http.ResponseWriter, _ *http.Request, wd *world.World) {
	a.worlds.DropWorld(wd.ID())
	w.WriteHeader(http.StatusNoContent)
}

func addBuyer(w http.ResponseWriter, r *http.Request, wd *world.World) {
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

// card is a card with its masked form, as the admin API shows it.
type card struct {
	world.Card
	Masked string `json:"masked"`
}

func listCards(w http.ResponseWriter, r *http.Request, wd *world.World) {
	cards, err := wd.Cards(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	out := make([]card, 0, len(cards))
	for _, c := range cards {
		out = append(out, card{Card: c, Masked: c.Masked()})
	}
	writeJSON(w, http.StatusOK, out)
}

func listMail(w http.ResponseWriter, r *http.Request, wd *world.World) {
	box := wd.Mailbox(r.PathValue("email"))
	if box == nil {
		box = []world.Mail{}
	}
	writeJSON(w, http.StatusOK, box)
}

func walletStatus(w http.ResponseWriter, r *http.Request, wd *world.World) {
	st, err := wd.WalletStatus(r.PathValue("email"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"wallet": st != world.WalletNone, "status": st.String()})
}

func captchaAnswer(w http.ResponseWriter, _ *http.Request, wd *world.World) {
	writeJSON(w, http.StatusOK, map[string]string{"answer": wd.CaptchaAnswer()})
}

func showClock(w http.ResponseWriter, _ *http.Request, wd *world.World) {
	writeJSON(w, http.StatusOK, map[string]string{"now": wd.Now().Format(time.RFC3339)})
}

func advanceClock(w http.ResponseWriter, r *http.Request, wd *world.World) {
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
	showClock(w, r, wd)
}
