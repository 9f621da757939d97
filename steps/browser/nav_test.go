package browser

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestDocumentedHostsReachTheMappedServers(t *testing.T) {
	cases := []struct{ name, why, url, want string }{
		{"https host", "the wallet's direct link is https and must reach the TLS test server",
			"https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", "host=intl.alipay.com scheme=https"},
		{"http host", "the storefront's pages are plain http and must not be upgraded to https",
			"http://www.aliexpress.com/", "host=www.aliexpress.com scheme=http"},
	}
	s := newSession(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			open(t, s, c.url)
			if err := s.WaitText(stepCtx(t, 5*time.Second), c.want); err != nil {
				t.Errorf("%s: %v", c.why, err)
			}
			if err := s.WaitURL(stepCtx(t, 5*time.Second), c.url); err != nil {
				t.Error(err)
			}
		})
	}
}

// A host that is not mapped is refused when a step opens it, and fails to
// load when a page asks for it; the failed request is in the evidence.
func TestUnmappedHostIsRefused(t *testing.T) {
	s := newSession(t)
	err := s.Open(stepCtx(t, 5*time.Second), "http://example.org/")
	if !errors.Is(err, ErrRefused) {
		t.Fatalf("opening an unmapped host: %v, want ErrRefused", err)
	}
	mustContain(t, err, "opening http://example.org/", "example.org is not one of the simulated sites (helppage.aliexpress.com, ")
	open(t, s, "https://www.aliexpress.com/")
	jsValue(t, s, `void fetch("https://example.org/asked-by-the-page", {mode: "no-cors"}), "asked"`)
	var got []string
	err = poll(stepCtx(t, 5*time.Second), nil, func() (bool, error) {
		got = append(got, s.Evidence()...)
		return strings.Contains(strings.Join(got, "\n"), "request failed: GET https://example.org/asked-by-the-page (net::ERR_TUNNEL_CONNECTION_FAILED)"), nil
	})
	if err != nil {
		t.Errorf("the page's request for an unmapped host is not in the evidence as failed: %q", got)
	}
}

func TestSetCookiePlantsOnEachHostAndScheme(t *testing.T) {
	s := newSession(t)
	hosts := []string{"intl.alipay.com", "www.aliexpress.com"}
	if err := s.SetCookie(stepCtx(t, 5*time.Second), "unbind_world", "w42", hosts); err != nil {
		t.Fatal(err)
	}
	for _, url := range []string{"https://intl.alipay.com/", "http://www.aliexpress.com/"} {
		open(t, s, url)
		if err := s.WaitText(stepCtx(t, 5*time.Second), "cookies=unbind_world=w42"); err != nil {
			t.Errorf("%s: %v", url, err)
		}
	}
	other := newSession(t)
	open(t, other, "https://intl.alipay.com/")
	if err := other.WaitNoText(stepCtx(t, 5*time.Second), "unbind_world"); err != nil {
		t.Errorf("another session got the cookie: %v", err)
	}
}

// A domain cookie, as a sign-in sets one, goes to every host of the domain
// over http and https, and to no other; the page's scripts cannot read it.
func TestSetDomainCookieGoesToEveryHostOfTheDomain(t *testing.T) {
	s := newSession(t)
	if err := s.SetDomainCookie(stepCtx(t, 5*time.Second), "ae_session", "s42", "aliexpress.com"); err != nil {
		t.Fatal(err)
	}
	for _, url := range []string{"https://login.aliexpress.com/", "http://www.aliexpress.com/", "https://helppage.aliexpress.com/"} {
		open(t, s, url)
		if err := s.WaitText(stepCtx(t, 5*time.Second), "cookies=ae_session=s42"); err != nil {
			t.Errorf("%s: %v", url, err)
		}
		if got := jsValue(t, s, "document.cookie"); got != "" {
			t.Errorf("%s: the page reads document.cookie = %v, want nothing (HttpOnly)", url, got)
		}
	}
	open(t, s, "https://intl.alipay.com/")
	if err := s.WaitNoText(stepCtx(t, 5*time.Second), "ae_session"); err != nil {
		t.Errorf("another site got the cookie: %v", err)
	}
}

// A cookie set after a click that signs out is not undone by the
// sign-out's answer: the click returns once the answer has come.
func TestSetDomainCookieAfterASignOutClick(t *testing.T) {
	g := &gate{arrived: make(chan struct{}), release: make(chan struct{})}
	signOutGate.Store(g)
	t.Cleanup(func() { signOutGate.Store(nil) })
	s := newSession(t)
	open(t, s, "https://www.aliexpress.com/")
	jsValue(t, s, `(() => { const a = document.createElement('a'); a.href = '/signout'; a.textContent = 'Sign out'; document.body.append(a); return 1; })()`)
	go func() { <-g.arrived; close(g.release) }()
	if err := s.Click(stepCtx(t, 10*time.Second), "Sign out"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDomainCookie(stepCtx(t, 10*time.Second), "ae_session", "new", "aliexpress.com"); err != nil {
		t.Fatal(err)
	}
	open(t, s, "https://login.aliexpress.com/")
	if err := s.WaitText(stepCtx(t, 5*time.Second), "cookies=ae_session=new"); err != nil {
		t.Errorf("the cookie set after the sign-out is gone: %v", err)
	}
}

func TestWaitURLFailureSaysWhereThePageIs(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>home</p>`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.WaitURL(stepCtx(t, failSoon), "/user/queryUserBindCard.htm")
	mustContain(t, err, "waiting to be on /user/queryUserBindCard.htm: the page is "+srv.URL+"/", "timed out after")
}

func TestWaitPageByItsTitleOrHeading(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":     htmlPage("My  Alipay", `<h1>Account</h1>`),
		"/next": htmlPage("Wallet", `<h1 style="display:none">Hidden heading</h1><h1>Bound   cards</h1>`),
	})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.WaitPage(stepCtx(t, 3*time.Second), "my alipay"); err != nil {
		t.Errorf("the page by its title: %v", err)
	}
	if err := s.WaitTitle(stepCtx(t, 3*time.Second), "My Alipay", true); err != nil {
		t.Errorf("the whole title: %v", err)
	}
	if err := s.WaitTitle(stepCtx(t, 3*time.Second), "Alipay", false); err != nil {
		t.Errorf("a part of the title: %v", err)
	}
	mustContain(t, s.WaitTitle(stepCtx(t, failSoon), "Alipay", true),
		`waiting for the title "Alipay": the page is `+srv.URL+`/, titled "My Alipay"`, "timed out after")
	mustContain(t, s.WaitTitle(stepCtx(t, failSoon), "Account", false), `titled "My Alipay"`)

	open(t, s, srv.URL+"/next")
	if err := s.WaitPage(stepCtx(t, 3*time.Second), "Bound cards"); err != nil {
		t.Errorf("the page by its heading: %v", err)
	}
	mustContain(t, s.WaitPage(stepCtx(t, failSoon), "Hidden heading"),
		`waiting to be on the page "Hidden heading": the page is `+srv.URL+`/next, titled "Wallet", its heading "Bound cards"`)
}

func TestWaitTextAndNoText(t *testing.T) {
	srv := serve(t, map[string]string{"/": `
<p id="card">Visa •••• 4242</p>
<p style="display:none">Hidden words</p>
<p style="opacity:0">Transparent words</p>
<p style="text-transform:uppercase">shouted words</p>
<script>setTimeout(() => document.getElementById('card').remove(), 300)</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.WaitText(stepCtx(t, 3*time.Second), "Shouted Words"); err != nil {
		t.Errorf("text changed by CSS text-transform: %v", err)
	}
	for _, text := range []string{"Hidden words", "Transparent words"} {
		err := s.WaitText(stepCtx(t, failSoon), text)
		mustContain(t, err, `the text "`+text+`" is not visible on `+srv.URL+"/")
	}
	if err := s.WaitNoText(stepCtx(t, 3*time.Second), "•••• 4242"); err != nil {
		t.Errorf("waiting for the card to go: %v", err)
	}
	err := s.WaitNoText(stepCtx(t, failSoon), "Shouted")
	mustContain(t, err, `the text "Shouted" is still visible`, `, in «SHOUTED WORDS» (<p>)`)
}

// A word still shown says in which text: a sentence that says the word is
// not the button a check of its absence was written for.
func TestNoWordSaysWhereItIsShown(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<h1>Balance</h1><p class="note">The balance cannot be used to withdraw money to a card.</p>`,
		"/button": `<h1>Balance</h1><button>Withdraw</button>`})
	s := newSession(t)
	open(t, s, srv.URL)
	mustContain(t, s.WaitNoWord(stepCtx(t, failSoon), "Withdraw"),
		`the word "Withdraw" is still visible on `+srv.URL+`/, in «The balance cannot be used to withdraw money to a card.» (<p class="note">)`)
	open(t, s, srv.URL+"/button")
	err := s.WaitNoWord(stepCtx(t, failSoon), "Withdraw")
	mustContain(t, err, `the word "Withdraw" is still visible on `+srv.URL+`/button: `)
}

// Links and forms that ask for a navigation which never replaces the page
// must not leave the next action waiting for a new document.
func TestNavigationsThatLeaveThePageDoNotHang(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("One", `<a href="/nocontent">No content</a>
<a href="/file">Download</a>
<a href="/elsewhere" onclick="event.preventDefault()">Prevented</a>
<a href="#section">Anchor</a>
<form action="/nocontent"><button>Send</button></form>`))
	})
	mux.HandleFunc("/nocontent", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Disposition", "attachment; filename=cards.txt")
		fmt.Fprint(w, "cards")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	cases := []struct{ click, why string }{
		{"No content", "a 204 response keeps the page"},
		{"Download", "a download keeps the page"},
		{"Prevented", "a script cancels the link"},
		{"Anchor", "a link within the page"},
		{"Send", "a form answered with 204"},
	}
	s := newSession(t)
	open(t, s, srv.URL)
	for _, c := range cases {
		t.Run(c.click, func(t *testing.T) {
			if err := s.Click(stepCtx(t, 5*time.Second), c.click); err != nil {
				t.Fatal(err)
			}
			if err := s.WaitText(stepCtx(t, 2*time.Second), "No content"); err != nil {
				t.Errorf("%s: the next action: %v", c.why, err)
			}
		})
	}
}

// An address typed as a reader types it into the address bar, a host name
// with no scheme, opens over https, as the address bar opens it; what is not
// a host name is refused as before, never handed to the browser as it is.
func TestOpenAddsTheSchemeToAHostName(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct{ typed, want, on string }{
		{"intl.alipay.com", "host=intl.alipay.com scheme=https", "intl.alipay.com"},
		{"www.aliexpress.com/some/path?x=1", "host=www.aliexpress.com scheme=https", "www.aliexpress.com/some/path?x=1"},
	} {
		if err := s.Open(stepCtx(t, 5*time.Second), c.typed); err != nil {
			t.Errorf("opening %q as typed: %v", c.typed, err)
			continue
		}
		if err := s.WaitText(stepCtx(t, 5*time.Second), c.want); err != nil {
			t.Errorf("opening %q: %v", c.typed, err)
		}
		if err := s.WaitURL(stepCtx(t, 5*time.Second), c.on); err != nil {
			t.Errorf("opening %q: %v", c.typed, err)
		}
	}
	for _, typed := range []string{"example.org", "127.0.0.1:8443/", "file:///etc/passwd", "data:text/html,x", "localhost:9999/x", "/account/cards.htm"} {
		if err := s.Open(stepCtx(t, 5*time.Second), typed); !errors.Is(err, ErrRefused) {
			t.Errorf("opening %q: %v, want it refused", typed, err)
		}
		if err := s.OpenInNewTab(stepCtx(t, 5*time.Second), typed); !errors.Is(err, ErrRefused) {
			t.Errorf("opening %q in a new tab: %v, want it refused", typed, err)
		}
	}
}

func TestTypedAddress(t *testing.T) {
	for typed, want := range map[string]string{
		"intl.alipay.com":                   "https://intl.alipay.com",
		"INTL.Alipay.com/user/x.htm#top":    "https://INTL.Alipay.com/user/x.htm#top",
		"m.aliexpress.com:443/ru/index.htm": "https://m.aliexpress.com:443/ru/index.htm",
		"http://www.aliexpress.com/":        "http://www.aliexpress.com/",
		"10.203.0.2/":                       "10.203.0.2/",
		"2130706433":                        "2130706433",
		"localhost":                         "localhost",
		"file:///etc/passwd":                "file:///etc/passwd",
		"javascript:alert(1)":               "javascript:alert(1)",
		"about:blank":                       "about:blank",
		"intl.alipay.com@10.203.0.2/":       "intl.alipay.com@10.203.0.2/",
		" intl.alipay.com":                  " intl.alipay.com",
	} {
		if got := typedAddress(typed); got != want {
			t.Errorf("typedAddress(%q) = %q, want %q", typed, got, want)
		}
	}
}

// Reloading loads the page again (a counter the server keeps goes up), and
// a reader's wait ends once the page has been answered, well before its
// time is over, or at that time when the page stays busy.
func TestReloadAndSettle(t *testing.T) {
	var loads atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("Count", fmt.Sprintf(`<p>load %d</p><p id="late"></p>
<script>fetch('/slow').then(r => r.text()).then(t => document.getElementById('late').textContent = t)</script>`, loads.Add(1))))
	})
	release := make(chan struct{})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		fmt.Fprint(w, "answered")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Settle(stepCtx(t, 5*time.Second), 300*time.Millisecond); err != nil {
		t.Errorf("a wait on a page that stays busy: %v", err)
	}
	if got := jsValue(t, s, `document.getElementById('late').textContent`); got != "" {
		t.Fatalf("the page had its answer before it was sent: %q", got)
	}
	released := make(chan time.Time, 1)
	time.AfterFunc(500*time.Millisecond, func() { released <- time.Now(); close(release) })
	if err := s.Settle(stepCtx(t, 10*time.Second), 8*time.Second); err != nil {
		t.Errorf("a wait on a page that gets its answer: %v", err)
	}
	ended := time.Now()
	select {
	case at := <-released:
		if ended.Before(at) {
			t.Errorf("the wait ended before the page's request was answered")
		}
		if ended.Sub(at) > 6*time.Second {
			t.Errorf("the wait took its whole time though the page was answered")
		}
	default:
		t.Errorf("the wait ended before the page's request was answered")
	}
	if err := s.Reload(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, failSoon), "load 2"); err != nil {
		t.Errorf("the reload did not load the page again: %v", err)
	}
}

// An error is a text the page shows as one: a hint it always shows is
// not, though it has the words.
func TestWaitErrorIsNotAHint(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":      `<label for="p">Payment password</label><input id="p"><p class="hint">6 digits, not consecutive</p>`,
		"/alert": `<p class="hint">6 digits, not consecutive</p><p role="alert">The payment password must be exactly 6 digits</p>`,
		"/field": `<input id="p" aria-invalid="true" aria-describedby="p-err"><span id="p-err">Enter 6 digits</span>`,
	})
	s := newSession(t)
	open(t, s, srv.URL)
	mustContain(t, s.WaitError(stepCtx(t, failSoon), "6 digits"),
		`an error saying "6 digits" is not visible on `+srv.URL+`/ (the page shows the text, but not as an error`)
	for _, path := range []string{"/alert", "/field"} {
		open(t, s, srv.URL+path)
		if err := s.WaitError(stepCtx(t, 3*time.Second), "6 digits"); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// A button or link by the words of its name; a sentence that has them is
// neither.
func TestWaitControl(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":       `<p>You cannot withdraw the balance to a card.</p><a href="/x">Withdraw history</a>`,
		"/button": `<button>Withdraw</button>`,
	})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.WaitControl(stepCtx(t, 3*time.Second), "Withdraw history", true); err != nil {
		t.Errorf("the link by its name: %v", err)
	}
	mustContain(t, s.WaitControl(stepCtx(t, failSoon), "withdraw", false),
		`a button or link named "withdraw" is still visible on `+srv.URL+`/, in «Withdraw history» (<a>)`)
	mustContain(t, s.WaitControl(stepCtx(t, failSoon), "cannot withdraw", true), `a button or link named "cannot withdraw" is not visible`,
		`; its buttons and links: "Withdraw history"`)
	mustContain(t, s.WaitControl(stepCtx(t, failSoon), "Withdraw histori", true), `(did you mean "Withdraw history"?)`)
	open(t, s, srv.URL+"/button")
	mustContain(t, s.WaitControl(stepCtx(t, failSoon), "Withdraw", false), `a button or link named "Withdraw" is still visible on `+srv.URL+`/button: `)
	if err := s.WaitControl(stepCtx(t, 3*time.Second), "Remove", false); err != nil {
		t.Errorf("no such button: %v", err)
	}
}
