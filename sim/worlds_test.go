package sim_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
)

func TestWorldSelection(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	dropped := s.NewWorld(sim.WorldOptions{})
	s.DropWorld(dropped.ID())
	cases := []struct {
		why    string
		cookie string // "" = none
		status int
		text   string
	}{
		{"no cookie: the demo world", "", http.StatusOK, "Sign in"},
		{"a live world", w.ID(), http.StatusOK, "Sign in"},
		{"an unknown world is gone", "no-such-world", http.StatusGone, "This world is gone"},
		{"a dropped world is gone", dropped.ID(), http.StatusGone, "This world is gone"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodGet, storeHome, nil)
			if tc.cookie != "" {
				req.AddCookie(&http.Cookie{Name: sim.WorldCookie, Value: tc.cookie})
			}
			s.ServeHTTP(rec, req)
			if rec.Code != tc.status || !contains(rec.Body.String(), tc.text) {
				t.Errorf("status %d, want %d with %q", rec.Code, tc.status, tc.text)
			}
		})
	}
}

func contains(body, text string) bool { return strings.Contains(body, text) }

func mustURL(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u
}

func TestDemoWorld(t *testing.T) {
	s := newSim(t)
	d := s.DemoWorld()
	cases := []struct {
		email  string
		wallet bool
		cards  string
	}{
		{"buyer@example.com", true, "Visa •••• 4242, MasterCard •••• 5454"},
		{"newbie@example.com", false, "Visa •••• 1111"},
	}
	for _, tc := range cases {
		if ok, err := d.HasWallet(tc.email); err != nil || ok != tc.wallet {
			t.Errorf("%s: wallet %v (%v), want %v", tc.email, ok, err, tc.wallet)
		}
		if got := join(masked(t, d, tc.email)); got != tc.cards {
			t.Errorf("%s: cards %q, want %q", tc.email, got, tc.cards)
		}
	}
	b := newBrowser(t, s, nil) // no world cookie
	signIn(b, "buyer@example.com").click("My Alipay").want(walletHome).has("Ivan Petrov")
	s.DropWorld(d.ID())
	if _, ok := s.World(d.ID()); !ok {
		t.Error("the demo world was dropped")
	}
}

func TestWorldsAreIsolated(t *testing.T) {
	s := newSim(t)
	a := s.NewWorld(sim.WorldOptions{})
	z := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, a, "ivan@example.com")
	walletBuyer(t, z, "ivan@example.com")
	ba := newBrowser(t, s, a)
	signIn(ba, "ivan@example.com")
	ba.open(cardsURL).press("Remove card", nil).press("Delete", nil)
	if got := masked(t, z, "ivan@example.com"); len(got) != 2 {
		t.Errorf("removing a card in one world changed another: %q", got)
	}
	// A session of one world means nothing in another.
	session := ba.cookie(storeHome, "ae_session")
	bz := newBrowser(t, s, z)
	bz.jar.SetCookies(mustURL(storeHome), []*http.Cookie{{Name: "ae_session", Value: session, Domain: "aliexpress.com", Path: "/"}})
	bz.open(storeHome).has("Sign in").lacks("Ivan Petrov")
	if a.ID() == z.ID() || len(a.ID()) < 32 {
		t.Errorf("world ids %q and %q", a.ID(), z.ID())
	}
}

func TestLocaleChoice(t *testing.T) {
	cases := []struct {
		why         string
		world, dflt string
		urls        []string // visited in order; the last decides
		want        string
	}{
		{"the server default", "", "", []string{storeHome}, "en-US"},
		{"a server default of Russian", "", "ru_RU", []string{storeHome}, "ru-RU"},
		{"the world's locale beats the server's", "ru_RU", "en_US", []string{storeHome}, "ru-RU"},
		{"?locale= beats the world's", "ru_RU", "", []string{storeHome + "?locale=en_US"}, "en-US"},
		{"?locale= is remembered on the host", "", "", []string{storeHome + "?locale=ru_RU", storeHome}, "ru-RU"},
		{"the cookie is per host", "", "", []string{walletHome + "?locale=ru_RU", helpURL}, "en-US"},
		{"ru-RU and plain ru work too", "", "", []string{storeHome + "?locale=ru"}, "ru-RU"},
		{"an unknown locale is ignored", "ru_RU", "", []string{storeHome + "?locale=xx_XX"}, "ru-RU"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			s := sim.New(sim.Options{DefaultLocale: tc.dflt})
			w := s.NewWorld(sim.WorldOptions{Locale: tc.world})
			walletBuyer(t, w, "ivan@example.com")
			b := newBrowser(t, s, w)
			signIn(b, "ivan@example.com")
			var p *page
			for _, u := range tc.urls {
				p = b.open(u)
			}
			if got := p.doc.Find("html").AttrOr("lang", ""); got != tc.want {
				t.Errorf("lang = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestUnknownDefaultLocaleFallsBack(t *testing.T) {
	var logged []string
	s := sim.New(sim.Options{DefaultLocale: "xx_XX", Logf: func(f string, a ...any) { logged = append(logged, fmt.Sprintf(f, a...)) }})
	p := newBrowser(t, s, nil).open(storeHome)
	if got := p.doc.Find("html").AttrOr("lang", ""); got != "en-US" {
		t.Errorf("lang = %q, want en-US", got)
	}
	if len(logged) == 0 || !strings.Contains(logged[0], "xx_XX") {
		t.Errorf("log %q does not name the unknown locale", logged)
	}
	if got := sim.Locales(); !slices.Equal(got, []string{"en_US", "ru_RU"}) {
		t.Errorf("Locales() = %q", got)
	}
}

func TestAssetsServedEvenWhenTheWorldIsGone(t *testing.T) {
	s := newSim(t)
	cases := []struct{ why, url, cookie string }{
		{"the stylesheet of a gone world's page", "https://www.aliexpress.com/assets/site.css", "gone"},
		{"the script on the wallet", "https://intl.alipay.com/assets/site.js", ""},
		{"the stylesheet of the sim's own index page", "http://127.0.0.1:9/assets/site.css", ""},
	}
	for _, tc := range cases {
		req := httptest.NewRequest(http.MethodGet, tc.url, nil)
		if tc.cookie != "" {
			req.AddCookie(&http.Cookie{Name: sim.WorldCookie, Value: tc.cookie})
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "<html") {
			t.Errorf("%s: status %d", tc.why, rec.Code)
		}
	}
}
