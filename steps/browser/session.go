package browser

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// ErrSessionClosed is returned by actions on a closed session.
var ErrSessionClosed = errors.New("the browser session is closed")

// Session is one scenario's browser: a browser context of its own (cookies,
// storage and cache) and its tabs, one of which is current. Actions of one
// session are meant to run one at a time, from one goroutine; Evidence and
// LocatorStats may be called from any goroutine.
type Session struct {
	b          *instance
	p          *pooled
	id         uint64
	ctx        context.Context // the first tab's chromedp context
	life       context.Context // ends when the session closes
	lifeCancel context.CancelFunc
	bcID       cdp.BrowserContextID
	first      *tab // the session's view of the browser context's first tab

	mu       sync.Mutex
	tabs     []*tab // in the order they were attached
	cur      *tab   // the tab actions apply to
	front    *tab   // the tab last brought to the front; nil when unknown
	known    map[string]bool
	queue    []string // targets the page opened, waiting to be attached
	setups   []tabSetup
	origins  map[string]bool // the origins of the documents the session's tabs loaded
	framed   bool            // a page had a frame of another site
	evidence []string
	dropped  int
	notes    []string // lines a step keeps in its evidence, passing or failing (see note)
	locates  int
	locating time.Duration
	closed   bool
	// longSearch is called when a locate has found nothing for a while.
	longSearch func()

	attachMu   sync.Mutex // one tab attached at a time
	attachWake chan struct{}
	workers    sync.WaitGroup
	closeOnce  sync.Once
	closeErr   error
}

// tabSetup is applied to every tab of a session when it is attached: device
// emulation, for example.
type tabSetup func(ctx context.Context, tb *tab) error

// newSession opens a session in this browser: see [Browser.NewSession].
func (b *instance) newSession(ctx context.Context) (*Session, error) {
	start := time.Now()
	ctx, cancel := withStepTimeout(ctx, b.opts.StepTimeout)
	defer cancel()
	p, err := b.acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("opening a browser context: %w", err)
	}
	bt := p.tab
	p.tab = nil
	s := &Session{
		b: b, p: p, id: b.sessions.Add(1), ctx: bt.ctx, bcID: p.bcID,
		known: map[string]bool{}, origins: map[string]bool{}, attachWake: make(chan struct{}, 1),
	}
	s.life, s.lifeCancel = context.WithCancel(bt.ctx)
	s.first = newTab(s)
	bt.route.Store(s.first)
	if err := s.adopt(ctx, s.first, s.life, bt.cancel); err != nil {
		s.lifeCancel()
		bt.cancel()
		return nil, errors.Join(fmt.Errorf("opening a browser context: %w", err), b.dispose(p))
	}
	s.mu.Lock()
	s.tabs, s.cur = []*tab{s.first}, s.first
	s.mu.Unlock()
	s.workers.Add(1)
	go s.attachLoop()
	b.observe(TimingAcquire, s.id, time.Since(start))
	return s, nil
}

// current returns the current tab, or an error when there is none.
func (s *Session) current() (*tab, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrSessionClosed
	}
	if s.cur == nil {
		return nil, errors.New("the session has no open tab")
	}
	return s.cur, nil
}

// tabClosed forgets a tab the browser closed; if it was the current tab, the
// most recently attached open tab becomes current, as a reader's browser
// shows another tab when one closes.
func (s *Session) tabClosed(tb *tab) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, t := range s.tabs {
		if t == tb {
			s.tabs = append(s.tabs[:i:i], s.tabs[i+1:]...)
			break
		}
	}
	if s.front == tb {
		s.front = nil
	}
	if s.cur == tb {
		s.cur = nil
		if n := len(s.tabs); n > 0 {
			s.cur = s.tabs[n-1]
		}
	}
}

// SetCookie plants a cookie with the name and value on each host, in the
// session's browser context: a host-only session cookie for the path "/",
// not Secure, so that it goes with both http and https requests to the host.
// The sim uses one to choose the scenario's world.
func (s *Session) SetCookie(ctx context.Context, name, value string, hosts []string) error {
	defer func(start time.Time) { s.b.observe(TimingCookies, s.id, time.Since(start)) }(time.Now())
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	cookies := make([]*network.CookieParam, 0, len(hosts))
	for _, h := range hosts {
		// A cookie set for an https URL would be Secure and never sent over
		// http; one set for http is sent over both.
		cookies = append(cookies, &network.CookieParam{Name: name, Value: value, URL: "http://" + h + "/", Path: "/"})
	}
	_, err := cdp.Call(ctx, s.browserSession(), storage.SetCookies, storage.SetCookiesParams{Cookies: cookies, BrowserContextID: s.bcID})
	if err != nil {
		return fmt.Errorf("setting cookie %s on %v: %w", name, hosts, err)
	}
	return nil
}

// SetDomainCookie plants a cookie with the name and value for the domain
// and every host under it, in the session's browser context, as a site
// would set one: a session cookie for the path "/", HttpOnly and
// SameSite=Lax, not Secure, so that it goes with http and https requests.
// It first waits until the current tab's page has loaded, so that the
// answer to a request under way (a sign-out the last click asked for, say)
// cannot overwrite the cookie after it is set.
func (s *Session) SetDomainCookie(ctx context.Context, name, value, domain string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	if _, err := s.ready(ctx); err != nil {
		return fmt.Errorf("setting cookie %s on %s: %w", name, domain, err)
	}
	c := &network.CookieParam{Name: name, Value: value, Domain: "." + domain, Path: "/", HTTPOnly: true, SameSite: network.CookieSameSiteLax}
	_, err := cdp.Call(ctx, s.browserSession(), storage.SetCookies, storage.SetCookiesParams{Cookies: []*network.CookieParam{c}, BrowserContextID: s.bcID})
	if err != nil {
		return fmt.Errorf("setting cookie %s on %s: %w", name, domain, err)
	}
	return nil
}

// browserSession is the connection to the browser itself.
func (s *Session) browserSession() cdp.Session {
	return chromedp.FromContext(s.ctx).Browser
}

// LocatorStats returns how many elements the session has located and the
// time spent locating them, waits for them to become usable included.
func (s *Session) LocatorStats() (count int, total time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.locates, s.locating
}

// countLocate adds one locate to the statistics.
// OnLongSearch has f called, at most once a locate, when the locate has
// found nothing the step names for a while (a second, or half the time
// the step has left if that is shorter) and is likely to fail: what its
// failure will want to say can be prepared while it still waits. f must
// not block.
func (s *Session) OnLongSearch(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.longSearch = f
}

// longSearchAfter is how long a locate finds nothing before the session's
// OnLongSearch is called.
func longSearchAfter(ctx context.Context) time.Duration {
	after := time.Second
	if dl, ok := ctx.Deadline(); ok {
		after = min(after, time.Until(dl)/2)
	}
	return after
}

func (s *Session) searchIsLong() {
	s.mu.Lock()
	f := s.longSearch
	s.mu.Unlock()
	if f != nil {
		f()
	}
}

func (s *Session) countLocate(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.locates++
	s.locating += d
	s.b.observe(TimingLocate, s.id, d)
}

// Close dismisses any dialog still open, closes the session's tabs and
// hands its browser context back: to be reset for another session, or
// disposed of (see [Options.Isolation]). It is safe to call more than once.
func (s *Session) Close() error {
	s.closeOnce.Do(func() {
		start := time.Now()
		s.closeErr = s.close()
		s.b.observe(TimingRelease, s.id, time.Since(start))
	})
	return s.closeErr
}

func (s *Session) close() error {
	s.mu.Lock()
	s.closed = true
	tabs := append([]*tab(nil), s.tabs...)
	s.mu.Unlock()
	var errs []error
	for _, tb := range tabs {
		if err := tb.dismissOnClose(); err != nil {
			errs = append(errs, err)
		}
	}
	// Ending the session's life starts closing the tabs it attached besides
	// the first; the release waits for them.
	s.lifeCancel()
	s.workers.Wait()
	if err := s.b.release(s.p, s.usage(tabs)); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// dismissOnClose dismisses a dialog left open, which would otherwise hold
// the tab, and waits for the input it held.
func (tb *tab) dismissOnClose() error {
	if tb.pendingDialog() == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	_, err := cdp.Call(ctx, tb.t, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	if err != nil {
		return fmt.Errorf("dismissing the dialog left open on closing: %w", err)
	}
	return tb.waitInflight(ctx)
}
