package browser

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// loginServer sets a login cookie at /login and shows, at /cards, the
// cookies a request came with.
func loginServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "login", Value: "buyer1", Path: "/"})
		fmt.Fprint(w, htmlPage("Storefront", `<p>Signed in</p>
<a href="/cards" target="_blank">Card list</a>
<button onclick="window.open('/cards?from=script')">Open cards</button>`))
	})
	mux.HandleFunc("/cards", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("login")
		who := "nobody"
		if err == nil {
			who = c.Value
		}
		fmt.Fprint(w, htmlPage("Bound cards", `<p>signed in as `+who+`</p>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestTabsThePageOpensShareTheLogin(t *testing.T) {
	cases := []struct{ name, why, click string }{
		{"target=_blank link", "a link with target=_blank opens the card list in a new tab", "Card list"},
		{"window.open", "a script opens the card list in a new tab", "Open cards"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := loginServer(t)
			s := newSession(t)
			open(t, s, srv.URL+"/login")
			if err := s.Click(stepCtx(t, 5*time.Second), c.click); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.Title(stepCtx(t, 5*time.Second)); got != "Storefront" {
				t.Errorf("the opener stays current until SwitchToTab; title = %q", got)
			}
			if err := s.SwitchToTab(stepCtx(t, 5*time.Second), "Bound cards"); err != nil {
				t.Fatalf("SwitchToTab (%s): %v", c.why, err)
			}
			if err := s.WaitText(stepCtx(t, 5*time.Second), "signed in as buyer1"); err != nil {
				t.Errorf("the new tab does not share the login: %v", err)
			}
			if err := s.SwitchToTab(stepCtx(t, 5*time.Second), "storefront"); err != nil {
				t.Fatalf("switching back, ignoring case: %v", err)
			}
			if err := s.WaitText(stepCtx(t, 5*time.Second), "Signed in"); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestOpenInNewTab(t *testing.T) {
	srv := loginServer(t)
	s := newSession(t)
	open(t, s, srv.URL+"/login")
	if err := s.OpenInNewTab(stepCtx(t, 5*time.Second), srv.URL+"/cards"); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Title(stepCtx(t, 5*time.Second)); err != nil || got != "Bound cards" {
		t.Errorf("the new tab is not current: title = %q, %v", got, err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "signed in as buyer1"); err != nil {
		t.Errorf("the new tab does not share the login: %v", err)
	}
	if err := s.SwitchToTab(stepCtx(t, 5*time.Second), "Storefront"); err != nil {
		t.Fatal(err)
	}
	if err := s.Click(stepCtx(t, 5*time.Second), "Card list"); err != nil {
		t.Errorf("the first tab is not usable after switching back: %v", err)
	}
}

func TestSwitchToTabFailsNamingTheOpenTabs(t *testing.T) {
	srv := loginServer(t)
	s := newSession(t)
	open(t, s, srv.URL+"/login")
	err := s.SwitchToTab(stepCtx(t, failSoon), "My Alipay")
	mustContain(t, err, `no tab titled "My Alipay" (open tabs: "Storefront")`, "timed out after")
}

func TestSessionsShareNoCookiesNorStorage(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p id="seen"></p><script>
document.getElementById('seen').textContent = 'cookie=' + document.cookie + ' stored=' + localStorage.getItem('k');
document.cookie = 'session=one; path=/'; localStorage.setItem('k', 'one');
</script>`})
	first := newSession(t)
	open(t, first, srv.URL)
	if got := jsValue(t, first, `document.cookie + ' ' + localStorage.getItem('k')`); got != "session=one one" {
		t.Fatalf("the first session did not store its state: %q", got)
	}
	second := newSession(t)
	open(t, second, srv.URL)
	if err := second.WaitText(stepCtx(t, 5*time.Second), "cookie= stored=null"); err != nil {
		t.Errorf("the second session sees the first one's state: %v", err)
	}
}

// A new blank tab becomes current and shares the login; the address opened
// next loads there; a tab is switched to by words its title holds
// ("Store" of "Storefront"), the first tab kept as it was.
func TestNewTabThenAnAddress(t *testing.T) {
	srv := loginServer(t)
	s := newSession(t)
	open(t, s, srv.URL+"/login")
	if err := s.NewTab(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `location.href`); got != "about:blank" {
		t.Errorf("the new tab shows %q, want a blank one", got)
	}
	open(t, s, srv.URL+"/cards")
	if err := s.WaitText(stepCtx(t, 5*time.Second), "signed in as buyer1"); err != nil {
		t.Errorf("the new tab does not share the login: %v", err)
	}
	if err := s.SwitchToTab(stepCtx(t, 5*time.Second), "store"); err != nil {
		t.Fatalf("a tab by words of its title: %v", err)
	}
	if got, err := s.Title(stepCtx(t, 5*time.Second)); err != nil || got != "Storefront" {
		t.Errorf("switched to %q, %v; want the first tab", got, err)
	}
}
