package browser

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/cdproto/target"
)

// usage is what a closed session may have left in its browser context.
type usage struct {
	session uint64
	first   *tab                 // the session's view of the first tab: it sees dialogs during the reset
	closers []context.CancelFunc // close the other tabs the session attached
	origins []string             // origins of the documents its tabs loaded
	framed  bool                 // a page had a frame of another site, whose storage is the page's site's too
}

// usage collects what the reset of the session's browser context must undo.
func (s *Session) usage(tabs []*tab) usage {
	u := usage{session: s.id, first: s.first}
	for _, tb := range tabs {
		if tb != s.first {
			u.closers = append(u.closers, tb.cancel)
		}
	}
	s.mu.Lock()
	for o := range s.origins {
		u.origins = append(u.origins, o)
	}
	u.framed = s.framed
	s.mu.Unlock()
	return u
}

// noteFrameOfAnotherSite records that a page of the session had a frame of
// another site. Chromium keeps that frame's storage under both sites, which
// clearing by origin does not reach, so the context is disposed of rather
// than reset.
func (s *Session) noteFrameOfAnotherSite() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.framed = true
}

// noteOrigin records an origin whose storage the session's pages could use.
func (s *Session) noteOrigin(origin string) {
	if !strings.HasPrefix(origin, "http://") && !strings.HasPrefix(origin, "https://") {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.origins[origin] = true
}

// originOf returns the scheme and host of an absolute URL, or "".
func originOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// reset brings a released browser context back to the state of a new one:
// one blank tab with no history, no other tab, no dialog, no device
// emulation, and no cookies, storage of any kind, cache entries or
// permissions. It fails, and the context is then disposed of, when any of
// that cannot be done or checked.
func (b *Browser) reset(p *pooled, u usage) error {
	ctx, cancel := context.WithTimeout(p.ctx, resetTimeout)
	defer cancel()
	for _, closeTab := range u.closers {
		closeTab()
	}
	if u.framed {
		return errors.New("a page had a frame of another site, whose storage cannot be cleared by origin")
	}
	left, err := b.closeOtherTargets(ctx, p)
	if err != nil {
		return fmt.Errorf("resetting a browser context: %w", err)
	}
	if err := blankFirstTab(ctx, p, u.first); err != nil {
		return fmt.Errorf("resetting a browser context: %w", err)
	}
	if err := b.clearContext(ctx, p, b.originsToClear(u, left)); err != nil {
		return fmt.Errorf("resetting a browser context: %w", err)
	}
	if err := b.checkClean(ctx, p, u.first); err != nil {
		return fmt.Errorf("resetting a browser context: %w", err)
	}
	p.route.Store(nil)
	return nil
}

// pageCode are the kinds of target that run a page's code, and so may hold
// a session's state. The browser's own (its UI, for example) are not.
var pageCode = map[string]bool{"page": true, "iframe": true, "worker": true, "shared_worker": true, "service_worker": true}

// contextTargets lists the targets of p's browser context that run a
// page's code, other than its first tab.
func contextTargets(ctx context.Context, p *pooled) ([]*target.Info, error) {
	res, err := cdp.Call(ctx, p.browser, target.GetTargets, target.GetTargetsParams{})
	if err != nil {
		return nil, fmt.Errorf("listing the targets: %w", err)
	}
	var out []*target.Info
	for _, info := range res.TargetInfos {
		if info.BrowserContextID == p.bcID && info.TargetID != p.targetID() && pageCode[info.Type] {
			out = append(out, info)
		}
	}
	return out, nil
}

// closeOtherTargets closes every page of the context but the first tab,
// tabs the session never attached included, and returns what they were.
func (b *Browser) closeOtherTargets(ctx context.Context, p *pooled) ([]*target.Info, error) {
	infos, err := contextTargets(ctx, p)
	if err != nil {
		return nil, err
	}
	for _, info := range infos {
		if info.Type != "page" {
			continue
		}
		if _, err := cdp.Call(ctx, p.browser, target.CloseTarget, target.CloseTargetParams{TargetID: info.TargetID}); err != nil {
			b.opts.Logf("browser: closing the tab %s (%s) of a released context: %v", info.TargetID, info.URL, err)
		}
	}
	return infos, nil
}

// pageBlankTimeout bounds the blanking of the first tab by its own page,
// after which the browser is asked to do it; stateTimeout bounds one look at
// the tab's address meanwhile.
const (
	pageBlankTimeout = 2 * time.Second
	stateTimeout     = 300 * time.Millisecond
)

// blankFirstTab loads about:blank in the first tab, leaving the page even if
// it asks to stay (beforeunload) and dismissing any dialog it opens, then
// forgets the tab's history and window name. The page is asked first, which
// keeps its renderer process, then the browser, which starts another.
func blankFirstTab(ctx context.Context, p *pooled, tb *tab) error {
	pctx, cancel := context.WithTimeout(ctx, pageBlankTimeout)
	err := loadBlank(pctx, p, tb, func(ctx context.Context) error {
		return evalOn(ctx, p.target, `setTimeout(() => location.replace('about:blank')), 0`, nil)
	})
	cancel()
	if err != nil {
		err = loadBlank(ctx, p, tb, func(ctx context.Context) error {
			_, err := cdp.Call(ctx, p.target, page.Navigate, page.NavigateParams{URL: "about:blank"})
			return err
		})
	}
	if err != nil {
		return fmt.Errorf("loading about:blank in the first tab: %w", err)
	}
	if _, err := cdp.Call(ctx, p.target, page.ResetNavigationHistory, cdp.Empty{}); err != nil {
		return fmt.Errorf("forgetting the first tab's history: %w", err)
	}
	// The window's name outlives navigations the browser makes.
	if err := evalOn(ctx, p.target, `window.name = ''`, nil); err != nil {
		return fmt.Errorf("clearing the first tab's window name: %w", err)
	}
	return nil
}

// loadBlank starts a navigation with navigate and waits until the first tab
// shows a loaded about:blank, handling the dialogs that open meanwhile.
func loadBlank(ctx context.Context, p *pooled, tb *tab, navigate func(context.Context) error) error {
	done := make(chan error, 1)
	go func() { done <- navigate(ctx) }()
	navigated := false
	return poll(ctx, tb.watch, func() (bool, error) {
		if d := tb.pendingDialog(); d != nil {
			leave := d.Type == page.DialogTypeBeforeunload
			_, err := cdp.Call(ctx, p.target, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: leave})
			return false, ignoreGone(err)
		}
		if !navigated {
			select {
			case err := <-done:
				if err != nil {
					return false, err
				}
				navigated = true
			default:
				return false, nil
			}
		}
		// A dialog that opens meanwhile holds the question; look again.
		qctx, cancel := context.WithTimeout(ctx, stateTimeout)
		defer cancel()
		var state string
		if err := evalOn(qctx, p.target, `location.href + ' ' + document.readyState`, &state); err != nil {
			return false, nil
		}
		return state == "about:blank complete", nil
	})
}

// ignoreGone drops the error of handling a dialog that closed meanwhile.
func ignoreGone(err error) error {
	if err != nil && strings.Contains(err.Error(), "No dialog is showing") {
		return nil
	}
	return err
}

// originsToClear are the origins whose storage the reset clears: those the
// session's tabs loaded; and when a tab the session never attached was left
// (one the page opened with noopener), whose history is unknown, that tab's
// and every mapped host's, over http and https.
func (b *Browser) originsToClear(u usage, left []*target.Info) []string {
	set := map[string]bool{}
	for _, o := range u.origins {
		set[o] = true
	}
	for _, info := range left {
		if o := originOf(info.URL); strings.HasPrefix(o, "http") {
			set[o] = true
		}
		for host := range b.opts.HostMap {
			if !strings.Contains(host, "*") {
				set["http://"+host] = true
				set["https://"+host] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for o := range set {
		out = append(out, o)
	}
	slices.Sort(out)
	return out
}

// clearContext clears the context's cookies, the storage of each origin
// (local and session storage, IndexedDB, Cache Storage, service workers and
// the rest Chromium keeps per origin), the HTTP cache, permissions and the
// first tab's device emulation, all at once.
func (b *Browser) clearContext(ctx context.Context, p *pooled, origins []string) error {
	calls := []func() error{
		func() error {
			_, err := cdp.Call(ctx, p.browser, storage.ClearCookies, storage.ClearCookiesParams{BrowserContextID: p.bcID})
			return wrap(err, "clearing the cookies")
		},
		func() error {
			_, err := cdp.Call(ctx, p.target, network.ClearBrowserCache, cdp.Empty{})
			return wrap(err, "clearing the cache")
		},
		func() error {
			_, err := cdp.Call(ctx, p.browser, browser.ResetPermissions, browser.ResetPermissionsParams{BrowserContextID: p.bcID})
			return wrap(err, "resetting the permissions")
		},
		func() error { return wrap(clearEmulation(ctx, p), "ending the device emulation") },
	}
	for _, o := range origins {
		calls = append(calls, func() error {
			_, err := cdp.Call(ctx, p.target, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: o, StorageTypes: "all"})
			return wrap(err, "clearing the storage of "+o)
		})
	}
	return together(calls)
}

// clearEmulation ends what Session.Emulate set on the first tab.
func clearEmulation(ctx context.Context, p *pooled) error {
	if _, err := cdp.Call(ctx, p.target, emulation.ClearDeviceMetricsOverride, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := cdp.Call(ctx, p.target, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: false}); err != nil {
		return err
	}
	_, err := cdp.Call(ctx, p.target, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ""})
	return err
}

// checkClean checks what the reset must have achieved: no cookie, no other
// target, no dialog, a blank first tab with a history of one entry and no
// window name.
func (b *Browser) checkClean(ctx context.Context, p *pooled, tb *tab) error {
	cookies, err := cdp.Call(ctx, p.browser, storage.GetCookies, storage.GetCookiesParams{BrowserContextID: p.bcID})
	if err != nil {
		return fmt.Errorf("checking the cookies: %w", err)
	}
	if n := len(cookies.Cookies); n > 0 {
		return fmt.Errorf("%d cookies are left, the first for %s", n, cookies.Cookies[0].Domain)
	}
	var left []*target.Info
	err = poll(ctx, nil, func() (bool, error) {
		left, err = contextTargets(ctx, p)
		return len(left) == 0, err
	})
	if err != nil {
		return fmt.Errorf("waiting for the other targets to close (%s): %w", describeTargets(left), err)
	}
	var state string
	if err := evalOn(ctx, p.target, `location.href + ' ' + history.length + ' ' + JSON.stringify(window.name)`, &state); err != nil {
		return fmt.Errorf("checking the first tab: %w", err)
	}
	if want := `about:blank 1 ""`; state != want {
		return fmt.Errorf("the first tab is %s (address, history length, window name), want %s", state, want)
	}
	if d := tb.pendingDialog(); d != nil {
		return fmt.Errorf("the first tab still shows the %s %q", d.Type, d.Message)
	}
	return nil
}

func describeTargets(infos []*target.Info) string {
	parts := make([]string, 0, len(infos))
	for _, info := range infos {
		parts = append(parts, string(info.Type)+" "+info.URL)
	}
	return strings.Join(parts, ", ")
}

// together runs the calls at once and joins their errors.
func together(calls []func() error) error {
	errs := make([]error, len(calls))
	var wg sync.WaitGroup
	for i, call := range calls {
		wg.Go(func() { errs[i] = call() })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// wrap says what was being done when err happened; nil stays nil.
func wrap(err error, doing string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", doing, err)
}
