package sim_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
)

// Every documented host moves a plain-http request to https with the same
// path and query, as the real sites do, and sets no cookie over http.
func TestPlainHTTPMovesToHTTPS(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	cases := []struct {
		why, method, url, want string
		code                   int
	}{
		{"the mobile site of 002 and 003", http.MethodGet, "http://m.aliexpress.com/ru/index.htm", "https://m.aliexpress.com/ru/index.htm", http.StatusMovedPermanently},
		{"the direct link with its query", http.MethodGet, "http://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", http.StatusMovedPermanently},
		{"the help center", http.MethodHead, "http://helppage.aliexpress.com/buyercenter/questionAnswer.htm", "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm", http.StatusMovedPermanently},
		{"port 80 named", http.MethodGet, "http://www.aliexpress.com:80/item/1001.html", "https://www.aliexpress.com/item/1001.html", http.StatusMovedPermanently},
		{"another port is kept (a sim reached by its own port)", http.MethodGet, "http://www.aliexpress.com:8899/", "https://www.aliexpress.com:8899/", http.StatusMovedPermanently},
		{"a form keeps its method", http.MethodPost, "http://login.aliexpress.com/login.htm", "https://login.aliexpress.com/login.htm", http.StatusPermanentRedirect},
	}
	for _, host := range sim.Hosts() {
		cases = append(cases, struct {
			why, method, url, want string
			code                   int
		}{"every host: " + host, http.MethodGet, "http://" + host + "/", "https://" + host + "/", http.StatusMovedPermanently})
	}
	for _, tc := range cases {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(tc.method, tc.url, strings.NewReader(""))
		req.AddCookie(&http.Cookie{Name: sim.WorldCookie, Value: w.ID()})
		s.ServeHTTP(rec, req)
		if rec.Code != tc.code || rec.Header().Get("Location") != tc.want {
			t.Errorf("%s: %d to %q, want %d to %q", tc.why, rec.Code, rec.Header().Get("Location"), tc.code, tc.want)
		}
		if c := rec.Result().Cookies(); len(c) > 0 {
			t.Errorf("%s: cookies set over http: %v", tc.why, c)
		}
	}
}

// 002 and 003: signed in (the session cookie is Secure, over https), the
// buyer types http://m.aliexpress.com/ru/index.htm in a new tab and is
// still signed in there, because the page moves to https.
func TestMobileSiteOverHTTPKeepsTheLogin(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	if b.cookie("http://m.aliexpress.com/", "ae_session") != "" {
		t.Fatal("the session cookie would go over http: the test no longer shows what it is for")
	}
	home := b.open("http://m.aliexpress.com/ru/index.htm").want("https://m.aliexpress.com/ru/index.htm")
	if got := strings.TrimSpace(home.doc.Find(".m-user").Text()); got != "Ivan Petrov" {
		t.Errorf("the mobile site names the buyer %q, want Ivan Petrov (signed in)", got)
	}
	home.lacks("Войти")
}
