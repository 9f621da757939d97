package browser

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
)

// chainServer serves pages /0, /1, ... each leading to the next by the
// way kind says: "link" a plain link, "cross-site" a link to the other
// name of the server's host, "form" a form posted and redirected
// (303), "script" a button whose handler sets location. Every page has
// enough content that laying it out takes a while on a slow CPU.
func chainServer(t *testing.T, kind string) *httptest.Server {
	t.Helper()
	filler := strings.Repeat(`<p>Bank cards bound to the wallet are listed here with their brand, the last four digits and the expiry date.</p>`, 150)
	mux := http.NewServeMux()
	mux.HandleFunc("/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.PathValue("n"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if r.Method == http.MethodPost {
			http.Redirect(w, r, fmt.Sprintf("/%d", n+1), http.StatusSeeOther)
			return
		}
		var next string
		switch kind {
		case "link":
			next = fmt.Sprintf(`<a href="/%d">Next</a>`, n+1)
		case "cross-site":
			// 127.0.0.1 and localhost are two sites: every page is
			// in a new renderer process.
			host := "localhost"
			if strings.HasPrefix(r.Host, "localhost") {
				host = "127.0.0.1"
			}
			_, port, _ := strings.Cut(r.Host, ":")
			next = fmt.Sprintf(`<a href="http://%s:%s/%d">Next</a>`, host, port, n+1)
		case "form":
			next = fmt.Sprintf(`<form method="post" action="/%d"><button>Next</button></form>`, n)
		case "script":
			next = fmt.Sprintf(`<button onclick="location.href='/%d'">Next</button>`, n+1)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlPage(fmt.Sprintf("Page %d", n), fmt.Sprintf(`<h1>Page %d</h1>%s%s`, n, next, filler)))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// A reader clicks "Next" page after page on a CPU made six times slower, so
// that every click comes as soon as a new document can be acted on. A click
// the page never got, or an action run on the page being left, shows as a
// chain that ends short of its length.
func TestClickAfterClickOnASlowCPU(t *testing.T) {
	const steps = 12
	for _, kind := range []string{"link", "cross-site", "form", "script"} {
		t.Run(kind, func(t *testing.T) {
			srv := chainServer(t, kind)
			s := newSession(t)
			open(t, s, srv.URL+"/0")
			tb, err := s.current()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := cdp.Call(stepCtx(t, 5*time.Second), tb.t, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 6}); err != nil {
				t.Fatal(err)
			}
			for i := 1; i <= steps; i++ {
				if err := s.Click(stepCtx(t, 20*time.Second), "Next"); err != nil {
					t.Fatalf("click %d: %v", i, err)
				}
			}
			if err := s.WaitURL(stepCtx(t, 20*time.Second), fmt.Sprintf("/%d", steps)); err != nil {
				t.Fatalf("after %d clicks: %v", steps, err)
			}
			title, err := s.Title(stepCtx(t, 20*time.Second))
			if err != nil {
				t.Fatal(err)
			}
			if want := fmt.Sprintf("Page %d", steps); title != want {
				t.Fatalf("after %d clicks the page is %q, want %q", steps, title, want)
			}
		})
	}
}
