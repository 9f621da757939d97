package browser

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/cdproto/target"
	"golang.org/x/net/publicsuffix"
)

// usage is what a closed session may have left in its browser context.
type usage struct {
	session uint64
	closers []context.CancelFunc // close the tabs the session attached, its first tab included
	// traces tells, once the tabs are closed and their pages can no longer
	// go anywhere, the origins of the documents the session's tabs loaded,
	// and whether a page had a frame of another site.
	traces func() (origins []string, framed bool)
}

// usage collects what the reset of the session's browser context must undo.
func (s *Session) usage(tabs []*tab) usage {
	u := usage{session: s.id, closers: []context.CancelFunc{s.first.cancel}, traces: s.traces}
	for _, tb := range tabs {
		if tb != s.first {
			u.closers = append(u.closers, tb.cancel)
		}
	}
	return u
}

// traces are the origins the session's pages had, and whether one had a
// frame of another site.
func (s *Session) traces() ([]string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	origins := make([]string, 0, len(s.origins))
	for o := range s.origins {
		origins = append(origins, o)
	}
	return origins, s.framed
}

// closeTabs closes the tabs the session attached and waits for them.
func (u usage) closeTabs() {
	for _, closeTab := range u.closers {
		closeTab()
	}
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

// otherSite reports whether the web origin frame is of another site than
// the origin top (scheme and registrable domain, as Chromium keys
// partitioned storage). Origins that are not http or https, such as those of
// about:blank frames, count as the same site.
func otherSite(top, frame string) bool {
	t, f := siteOf(top), siteOf(frame)
	return t != "" && f != "" && t != f
}

// siteOf returns the scheme and registrable domain of an http or https
// origin ("https://aliexpress.com" for "https://login.aliexpress.com"), or ""
// for any other origin.
func siteOf(origin string) string {
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return ""
	}
	host := u.Hostname()
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		host = d
	}
	return u.Scheme + "://" + host
}

// reset brings a released browser context back to the state of a new one:
// no tab but a new blank one, and no cookies, storage of any kind, cache
// entries or permissions. What belongs to a tab (its history, session
// storage, window name, device emulation, dialogs) goes with the closed
// tabs. It fails, and the context is then disposed of, when any of that
// cannot be done or checked.
func (b *instance) reset(p *pooled, u usage) error {
	ctx, cancel := context.WithTimeout(b.ctx, resetTimeout)
	defer cancel()
	u.closeTabs()
	origins, framed := u.traces()
	if framed {
		return errors.New("a page had a frame of another site, whose storage cannot be cleared by origin")
	}
	left, err := b.closePages(ctx, p)
	if err == nil {
		err = waitNoTargets(ctx, p, tabCode)
	}
	if err == nil {
		p.tab, err = b.openBlankTab(ctx, p)
	}
	if err == nil {
		err = b.clearContext(ctx, p, b.originsToClear(origins, left))
	}
	if err == nil {
		err = b.checkClean(ctx, p)
	}
	if err != nil {
		return fmt.Errorf("resetting a browser context: %w", err)
	}
	return nil
}

// Kinds of target that run a page's code, and so may hold a session's
// state; the browser's own (its UI, for example) do not. Those of a tab go
// with it; the others outlive their pages for a while, and go when their
// origin's storage is cleared.
var (
	tabCode  = map[string]bool{"page": true, "iframe": true, "worker": true}
	pageCode = map[string]bool{"page": true, "iframe": true, "worker": true, "shared_worker": true, "service_worker": true}
)

// contextTargets lists the targets of p's browser context of the kinds in
// kinds, other than its blank tab and its keeper.
func contextTargets(ctx context.Context, p *pooled, kinds map[string]bool) ([]*target.Info, error) {
	res, err := cdp.Call(ctx, p.browser, target.GetTargets, target.GetTargetsParams{})
	if err != nil {
		return nil, fmt.Errorf("listing the targets: %w", err)
	}
	var out []*target.Info
	for _, info := range res.TargetInfos {
		if info.BrowserContextID != p.bcID || !kinds[info.Type] || info.TargetID == p.keeper {
			continue
		}
		if p.tab == nil || info.TargetID != p.tab.target.TargetID {
			out = append(out, info)
		}
	}
	return out, nil
}

// closePages closes the pages left in the context, tabs the session never
// attached (opened with noopener, say), and returns what they were.
func (b *instance) closePages(ctx context.Context, p *pooled) ([]*target.Info, error) {
	infos, err := contextTargets(ctx, p, tabCode)
	if err != nil {
		return nil, err
	}
	var pages []*target.Info
	for _, info := range infos {
		if info.Type != "page" {
			continue
		}
		pages = append(pages, info)
		if _, err := cdp.Call(ctx, p.browser, target.CloseTarget, target.CloseTargetParams{TargetID: info.TargetID}); err != nil {
			b.opts.Logf("browser: closing the tab %s (%s) of a released context: %v", info.TargetID, info.URL, err)
		}
	}
	return pages, nil
}

// waitNoTargets waits until no target of the kinds is left in the
// context but its blank tab.
func waitNoTargets(ctx context.Context, p *pooled, kinds map[string]bool) error {
	var left []*target.Info
	err := poll(ctx, nil, func() (bool, error) {
		var err error
		left, err = contextTargets(ctx, p, kinds)
		return len(left) == 0, err
	})
	if err != nil {
		return fmt.Errorf("waiting for %s to go: %w", describeTargets(left), err)
	}
	return nil
}

// originsToClear are the origins whose storage the reset clears: those the
// session's tabs loaded; and when a tab the session never attached was left
// (one the page opened with noopener), whose history is unknown, that tab's
// and every mapped host's, over http and https.
func (b *instance) originsToClear(used []string, left []*target.Info) []string {
	set := map[string]bool{}
	for _, o := range used {
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
// the rest Chromium keeps per origin), the HTTP cache and permissions, all
// at once.
func (b *instance) clearContext(ctx context.Context, p *pooled, origins []string) error {
	calls := []func() error{
		func() error {
			_, err := cdp.Call(ctx, p.browser, storage.ClearCookies, storage.ClearCookiesParams{BrowserContextID: p.bcID})
			return wrap(err, "clearing the cookies")
		},
		func() error {
			_, err := cdp.Call(ctx, p.tab.target, network.ClearBrowserCache, cdp.Empty{})
			return wrap(err, "clearing the cache")
		},
		func() error {
			_, err := cdp.Call(ctx, p.browser, browser.ResetPermissions, browser.ResetPermissionsParams{BrowserContextID: p.bcID})
			return wrap(err, "resetting the permissions")
		},
	}
	for _, o := range origins {
		calls = append(calls, func() error {
			_, err := cdp.Call(ctx, p.tab.target, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: o, StorageTypes: "all"})
			return wrap(err, "clearing the storage of "+o)
		})
	}
	return together(calls)
}

// checkClean checks what the reset must have achieved: no cookie, and,
// once the service workers of the cleared origins have stopped, no target
// but the blank tab.
func (b *instance) checkClean(ctx context.Context, p *pooled) error {
	cookies, err := cdp.Call(ctx, p.browser, storage.GetCookies, storage.GetCookiesParams{BrowserContextID: p.bcID})
	if err != nil {
		return fmt.Errorf("checking the cookies: %w", err)
	}
	if n := len(cookies.Cookies); n > 0 {
		return fmt.Errorf("%d cookies are left, the first for %s", n, cookies.Cookies[0].Domain)
	}
	return waitNoTargets(ctx, p, pageCode)
}

func describeTargets(infos []*target.Info) string {
	parts := make([]string, 0, len(infos))
	for _, info := range infos {
		parts = append(parts, info.Type+" "+info.URL)
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
