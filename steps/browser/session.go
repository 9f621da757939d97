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
// storage, cache) and its tabs, one of which is current. Actions of one
// session are meant to run one at a time, from one goroutine; Evidence and
// LocatorStats may be called from any goroutine.
type Session struct {
	b      *Browser
	ctx    context.Context // the first tab's chromedp context; its end disposes of the browser context
	cancel context.CancelFunc
	bcID   cdp.BrowserContextID

	mu       sync.Mutex
	tabs     []*tab // in the order they were attached
	cur      *tab   // the tab actions apply to
	front    *tab   // the tab last brought to the front; nil when unknown
	known    map[string]bool
	queue    []string // targets the page opened, waiting to be attached
	setups   []tabSetup
	evidence []string
	dropped  int
	locates  int
	locating time.Duration
	closed   bool

	attachMu   sync.Mutex // one tab attached at a time
	attachWake chan struct{}
	workers    sync.WaitGroup
	closeOnce  sync.Once
	closeErr   error
}

// tabSetup is applied to every tab of a session when it is attached: device
// emulation, for example.
type tabSetup func(ctx context.Context, tb *tab) error

// NewSession opens a fresh browser context with one blank tab. ctx bounds
// the opening only; the session lives until [Session.Close].
func (b *Browser) NewSession(ctx context.Context) (*Session, error) {
	ctx, cancel := withStepTimeout(ctx, b.opts.StepTimeout)
	defer cancel()
	s := &Session{b: b, known: map[string]bool{}, attachWake: make(chan struct{}, 1)}
	first := newTab(s)
	tctx, tcancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(first.onEvent))
	s.ctx, s.cancel = tctx, tcancel
	if err := s.openTab(ctx, first, tctx, tcancel); err != nil {
		return nil, fmt.Errorf("opening a browser context: %w", err)
	}
	s.mu.Lock()
	s.bcID = chromedp.FromContext(tctx).BrowserContextID
	s.tabs, s.cur = []*tab{first}, first
	s.mu.Unlock()
	s.workers.Add(1)
	go s.attachLoop()
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
func (s *Session) countLocate(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.locates++
	s.locating += d
}

// Close dismisses any dialog still open, closes the session's tabs and
// disposes of its browser context. It is safe to call more than once.
func (s *Session) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.close() })
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
	for _, tb := range tabs {
		if tb.ctx != s.ctx {
			tb.cancel()
		}
	}
	ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Cancel(ctx); err != nil && !errors.Is(err, context.Canceled) {
		errs = append(errs, fmt.Errorf("disposing of the browser context: %w", err))
	}
	s.cancel()
	s.workers.Wait()
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
