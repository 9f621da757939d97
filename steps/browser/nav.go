package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
)

// ErrLoad is returned when a page could not be loaded at all: the host does
// not resolve, the connection is refused, and so on.
var ErrLoad = errors.New("the page did not load")

// Open loads the URL in the current tab, as typing it in the address bar,
// and waits until the new document is loaded. A host name typed without a
// scheme ("intl.alipay.com", "www.aliexpress.com/item/1005001.html") gets
// https://, as the address bar adds it. A URL that is not one of the
// simulated sites is refused (see [ErrRefused]).
func (s *Session) Open(ctx context.Context, url string) error {
	url = typedAddress(url)
	if err := s.b.checkOpen(url); err != nil {
		return fmt.Errorf("opening %s: %w", url, err)
	}
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("opening %s: %w", url, err)
	}
	return s.navigate(ctx, tb, url)
}

// hostTyped is an address as a reader types one into the address bar: a
// host name (its last label letters, so not an address by number), an
// optional port, and a path, query or fragment.
var hostTyped = regexp.MustCompile(`(?i)^([a-z0-9-]+\.)+[a-z]{2,}\.?(:\d+)?([/?#].*)?$`)

// typedAddress is the URL the address bar makes of what a reader typed: a
// host name without a scheme gets https://; anything else is left as it
// is, for the check of what may be opened to judge.
func typedAddress(typed string) string {
	if hostTyped.MatchString(typed) {
		return "https://" + typed
	}
	return typed
}

// navigate loads url in the tab and waits for the new document.
func (s *Session) navigate(ctx context.Context, tb *tab, url string) error {
	start := time.Now()
	mark := tb.navMark()
	res, err := cdp.Call(ctx, tb.t, page.Navigate, page.NavigateParams{URL: url})
	s.pageTime(start)
	if err != nil {
		return fmt.Errorf("opening %s: %w", url, waitErr(ctx, err, start))
	}
	if res.ErrorText != "" {
		return fmt.Errorf("opening %s: %w: %s", url, ErrLoad, res.ErrorText)
	}
	if res.LoaderID != "" {
		// A new document is on its way; until the browser reports its
		// navigation, the old document is not the one to wait for.
		tb.awaitNavigation(mark)
	}
	if err := s.waitLoaded(ctx, tb); err != nil {
		return fmt.Errorf("opening %s: %w", url, err)
	}
	return nil
}

// ready returns the current tab once an action can run on it: no dialog
// open, in front, and its document loaded.
func (s *Session) ready(ctx context.Context) (*tab, error) {
	tb, err := s.current()
	if err != nil {
		return nil, err
	}
	if err := s.usable(tb); err != nil {
		return nil, err
	}
	if err := s.toFront(ctx, tb); err != nil {
		return nil, err
	}
	return tb, s.waitLoaded(ctx, tb)
}

// waitLoaded waits until no navigation of the tab's main frame is pending
// and its document is complete, or interactive with its DOMContentLoaded
// handlers run (readyJS). A dialog that opens while
// the page loads ends the wait: the page cannot go on until it is handled.
func (s *Session) waitLoaded(ctx context.Context, tb *tab) error {
	start := time.Now()
	defer s.pageTime(start)
	state := ""
	err := poll(ctx, tb.watch, func() (bool, error) {
		var done bool
		var err error
		done, state, err = tb.loadState(ctx)
		return done, err
	})
	if err != nil && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)) {
		return fmt.Errorf("%s is still loading (%s): %w", s.pageURL(ctx, tb), state, waitErr(ctx, err, start))
	}
	return err
}

// loadState says, once, whether the tab's document is loaded (or a
// dialog holds it, which ends any wait for it) and how far it has got:
// "navigating", or its document.readyState.
func (tb *tab) loadState(ctx context.Context) (bool, string, error) {
	pending, closed := tb.state()
	switch {
	case closed:
		return false, "", ErrTabClosed
	case tb.pendingDialog() != nil:
		return true, "", nil
	case pending:
		return false, "navigating", nil
	case tb.loadedNow():
		return true, "complete", nil
	}
	state := ""
	if err := tb.eval(ctx, readyState, &state); err != nil {
		return false, "navigating", nil
	}
	return documentReady(state), state, nil
}

// toFront brings the tab to the front when another tab may be there: a page
// in the background gets no animation frames and may be throttled.
func (s *Session) toFront(ctx context.Context, tb *tab) error {
	s.mu.Lock()
	front := s.front == tb
	s.mu.Unlock()
	if front {
		return nil
	}
	if _, err := cdp.Call(ctx, tb.t, page.BringToFront, cdp.Empty{}); err != nil {
		return fmt.Errorf("bringing the tab to the front: %w", err)
	}
	s.mu.Lock()
	s.front = tb
	s.mu.Unlock()
	return nil
}

// URL returns the address of the current tab's page. It does not wait for
// the page to load, and works while a dialog is open.
func (s *Session) URL(ctx context.Context) (string, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.current()
	if err != nil {
		return "", err
	}
	return s.tabURL(ctx, tb)
}

// tabURL asks the browser for the address of the tab.
func (s *Session) tabURL(ctx context.Context, tb *tab) (string, error) {
	res, err := cdp.Call(ctx, s.browserSession(), target.GetTargetInfo, target.GetTargetInfoParams{TargetID: tb.targetID()})
	if err != nil {
		return "", fmt.Errorf("reading the address of the tab: %w", err)
	}
	return res.TargetInfo.URL, nil
}

// pageURL is the tab's address for an error message; it works when ctx has
// already ended.
func (s *Session) pageURL(ctx context.Context, tb *tab) string {
	ctx, cancel := afterwards(ctx)
	defer cancel()
	u, err := s.tabURL(ctx, tb)
	if err != nil {
		return "(unknown page)"
	}
	return u
}

// Title returns the title of the current tab's document, once loaded.
func (s *Session) Title(ctx context.Context) (string, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.ready(ctx)
	if err != nil {
		return "", fmt.Errorf("reading the title: %w", err)
	}
	var title string
	if err := tb.eval(ctx, "document.title", &title); err != nil {
		return "", fmt.Errorf("reading the title: %w", err)
	}
	return title, nil
}

// WaitURL waits until the current tab's address matches want: a full URL
// ("https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"), a path
// with an optional query when want starts with "/" ("/user/queryUserBindCard.htm"),
// a host and path without a scheme ("intl.alipay.com/user/queryUserBindCard.htm"),
// or a host alone, any page of that site ("login.aliexpress.com").
// A query in want must match as a set of parameters; a query in the address
// that want does not mention is ignored only for the path and host forms.
func (s *Session) WaitURL(ctx context.Context, want string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.current()
	if err != nil {
		return err
	}
	m, err := parseURLPattern(want)
	if err != nil {
		return err
	}
	got := ""
	defer s.pageTime(time.Now())
	err = poll(ctx, tb.watch, func() (bool, error) {
		u, err := s.tabURL(ctx, tb)
		if err != nil {
			return false, nil
		}
		got = u
		return m.matches(u), nil
	})
	if err != nil {
		return fmt.Errorf("waiting to be on %s: the page is %s: %w", want, got, waitErr(ctx, err, start))
	}
	return nil
}

// pageNamed is the page's answer to whether it is the page a reader names:
// its title and first visible main heading, and whether either holds the name.
type pageNamed struct {
	OK      bool   `json:"ok"`
	Title   string `json:"title"`
	Heading string `json:"heading"`
}

// pageNamedJS asks the page whether its title (whole, when whole is set) or,
// unless titleOnly, a visible main heading holds the name; whitespace is
// collapsed and letter case ignored.
const pageNamedJS = `((want, whole, titleOnly) => {
  const norm = s => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
  const w = norm(want);
  const fits = s => whole ? norm(s) === w : norm(s).includes(w);
  const heads = [...document.querySelectorAll('h1')].filter(h => h.checkVisibility ? h.checkVisibility() : h.offsetParent !== null);
  const title = (document.title || '').replace(/\s+/g, ' ').trim();
  const heading = heads.length ? heads[0].innerText.replace(/\s+/g, ' ').trim() : '';
  return {ok: fits(title) || (!titleOnly && heads.some(h => fits(h.innerText))), title, heading};
})`

// WaitPage waits until the current tab shows the page a reader names by
// what it is called ("My Alipay"): its title or its main heading holds the
// name, whitespace collapsed and letter case ignored.
func (s *Session) WaitPage(ctx context.Context, name string) error {
	return s.waitNamed(ctx, name, false, false)
}

// WaitTitle waits until the current tab's title is want (whole is set) or
// holds it, whitespace collapsed and letter case ignored.
func (s *Session) WaitTitle(ctx context.Context, want string, whole bool) error {
	return s.waitNamed(ctx, want, whole, true)
}

func (s *Session) waitNamed(ctx context.Context, want string, whole, titleOnly bool) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	what := fmt.Sprintf("to be on the page %q", want)
	if titleOnly {
		what = fmt.Sprintf("for the title %q", want)
	}
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("waiting %s: %w", what, err)
	}
	args, _ := json.Marshal([]any{want, whole, titleOnly})
	expr := pageNamedJS + "(..." + string(args) + ")"
	defer s.pageTime(time.Now())
	var last pageNamed
	err = poll(ctx, tb.watch, func() (bool, error) {
		if err := s.usable(tb); err != nil {
			return false, err
		}
		if pending, _ := tb.state(); pending {
			return false, nil
		}
		if err := tb.eval(ctx, expr, &last); err != nil {
			return false, nil
		}
		return last.OK, nil
	})
	if err == nil {
		return nil
	}
	shows := fmt.Sprintf("titled %q", last.Title)
	if !titleOnly && last.Heading != "" && last.Heading != last.Title {
		shows += fmt.Sprintf(", its heading %q", last.Heading)
	}
	return fmt.Errorf("waiting %s: the page is %s, %s: %w", what, s.pageURL(ctx, tb), shows, waitErr(ctx, err, start))
}

// Reload loads the current tab's page again, as a reader pressing the
// browser's reload button does, and waits until the new document is loaded.
func (s *Session) Reload(ctx context.Context) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("reloading the page: %w", err)
	}
	mark := tb.navMark()
	if _, err := cdp.Call(ctx, tb.t, page.Reload, page.ReloadParams{}); err != nil {
		return fmt.Errorf("reloading %s: %w", s.pageURL(ctx, tb), waitErr(ctx, err, start))
	}
	// The reload's navigation is on its way: until the browser reports it,
	// the old document is not the one to wait for.
	tb.awaitNavigation(mark)
	if err := s.waitLoaded(ctx, tb); err != nil {
		return fmt.Errorf("reloading the page: %w", err)
	}
	return nil
}

// Settle waits, for at most max, until the current tab's page is loaded
// and has been answered every request it sent (its scripts' fetches too),
// or a dialog is open; a page still busy after max is left as it is. It is
// what a reader's "wait a few seconds" asks for: the checks that follow
// wait for what they check on their own.
func (s *Session) Settle(ctx context.Context, max time.Duration) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.current()
	if err != nil {
		return err
	}
	wctx, wcancel := context.WithTimeout(ctx, max)
	defer wcancel()
	defer s.pageTime(time.Now())
	err = poll(wctx, tb.watch, func() (bool, error) {
		if tb.pendingDialog() != nil {
			return true, nil
		}
		tb.mu.Lock()
		idle := len(tb.tracked) == 0
		tb.mu.Unlock()
		if !idle {
			return false, nil
		}
		done, _, err := tb.loadState(wctx)
		return done, err
	})
	if err == nil || errors.Is(err, context.DeadlineExceeded) {
		return nil // settled, or the time is over: either way the wait is done
	}
	return err
}

// Shown is which document a session shows: the current tab and the
// loader of its main frame's document. Two are equal when the session
// shows the same document.
type Shown struct {
	tab    *tab
	loader cdp.LoaderID
}

// Shown is the document the session shows now: the zero Shown when it has
// no tab. It asks the browser nothing.
func (s *Session) Shown() Shown {
	tb, err := s.current()
	if err != nil {
		return Shown{}
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return Shown{tab: tb, loader: tb.loader}
}

// WaitNewPage waits until the session shows another document than before
// did: a page the tab loaded since (a link followed, a form sent, a
// reload), or another tab. A menu opened or a pop-up shown on the same
// page is no new page.
func (s *Session) WaitNewPage(ctx context.Context, before Shown) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.current()
	if err != nil {
		return err
	}
	err = poll(ctx, tb.watch, func() (bool, error) { return s.Shown() != before, nil })
	if err != nil {
		return fmt.Errorf("waiting for a new page: the page is still %s, the one shown when the step before this one started: %w", s.pageURL(ctx, tb), waitErr(ctx, err, start))
	}
	return nil
}
