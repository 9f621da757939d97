package doccheck

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// CrawlOptions say what to render.
type CrawlOptions struct {
	// Profiles are the site profiles to render; every one of
	// sim.Profiles() when nil.
	Profiles []string
	// Locales are the world locales to render; every one of sim.Locales()
	// when nil.
	Locales []string
	// Start are more addresses to open in every world (the articles'
	// own, for one), besides the sites' entry pages.
	Start []string
	// Workers is how many worlds are rendered at once; the number of
	// CPUs when 0.
	Workers int
	// MaxPages bounds the pages one reader opens in one world; 120 when 0.
	MaxPages int
}

// CrawlStats say what a crawl did.
type CrawlStats struct {
	Worlds   int           `json:"worlds"`
	Pages    int           `json:"pages"`
	Labels   int           `json:"labels"`
	Duration time.Duration `json:"duration_ns"`
}

// entryPages are the addresses a reader opens by typing them or from an
// article, besides what the pages link to.
var entryPages = []string{
	"https://www.aliexpress.com/",
	"https://login.aliexpress.com/login.htm",
	"https://intl.alipay.com/",
	"https://intl.alipay.com/login.htm",
	"https://intl.alipay.com/password/forgot.htm",
	"https://intl.alipay.com/register/email.htm",
	"https://intl.alipay.com/user/queryUserBindCard.htm",
	"https://intl.alipay.com/ihome/user/queryUserBindCard.htm",
	"https://helppage.aliexpress.com/",
	"https://helppage.aliexpress.com/buyercenter/questionAnswer.htm",
	"https://m.aliexpress.com/index.htm",
	"https://m.aliexpress.com/ru/index.htm",
	"https://m.aliexpress.com/app/",
	"https://mail.example.com/",
}

// Crawl renders the pages of the sims in every profile and locale, as a
// visitor, a newcomer (signed in, no wallet, who registers) and a wallet
// holder with cards, each in a world of its own, and gathers the labels
// they show. Every page is opened once per world and reader; the worlds
// are rendered in parallel.
func Crawl(ctx context.Context, opts CrawlOptions) (*Site, CrawlStats, error) {
	began := time.Now()
	profiles, locales := opts.Profiles, opts.Locales
	if profiles == nil {
		profiles = sim.Profiles()
	}
	if locales == nil {
		locales = sim.Locales()
	}
	s := sim.New(sim.Options{})
	site := newSite()
	var jobs []crawlJob
	for _, p := range profiles {
		for _, l := range locales {
			for _, r := range readers() {
				jobs = append(jobs, crawlJob{profile: p, locale: l, reader: r})
			}
		}
	}
	errs := make(chan error, len(jobs))
	work := make(chan crawlJob)
	var wg sync.WaitGroup
	for range max(1, cmpOr(opts.Workers, runtime.NumCPU())) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				errs <- j.run(ctx, s, site, opts)
			}
		}()
	}
	for _, j := range jobs {
		work <- j
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return nil, CrawlStats{}, err
		}
	}
	return site, CrawlStats{Worlds: len(jobs), Pages: site.Pages(), Labels: site.Labels(), Duration: time.Since(began)}, nil
}

func cmpOr(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

// reader is who opens the pages: how the world is set up for them.
type reader struct {
	name   string
	buyer  *world.BuyerSpec // nil: a visitor, signed in nowhere
	signIn bool
}

func readers() []reader {
	holder := world.BuyerSpec{Email: "holder@example.com", Password: "secret123", Name: "Ivan Petrov", Phone: "+7 900 000-00-01", Wallet: true,
		Cards: []world.CardSpec{{Brand: "Visa", Last4: "4242"}, {Brand: "MasterCard", Last4: "5454", Expiry: "01/20"},
			{Brand: "Maestro", Last4: "6759", Origin: world.OriginApp}}}
	newcomer := world.BuyerSpec{Email: "newcomer@example.com", Password: "secret123", Name: "Siti Rahma", Phone: "+62 812 0000 0002",
		Cards: []world.CardSpec{{Brand: "Visa", Last4: "4242"}}}
	return []reader{{name: "visitor"}, {name: "newcomer", buyer: &newcomer, signIn: true}, {name: "holder", buyer: &holder, signIn: true}}
}

type crawlJob struct {
	profile, locale string
	reader          reader
}

// run renders one world for one reader: the entry pages and every page
// they link to on the documented hosts, and the forms a reader sends on
// the way (registering, asking for a new password).
func (j crawlJob) run(ctx context.Context, s *sim.Sim, site *Site, opts CrawlOptions) error {
	w := s.NewWorld(sim.WorldOptions{Locale: j.locale, Profile: j.profile})
	defer s.DropWorld(w.ID())
	c, err := newClient(s, w)
	if err != nil {
		return err
	}
	if b := j.reader.buyer; b != nil {
		if _, err := w.AddBuyer(*b); err != nil {
			return fmt.Errorf("crawl %s: %w", j, err)
		}
		if j.reader.signIn {
			sess, err := w.SignIn("", b.Email, b.Password)
			if err != nil {
				return fmt.Errorf("crawl %s: %w", j, err)
			}
			c.plant(sim.StorefrontCookie, sess.ID, sim.StorefrontDomain)
		}
	}
	cr := &crawler{c: c, w: w, site: site, profile: j.profile, locale: j.locale, buyer: j.reader.buyer, sent: map[string]bool{},
		max: cmpOr(opts.MaxPages, 120), start: append(append([]string{}, entryPages...), opts.Start...)}
	cr.seen = map[string]bool{}
	for _, u := range cr.start {
		cr.enqueue(u)
	}
	if err := cr.drain(ctx); err != nil {
		return fmt.Errorf("crawl %s: %w", j, err)
	}
	return nil
}

func (j crawlJob) String() string {
	return fmt.Sprintf("profile %q, locale %s, %s", j.profile, j.locale, j.reader.name)
}

// client is a browser without script for one world: a cookie jar, the
// sims' handler served in process, https marked as such.
type client struct {
	http *http.Client
	jar  *cookiejar.Jar
}

func newClient(h http.Handler, w *world.World) (*client, error) {
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	c := &client{jar: jar, http: &http.Client{Jar: jar, Transport: handlerTransport{h}}}
	for _, host := range sim.Hosts() {
		jar.SetCookies(&url.URL{Scheme: "https", Host: host, Path: "/"}, []*http.Cookie{{Name: sim.WorldCookie, Value: w.ID(), Path: "/"}})
	}
	return c, nil
}

// plant sets a cookie for every documented host under domain.
func (c *client) plant(name, value, domain string) {
	for _, host := range sim.Hosts() {
		if host == domain || strings.HasSuffix(host, "."+domain) {
			c.jar.SetCookies(&url.URL{Scheme: "https", Host: host, Path: "/"}, []*http.Cookie{{Name: name, Value: value, Path: "/"}})
		}
	}
}

// handlerTransport serves requests straight from the sims' handler.
type handlerTransport struct{ h http.Handler }

func (tr handlerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Host, r.RequestURI, r.RemoteAddr = req.URL.Host, req.URL.RequestURI(), "127.0.0.1:41234"
	if r.Body == nil {
		r.Body = http.NoBody
	}
	if req.URL.Scheme == "https" {
		r.TLS = &tls.ConnectionState{HandshakeComplete: true, ServerName: req.URL.Hostname()}
	}
	rec := httptest.NewRecorder()
	tr.h.ServeHTTP(rec, r)
	res := rec.Result()
	res.Request = req
	return res, nil
}

// crawler opens one reader's pages in one world.
type crawler struct {
	c       *client
	w       *world.World
	site    *Site
	profile string
	queue   []string
	later   []string // pages in another locale than the world's, opened last
	locale  string
	buyer   *world.BuyerSpec // the reader's account; nil for a visitor
	start   []string         // the addresses every pass opens first
	seen    map[string]bool  // pageKey of every page queued
	sent    map[string]bool  // form actions sent
	max     int
}

// digits are the numbers in a path: /item/1005.html and /item/2211.html
// are one page.
var digits = regexp.MustCompile(`[0-9]+`)

// pageKey is what makes two addresses one page: host and path, numbers
// made one, and the query where it picks the content (the letter of a
// mailbox, the locale).
func pageKey(u *url.URL) string {
	k := u.Host + digits.ReplaceAllString(u.Path, "N")
	if u.Host == sim.HostMail {
		return k + "?" + u.RawQuery
	}
	if l := u.Query().Get("locale"); l != "" {
		return k + "?locale=" + l
	}
	return k
}

// restart opens again, after a form changed the world (the reader
// registered, signed in), the pages of the host it was sent to and the
// mailbox: the queue keeps what it holds, and the entry pages of those
// hosts are queued once more.
func (cr *crawler) restart(host string) {
	for k := range cr.seen {
		if strings.HasPrefix(k, host+"/") || strings.HasPrefix(k, sim.HostMail+"/") {
			delete(cr.seen, k)
		}
	}
	for _, u := range cr.start {
		cr.enqueue(u)
	}
}

func (cr *crawler) enqueue(raw string) {
	u, err := url.Parse(raw)
	if err != nil || !isHost(u.Host) || strings.HasPrefix(u.Path, "/assets/") || strings.HasSuffix(u.Path, ".svg") {
		return
	}
	u.Scheme, u.Fragment = "https", ""
	if k := pageKey(u); !cr.seen[k] && len(cr.seen) < cr.max {
		cr.seen[k] = true
		if otherLocale(u, cr.locale) {
			cr.later = append(cr.later, u.String())
			return
		}
		cr.queue = append(cr.queue, u.String())
	}
}

// languagePath is a path that starts with a language: /ru/index.htm.
var languagePath = regexp.MustCompile(`^/([a-z]{2})/`)

// otherLocale reports whether an address asks for another locale than
// the world's (?locale=ru_RU, /ru/): the sites remember the choice, so
// such pages are opened after the rest, which are then in the world's.
func otherLocale(u *url.URL, locale string) bool {
	if l := u.Query().Get("locale"); l != "" && l != locale {
		return true
	}
	m := languagePath.FindStringSubmatch(u.Path)
	return m != nil && !strings.HasPrefix(locale, m[1]+"_")
}

func isHost(h string) bool {
	for _, d := range sim.Hosts() {
		if h == d {
			return true
		}
	}
	return false
}

func (cr *crawler) drain(ctx context.Context) error {
	for len(cr.queue)+len(cr.later) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(cr.queue) == 0 {
			cr.queue, cr.later = cr.later, nil
		}
		u := cr.queue[0]
		cr.queue = cr.queue[1:]
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return err
		}
		if err := cr.open(req); err != nil {
			return err
		}
	}
	return nil
}

// open sends a request, records the labels of the page it ends on, queues
// its links and sends the forms a reader sends on the way.
func (cr *crawler) open(req *http.Request) error {
	res, err := cr.c.http.Do(req)
	if err != nil {
		return fmt.Errorf("open %s: %w", req.URL, err)
	}
	defer res.Body.Close()
	if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		return nil
	}
	doc, err := goquery.NewDocumentFromReader(res.Body)
	if err != nil {
		return fmt.Errorf("read %s: %w", res.Request.URL, err)
	}
	final := res.Request.URL
	cr.seen[pageKey(final)] = true
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		if ref, err := final.Parse(a.AttrOr("href", "")); err == nil {
			cr.enqueue(ref.String())
		}
	})
	forms := cr.forms(doc, final)
	cr.site.add(final.Host+final.Path, pageLocale(doc), cr.profile, pageLabels(doc))
	for _, f := range forms {
		cr.restart(f.URL.Host)
	}
	for _, f := range forms {
		if err := cr.open(f); err != nil {
			return err
		}
	}
	return nil
}

// pageLocale is the locale a page says it is in, as en_US.
func pageLocale(doc *goquery.Document) string {
	return strings.ReplaceAll(doc.Find("html").AttrOr("lang", ""), "-", "_")
}
