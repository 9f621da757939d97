package browser

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The package's tests share one browser, started by TestMain; every test
// gets a session of its own. Every documented host of the sim is mapped to
// one server that answers http and https, as the sim does.
var (
	testBrowser *Browser
	docServer   *dualServer
	docHits     atomic.Int64 // requests for /cacheable
)

// simHosts are the documented hosts the sim answers on.
var simHosts = []string{
	"www.aliexpress.com", "login.aliexpress.com", "intl.alipay.com",
	"helppage.aliexpress.com", "mail.example.com", "m.aliexpress.com",
}

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	srv, err := newDualServer(docHandler())
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: starting the test server: %v\n", err)
		return 1
	}
	docServer = srv
	defer srv.Close()
	hosts := map[string]string{}
	for _, h := range simHosts {
		hosts[h] = srv.Addr()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := Start(ctx, Options{HostMap: hosts, LoopbackPages: true, StepTimeout: 5 * time.Second, Logf: testLogf})
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: the browser tests need Chromium: %v\n", err)
		return 1
	}
	testBrowser = b
	code := m.Run()
	if err := b.Close(); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: closing the browser: %v\n", err)
		return 1
	}
	return code
}

// testLogf prints the browser's diagnostics when UNBIND_TEST_LOG is set.
func testLogf(format string, args ...any) {
	if os.Getenv("UNBIND_TEST_LOG") != "" {
		fmt.Fprintf(os.Stderr, "browser log: "+format+"\n", args...)
	}
}

// docHandler serves the documented hosts: a service worker script at
// /sw.js, a response the browser may cache at /cacheable (counted in
// docHits), and an echo of the request everywhere else.
func docHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/sw.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, "self.addEventListener('fetch', () => {});")
	})
	mux.HandleFunc("/cacheable", func(w http.ResponseWriter, r *http.Request) {
		docHits.Add(1)
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fmt.Fprint(w, "cached")
	})
	mux.HandleFunc("/signout", func(w http.ResponseWriter, r *http.Request) {
		if g := signOutGate.Load(); g != nil {
			g.arrived <- struct{}{}
			<-g.release
		}
		http.SetCookie(w, &http.Cookie{Name: "ae_session", Domain: "aliexpress.com", Path: "/", MaxAge: -1})
		http.Redirect(w, r, "/", http.StatusFound)
	})
	mux.HandleFunc("/", echoHost)
	return mux
}

// signOutGate, when set, holds /signout's answer until the test releases it.
var signOutGate atomic.Pointer[gate]

// gate tells a test that a request arrived and waits for the test to let
// the answer go.
type gate struct {
	arrived chan struct{}
	release chan struct{}
}

// echoHost answers with the host, scheme and cookies the request came with.
func echoHost(w http.ResponseWriter, r *http.Request) {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	cookies := []string{}
	for _, c := range r.Cookies() {
		cookies = append(cookies, c.Name+"="+c.Value)
	}
	fmt.Fprint(w, htmlPage("Echo", fmt.Sprintf(`<p>host=%s scheme=%s</p><p>cookies=%s</p>`,
		r.Host, scheme, strings.Join(cookies, ";"))))
}

// htmlPage is a small HTML document with a title and a body.
func htmlPage(title, body string) string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>` + body + `</body></html>`
}

// serve starts a server for the test with a page (body HTML, title "Test")
// at each path; a value starting with "<!doctype" is served as it is.
func serve(t testing.TB, pages map[string]string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for path, body := range pages {
		if !strings.HasPrefix(body, "<!doctype") {
			body = htmlPage("Test", body)
		}
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != path && path == "/" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// newSession opens a session on the shared browser, closed when the test
// ends.
func newSession(t testing.TB) *Session {
	t.Helper()
	s, err := testBrowser.NewSession(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatalf("NewSession: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Session.Close: %v", err)
		}
	})
	return s
}

// stepCtx is a step's context: the test's, with a deadline.
// failSoon is the deadline of a step that must fail: long enough for a
// loaded machine to answer the step's first look at the page (300 ms was
// not, at a load average of 10-20, and the step failed with a bare
// timeout instead of what it saw), short enough to fail soon.
const failSoon = time.Second

func stepCtx(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

// open loads url in the session or fails the test.
func open(t testing.TB, s *Session, url string) {
	t.Helper()
	if err := s.Open(stepCtx(t, 5*time.Second), url); err != nil {
		t.Fatalf("Open(%s): %v", url, err)
	}
}

// jsValue evaluates expr in the current tab and returns its JSON value as
// text.
func jsValue(t testing.TB, s *Session, expr string) string {
	t.Helper()
	tb, err := s.current()
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := tb.eval(stepCtx(t, 5*time.Second), expr, &v); err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return fmt.Sprint(v)
}

// mustContain fails the test unless err's message holds every part.
func mustContain(t testing.TB, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one containing %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}
