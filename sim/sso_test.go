package sim_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

func TestWalletWithoutStorefrontLoginSignsInThenBack(t *testing.T) {
	cases := []struct{ why, url, heading string }{
		{"P1: My Alipay before signing in", walletHome, "Ivan Petrov"},
		{"P2: the direct link of article 000", directURL + "?locale=ru_RU", "Информация о карте"},
		{"P2: the direct link of article 003", ihomeURL, "Card Information"},
		{"P3: the help-center button's target", cardsURL, "Bound cards"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			s := newSim(t)
			w := s.NewWorld(sim.WorldOptions{})
			walletBuyer(t, w, "ivan@example.com")
			b := newBrowser(t, s, w)
			p := b.open(tc.url)
			if p.at() != loginURL {
				t.Fatalf("without a storefront login %s is at %s, want the sign-in form", tc.url, p.url)
			}
			if len(p.hops) == 0 || !strings.HasPrefix(p.hops[0], "https://login.aliexpress.com/sso/authorize.htm?return_url=") {
				t.Errorf("redirects %v, want single sign-on first", p.hops)
			}
			p = p.press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password})
			if p.url.String() != tc.url || p.status != http.StatusOK {
				t.Fatalf("after sign-in at %s (%d), want back on %s", p.url, p.status, tc.url)
			}
			if got := strings.TrimSpace(p.doc.Find("h1").First().Text()); got != tc.heading {
				t.Errorf("heading = %q, want %q", got, tc.heading)
			}
		})
	}
}

func TestSingleSignOnWithStorefrontLogin(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	p := b.open(directURL).want(directURL)
	want := []string{"https://login.aliexpress.com/sso/authorize.htm", "https://intl.alipay.com/sso/callback.htm", directURL}
	if len(p.hops) != len(want) {
		t.Fatalf("redirects %v, want %v", p.hops, want)
	}
	for i, h := range p.hops {
		if !strings.HasPrefix(h, want[i]) {
			t.Errorf("redirect %d = %s, want %s...", i, h, want[i])
		}
	}
	if b.cookie(walletHome, "alipay_session") == "" {
		t.Error("no wallet session cookie after single sign-on")
	}
	if b.cookie(storeHome, "alipay_session") != "" || b.cookie(walletHome, "ae_session") != "" {
		t.Error("cookies of alipay.com and aliexpress.com crossed")
	}
	if second := b.open(directURL); len(second.hops) != 0 {
		t.Errorf("with a wallet session the page still redirected: %v", second.hops)
	}
}

// ssoCode signs in and returns a fresh single sign-on callback URL.
func ssoCode(t *testing.T, s *sim.Sim, b *browser) string {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "https://login.aliexpress.com/sso/authorize.htm?return_url="+url.QueryEscape(cardsURL), nil)
	for _, c := range b.jar.Cookies(req.URL) {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	loc := rec.Header().Get("Location")
	if !strings.HasPrefix(loc, "https://intl.alipay.com/sso/callback.htm?code=") {
		t.Fatalf("authorize answered %d to %q, want a callback with a code", rec.Code, loc)
	}
	return loc
}

func TestSingleSignOnCodes(t *testing.T) {
	cases := []struct {
		why     string
		prepare func(w *world.World, b *browser, callback string)
		ok      bool
	}{
		{"a fresh code works", func(*world.World, *browser, string) {}, true},
		{"a code works once", func(_ *world.World, b *browser, cb string) { b.open(cb) }, false},
		{"a code expires on the world clock", func(w *world.World, _ *browser, _ string) { w.Advance(3 * time.Minute) }, false},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			s := newSim(t)
			w := s.NewWorld(sim.WorldOptions{})
			walletBuyer(t, w, "ivan@example.com")
			b := newBrowser(t, s, w)
			signIn(b, "ivan@example.com")
			cb := ssoCode(t, s, b)
			tc.prepare(w, b, cb)
			other := newBrowser(t, s, w) // a browser without the wallet cookie the first use may have set
			p := other.open(cb)
			if got := p.status == http.StatusOK && p.at() == cardsURL; got != tc.ok {
				t.Errorf("callback landed at %s (%d); ok = %v, want %v", p.url, p.status, got, tc.ok)
			}
		})
	}
}

func TestSessionCookies(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	cases := []struct {
		why, url string
		cookie   string
		secure   bool
		domain   string
	}{
		{"storefront session over https is Secure and shared by *.aliexpress.com", loginURL, "ae_session", true, "aliexpress.com"},
	}
	for _, tc := range cases {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, tc.url, nil)
		req.AddCookie(&http.Cookie{Name: sim.WorldCookie, Value: w.ID()})
		s.ServeHTTP(rec, req)
		c := findCookie(rec.Result().Cookies(), tc.cookie)
		if c == nil {
			t.Errorf("%s: no %s cookie", tc.why, tc.cookie)
			continue
		}
		if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure != tc.secure || c.Domain != tc.domain {
			t.Errorf("%s: cookie %+v", tc.why, c)
		}
		if len(c.Value) < 32 {
			t.Errorf("%s: session id %q is too short to be unguessable", tc.why, c.Value)
		}
	}

	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, ssoCode(t, s, b), nil)
	req.AddCookie(&http.Cookie{Name: sim.WorldCookie, Value: w.ID()})
	s.ServeHTTP(rec, req)
	c := findCookie(rec.Result().Cookies(), "alipay_session")
	if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || !c.Secure || c.Domain != "" {
		t.Errorf("wallet cookie %+v, want host-only, HttpOnly, Secure, SameSite=Lax", c)
	}
}

func findCookie(cs []*http.Cookie, name string) *http.Cookie {
	for _, c := range cs {
		if c.Name == name {
			return c
		}
	}
	return nil
}
