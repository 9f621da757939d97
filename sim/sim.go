package sim

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/unbind/unbind/sim/admin"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/sim/internal/site"
	"github.com/unbind/unbind/sim/world"
)

// Options configure the simulated sites.
type Options struct {
	// AdminToken is the bearer token of the admin HTTP API under /_admin/;
	// empty disables the API.
	AdminToken string
	// DefaultLocale is the page language when neither the request nor the
	// world names one; "en_US" when empty.
	DefaultLocale string
	// Logf, when set, receives one line per request.
	Logf func(format string, args ...any)
	// Clock is the real clock world clocks run on; time.Now when nil.
	Clock func() time.Time
	// DriftStylesheet is CSS served after the sites' own stylesheet: a
	// stylesheet override for tests of visual drift (a label drawn in
	// another colour, to see a screenshot baseline catch it). No profile
	// sets it; empty serves the stylesheet as it is.
	DriftStylesheet string
}

// WorldOptions configure a new world.
type WorldOptions struct {
	Locale  string // default locale of pages in this world ("" = Options.DefaultLocale)
	Profile string // site profile: "" or names of Profiles() joined by "+" (see CheckProfile)
}

// Sim is the simulated storefront, wallet, help center, mobile site and
// webmail, as one http.Handler that routes by Host.
type Sim struct {
	opts  Options
	site  *site.Site
	admin http.Handler
	demo  *world.World

	mu     sync.RWMutex
	worlds map[string]*world.World
}

// New builds the sites and the demo world. A DefaultLocale the catalog
// lacks (see Locales) falls back to en_US, with a line to Logf. New panics
// only if the embedded templates or catalog are broken, which the package's
// tests rule out.
func New(opts Options) *Sim {
	if !slices.Contains(Locales(), opts.DefaultLocale) && opts.DefaultLocale != "" {
		if opts.Logf != nil {
			opts.Logf("sim: unknown default locale %q, using en_US (known: %q)", opts.DefaultLocale, Locales())
		}
		opts.DefaultLocale = ""
	}
	st, err := site.New(opts.DefaultLocale)
	if err != nil {
		panic(fmt.Sprintf("sim: embedded sites are broken: %v", err))
	}
	s := &Sim{opts: opts, site: st, worlds: map[string]*world.World{}}
	if opts.AdminToken != "" {
		s.admin = admin.New(opts.AdminToken, adminWorlds{s}, st.Catalog())
	}
	s.demo = s.NewWorld(WorldOptions{})
	if err := seedDemo(s.demo); err != nil && opts.Logf != nil {
		opts.Logf("sim: seed the demo world: %v", err)
	}
	return s
}

// Locales lists the locales the sites speak ("en_US", "ru_RU", ...).
func Locales() []string {
	cat, err := catalog.Load()
	if err != nil {
		return nil
	}
	return cat.Tags()
}

// NewWorld registers an isolated world with a random, unguessable id.
func (s *Sim) NewWorld(opts WorldOptions) *world.World {
	w := world.New(world.Options{Locale: opts.Locale, Profile: opts.Profile, Clock: s.opts.Clock})
	s.mu.Lock()
	defer s.mu.Unlock()
	s.worlds[w.ID()] = w
	return w
}

// World finds a registered world.
func (s *Sim) World(id string) (*world.World, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	w, ok := s.worlds[id]
	return w, ok
}

// DropWorld forgets a world; its pages answer 410 from then on. The demo
// world cannot be dropped.
func (s *Sim) DropWorld(id string) {
	if id == s.demo.ID() {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.worlds, id)
}

// adminWorlds is the Sim's registry of worlds as the admin API sees it.
type adminWorlds struct{ *Sim }

func (a adminWorlds) NewWorld(locale, profile string) *world.World {
	return a.Sim.NewWorld(WorldOptions{Locale: locale, Profile: profile})
}

// DemoWorld is the world of requests without a world cookie, for people
// exploring the sites.
func (s *Sim) DemoWorld() *world.World { return s.demo }

// ServeHTTP routes by Host: the documented hosts get the sites in the
// request's world; any other host gets the admin API under /_admin/ (when
// enabled) and an index page.
func (s *Sim) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.opts.Logf != nil {
		lw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer s.logRequest(lw, r)
		w = lw
	}
	host := site.HostOf(r)
	admin := r.URL.Path == "/_admin" || strings.HasPrefix(r.URL.Path, "/_admin/")
	switch {
	case r.URL.Path == siteCSS && s.opts.DriftStylesheet != "" && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		s.serveDriftStylesheet(w, r)
	case strings.HasPrefix(r.URL.Path, "/assets/") && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		s.site.Assets().ServeHTTP(w, r)
	case admin && (site.IsHost(host) || s.admin == nil):
		s.site.NotFound(w, r)
	case admin:
		s.admin.ServeHTTP(w, r)
	case !site.IsHost(host):
		s.site.Index(w, r)
	default:
		s.serveSite(w, r)
	}
}

func (s *Sim) serveSite(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(WorldCookie)
	if err != nil {
		s.site.Serve(w, r, s.demo)
		return
	}
	wd, ok := s.World(c.Value)
	if !ok {
		s.site.Gone(w, r)
		return
	}
	s.site.Serve(w, r, wd)
}

func (s *Sim) logRequest(lw *statusWriter, r *http.Request) {
	id := "demo"
	if c, err := r.Cookie(WorldCookie); err == nil {
		id = c.Value
		if len(id) > 8 {
			id = id[:8]
		}
	}
	s.opts.Logf("sim: world=%s %s %s%s -> %d", id, r.Method, r.Host, r.URL.Path, lw.status)
}

// statusWriter remembers the status for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}
