package site

import (
	"context"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"net/url"

	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/sim/world"
)

// maxForm bounds a posted form.
const maxForm = 64 << 10

// Site serves every documented host. It holds only read-only state (the
// catalog and the parsed templates); all that changes lives in worlds.
type Site struct {
	cat           *catalog.Catalog
	pages         map[string]*template.Template
	hosts         map[string]http.Handler
	defaultLocale string
}

// New parses the embedded catalog and templates. defaultLocale is used when
// neither the request nor the world names a locale ("" = en_US); a locale
// the catalog lacks is an error.
func New(defaultLocale string) (*Site, error) {
	cat, err := catalog.Load()
	if err != nil {
		return nil, fmt.Errorf("load catalog: %w", err)
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	if defaultLocale == "" {
		defaultLocale = catalog.Fallback
	}
	if _, ok := cat.Lookup(defaultLocale); !ok {
		return nil, fmt.Errorf("default locale %q: not in the catalog %v", defaultLocale, cat.Tags())
	}
	s := &Site{cat: cat, pages: pages, defaultLocale: defaultLocale}
	s.hosts = map[string]http.Handler{
		HostStorefront: s.storefrontRoutes(),
		HostLogin:      s.loginRoutes(),
		HostWallet:     s.walletRoutes(),
		HostHelp:       s.helpRoutes(),
		HostMail:       s.mailRoutes(),
		HostMobile:     s.mobileRoutes(),
	}
	return s, nil
}

// Catalog is the site's message catalog.
func (s *Site) Catalog() *catalog.Catalog { return s.cat }

type worldKey struct{}

// Serve answers a request to a documented host in world wd.
func (s *Site) Serve(w http.ResponseWriter, r *http.Request, wd *world.World) {
	h, ok := s.hosts[HostOf(r)]
	if !ok {
		s.Index(w, r)
		return
	}
	securityHeaders(w)
	if r.TLS == nil {
		toHTTPS(w, r)
		return
	}
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	}
	h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), worldKey{}, wd)))
}

// toHTTPS sends a plain-http request to the same address over https, path
// and query kept, as the real sites do. The session cookies are Secure once
// set over https, so a page served over http would show a buyer who has
// just signed in as signed out (002, 003: http://m.aliexpress.com/ru/index.htm
// in a new tab). A GET or HEAD moves with 301; any other method with 308,
// which keeps the method and the body.
func toHTTPS(w http.ResponseWriter, r *http.Request) {
	host := r.Host
	if h, port, err := net.SplitHostPort(host); err == nil && port == "80" {
		host = h
	}
	u := url.URL{Scheme: "https", Host: host, Path: r.URL.Path, RawPath: r.URL.RawPath, RawQuery: r.URL.RawQuery}
	code := http.StatusPermanentRedirect
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		code = http.StatusMovedPermanently
	}
	w.Header().Set("Location", u.String())
	w.WriteHeader(code)
}

// handle adapts a page function to http.Handler.
func (s *Site) handle(fn func(*request)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wd, _ := r.Context().Value(worldKey{}).(*world.World)
		rq := s.newRequest(w, r, wd)
		fn(rq)
	})
}

func (s *Site) newRequest(w http.ResponseWriter, r *http.Request, wd *world.World) *request {
	rq := &request{w: w, r: r, site: s, world: wd, host: HostOf(r)}
	rq.loc = s.locale(rq)
	return rq
}

// locale picks the page language: ?locale= (remembered in a per-host
// cookie), else the mobile site's /ru/ path, else the language the buyer
// chose in the wallet (on the wallet), else that cookie, else the world's
// default, else the site's.
func (s *Site) locale(rq *request) catalog.Locale {
	if q := rq.r.URL.Query().Get("locale"); q != "" {
		if l, ok := s.cat.Lookup(q); ok {
			rq.setCookie(cookieLocale, l.Tag(), "")
			return l
		}
	}
	if p := rq.mobilePrefix(); p != "" && rq.host == HostMobile {
		if l, ok := s.cat.Lookup(p[1:]); ok {
			return l
		}
	}
	if tag, ok := rq.walletLanguage(); ok {
		if l, ok := s.cat.Lookup(tag); ok {
			return l
		}
	}
	if l, ok := s.cat.Lookup(rq.cookie(cookieLocale)); ok {
		return l
	}
	if rq.world != nil {
		if l, ok := s.cat.Lookup(rq.world.Locale()); ok {
			return l
		}
	}
	l, _ := s.cat.Lookup(s.defaultLocale)
	return l
}

// Assets serves the stylesheet and script under /assets/ on any host,
// whatever world the request belongs to.
func (s *Site) Assets() http.Handler { return assetHandler() }

// Gone answers a request whose world no longer exists.
func (s *Site) Gone(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w)
	rq := s.newRequest(w, r, nil)
	rq.renderIn("plain", http.StatusGone, "error", view{Title: rq.loc.T("error.gone"), D: errorData{Text: rq.loc.T("error.gone_text")}})
}

// NotFound answers 404 without touching any world.
func (s *Site) NotFound(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w)
	rq := s.newRequest(w, r, nil)
	rq.renderIn("plain", http.StatusNotFound, "error", view{Title: rq.loc.T("error.not_found"), D: errorData{Text: rq.loc.T("error.not_found_text")}})
}

// Index answers on a host that is not documented (the sim's own address):
// it names the documented hosts and how to reach them.
func (s *Site) Index(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w)
	rq := s.newRequest(w, r, nil)
	status := http.StatusOK
	if r.URL.Path != "/" {
		status = http.StatusNotFound
	}
	rq.renderIn("plain", status, "index", view{Title: rq.loc.T("index.title"), D: Hosts()})
}

func securityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
}
