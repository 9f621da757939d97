package sim_test

import (
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// browser is a test client for the sims: a cookie jar per host, redirects
// followed, forms filled by their labels and submitted with their hidden
// fields (CSRF token included). Every response body is checked for card
// numbers and missing catalog keys.
type browser struct {
	t      testing.TB
	client *http.Client
	jar    *cookiejar.Jar

	mu    sync.Mutex
	hops  []string // URLs of the last navigation, redirects included
	leaks []string // strings no response may contain
}

// newBrowser opens a browser on h in world w (nil = no world cookie).
func newBrowser(t testing.TB, h http.Handler, w *world.World) *browser {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatalf("cookie jar: %v", err)
	}
	b := &browser{t: t, jar: jar, leaks: append(fullNumbers(), "⟦")}
	b.client = &http.Client{
		Jar:       jar,
		Transport: handlerTransport{h: h, seen: b.check},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 10 {
				return fmt.Errorf("more than 10 redirects, last %s", req.URL)
			}
			b.hop(req.URL.String())
			return nil
		},
	}
	if w != nil {
		b.plantWorld(w.ID())
	}
	return b
}

// plantWorld sets the world cookie on every documented host, as the harness does.
func (b *browser) plantWorld(id string) {
	for _, host := range sim.Hosts() {
		for _, scheme := range []string{"http", "https"} {
			u := &url.URL{Scheme: scheme, Host: host, Path: "/"}
			b.jar.SetCookies(u, []*http.Cookie{{Name: sim.WorldCookie, Value: id, Path: "/"}})
		}
	}
}

func (b *browser) hop(u string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.hops = append(b.hops, u)
}

// check fails the test if a response shows something it must never show.
func (b *browser) check(u, body string) {
	for _, s := range b.leaks {
		if strings.Contains(body, s) {
			b.t.Errorf("response of %s contains %q", u, s)
		}
	}
}

// handlerTransport serves requests straight from a handler, marking https
// requests as TLS so the sims see the scheme a browser would use.
type handlerTransport struct {
	h    http.Handler
	seen func(url, body string)
}

func (tr handlerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Host = req.URL.Host
	r.RequestURI = req.URL.RequestURI()
	r.RemoteAddr = "127.0.0.1:41234"
	if r.Body == nil {
		r.Body = http.NoBody
	}
	if req.URL.Scheme == "https" {
		r.TLS = &tls.ConnectionState{HandshakeComplete: true, ServerName: req.URL.Hostname()}
	}
	rec := httptest.NewRecorder()
	tr.h.ServeHTTP(rec, r)
	tr.seen(req.URL.String(), rec.Body.String())
	res := rec.Result()
	res.Request = req
	return res, nil
}

// page is a response as a test sees it.
type page struct {
	b      *browser
	url    *url.URL
	status int
	header http.Header
	body   string
	doc    *goquery.Document
	hops   []string // the redirects that led here
}

// open navigates to rawURL, following redirects.
func (b *browser) open(rawURL string) *page {
	b.t.Helper()
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		b.t.Fatalf("open %s: %v", rawURL, err)
	}
	return b.do(req)
}

// post sends a form, following redirects.
func (b *browser) post(rawURL string, form url.Values) *page {
	b.t.Helper()
	req, err := http.NewRequest(http.MethodPost, rawURL, strings.NewReader(form.Encode()))
	if err != nil {
		b.t.Fatalf("post %s: %v", rawURL, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

func (b *browser) do(req *http.Request) *page {
	b.t.Helper()
	b.mu.Lock()
	b.hops = nil
	b.mu.Unlock()
	res, err := b.client.Do(req)
	if err != nil {
		b.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		b.t.Fatalf("read %s: %v", req.URL, err)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(data)))
	if err != nil {
		b.t.Fatalf("parse %s: %v", req.URL, err)
	}
	b.mu.Lock()
	hops := append([]string(nil), b.hops...)
	b.mu.Unlock()
	return &page{b: b, url: res.Request.URL, status: res.StatusCode, header: res.Header, body: string(data), doc: doc, hops: hops}
}

// cookie is the value of a cookie the browser would send to rawURL.
func (b *browser) cookie(rawURL, name string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		b.t.Fatalf("parse %s: %v", rawURL, err)
	}
	for _, c := range b.jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

// at is the page's address without query: "https://intl.alipay.com/account/cards.htm".
func (p *page) at() string {
	u := *p.url
	u.RawQuery = ""
	return u.String()
}

// resolve makes a link of the page absolute.
func (p *page) resolve(ref string) string {
	u, err := p.url.Parse(ref)
	if err != nil {
		p.b.t.Fatalf("bad link %q on %s: %v", ref, p.url, err)
	}
	return u.String()
}

// find returns the elements matching sel whose own text is exactly text.
func (p *page) find(sel, text string) *goquery.Selection {
	return p.doc.Find(sel).FilterFunction(func(_ int, s *goquery.Selection) bool {
		return strings.TrimSpace(s.Text()) == text || s.AttrOr("aria-label", "") == text
	})
}

// link finds exactly one link by its accessible name.
func (p *page) link(name string) *goquery.Selection {
	p.b.t.Helper()
	l := p.find("a", name)
	if l.Length() != 1 {
		p.b.t.Fatalf("page %s: want one link %q, found %d\n%s", p.url, name, l.Length(), p.body)
	}
	return l
}

// click follows a link by its accessible name.
func (p *page) click(name string) *page {
	p.b.t.Helper()
	href, _ := p.link(name).Attr("href")
	return p.b.open(p.resolve(href))
}

// press submits the form of the button named name (the first if several),
// filling fields by their label texts; hidden fields go along as they are.
func (p *page) press(name string, fields map[string]string) *page {
	p.b.t.Helper()
	return p.pressOmitting(name, fields)
}

// pressOmitting is press with the fields labelled omit left out of the
// form, as an unticked checkbox is.
func (p *page) pressOmitting(name string, fields map[string]string, omit ...string) *page {
	p.b.t.Helper()
	btn := p.find("button", name).First()
	if btn.Length() == 0 {
		p.b.t.Fatalf("page %s: no button %q\n%s", p.url, name, p.body)
	}
	return p.submit(btn.Closest("form"), fields, omit...)
}

// submit sends a form with its current values and fields (by label) filled
// in, without the fields labelled omit.
func (p *page) submit(form *goquery.Selection, fields map[string]string, omit ...string) *page {
	p.b.t.Helper()
	values := url.Values{}
	form.Find("input, textarea, select").Each(func(_ int, in *goquery.Selection) {
		name, ok := in.Attr("name")
		typ := in.AttrOr("type", "text")
		if !ok || ((typ == "radio" || typ == "checkbox") && !in.Is("[checked]")) {
			return
		}
		values.Add(name, in.AttrOr("value", ""))
	})
	form.Find("select").Each(func(_ int, sel *goquery.Selection) {
		name, ok := sel.Attr("name")
		if !ok {
			return
		}
		opt := sel.Find("option[selected]").First()
		if opt.Length() == 0 {
			opt = sel.Find("option").First()
		}
		values.Set(name, opt.AttrOr("value", ""))
	})
	for label, v := range fields {
		values.Set(p.fieldName(form, label), v)
	}
	for _, label := range omit {
		values.Del(p.fieldName(form, label))
	}
	action := p.resolve(form.AttrOr("action", p.url.String()))
	if strings.EqualFold(form.AttrOr("method", "get"), "post") {
		return p.b.post(action, values)
	}
	u, _ := url.Parse(action)
	u.RawQuery = values.Encode()
	return p.b.open(u.String())
}

// fieldName finds the name of the form field labelled label.
func (p *page) fieldName(form *goquery.Selection, label string) string {
	p.b.t.Helper()
	l := form.Find("label").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return strings.TrimSpace(s.Text()) == label
	})
	id, ok := l.Attr("for")
	if !ok {
		p.b.t.Fatalf("page %s: no field labelled %q", p.url, label)
	}
	name, ok := form.Find("#" + id).Attr("name")
	if !ok {
		p.b.t.Fatalf("page %s: field %q has no name", p.url, label)
	}
	return name
}

// texts are the trimmed texts of the elements matching sel.
func (p *page) texts(sel string) []string {
	var out []string
	p.doc.Find(sel).Each(func(_ int, s *goquery.Selection) {
		out = append(out, strings.Join(strings.Fields(s.Text()), " "))
	})
	return out
}

// csrf is the CSRF token of the page's first form that has one.
func (p *page) csrf() string {
	return p.doc.Find(`input[name="csrf"]`).First().AttrOr("value", "")
}

// want fails unless the page is at wantURL (without query) with status 200.
func (p *page) want(wantURL string) *page {
	p.b.t.Helper()
	if p.at() != wantURL || p.status != http.StatusOK {
		p.b.t.Fatalf("at %s (status %d), want %s (200)\n%s", p.url, p.status, wantURL, p.body)
	}
	return p
}

// has fails unless the page shows text somewhere.
func (p *page) has(text string) *page {
	p.b.t.Helper()
	if !strings.Contains(strings.Join(strings.Fields(p.doc.Text()), " "), text) {
		p.b.t.Fatalf("page %s does not show %q\n%s", p.url, text, p.body)
	}
	return p
}

// lacks fails if the page shows text.
func (p *page) lacks(text string) *page {
	p.b.t.Helper()
	if strings.Contains(p.doc.Text(), text) {
		p.b.t.Fatalf("page %s shows %q, want it gone", p.url, text)
	}
	return p
}
