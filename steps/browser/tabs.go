package browser

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// attachTimeout bounds the attaching of a tab the page opened.
const attachTimeout = 10 * time.Second

// targetCreated notes a tab that a page of the session opened (a link with
// target=_blank, window.open), so that it is attached and its dialogs are
// seen. It runs on a tab's event goroutine, so it only queues the target.
func (s *Session) targetCreated(info *target.Info) {
	if info.Type != "page" || info.Subtype != "" || info.OpenerID == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || info.BrowserContextID != s.bcID || s.known[string(info.TargetID)] {
		return
	}
	s.known[string(info.TargetID)] = true
	s.queue = append(s.queue, string(info.TargetID))
	// The browser shows the new tab in front.
	s.front = nil
	select {
	case s.attachWake <- struct{}{}:
	default:
	}
}

// attachLoop attaches the tabs the pages open, until the session ends.
func (s *Session) attachLoop() {
	defer s.workers.Done()
	for {
		select {
		case <-s.life.Done():
			return
		case <-s.attachWake:
		}
		for id := s.dequeue(); id != ""; id = s.dequeue() {
			if _, err := s.attach(target.ID(id)); err != nil {
				s.b.opts.Logf("browser: attaching the tab %s the page opened: %v", id, err)
			}
		}
	}
}

func (s *Session) dequeue() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) == 0 {
		return ""
	}
	id := s.queue[0]
	s.queue = s.queue[1:]
	return id
}

// attach connects to an existing tab of the session's browser context and
// returns it, or the tab already attached with that id.
func (s *Session) attach(id target.ID) (*tab, error) {
	s.attachMu.Lock()
	defer s.attachMu.Unlock()
	if tb := s.tabByID(id); tb != nil {
		return tb, nil
	}
	ctx, cancel := context.WithTimeout(s.life, attachTimeout)
	defer cancel()
	tb := newTab(s)
	// Leave the tab open if attaching fails: it is the page's, and the
	// release of the browser context closes it.
	tctx, tcancel := chromedp.NewContext(s.life, chromedp.WithTargetID(id), chromedp.WithDetachOnCancel(),
		chromedp.WithListener(tb.onEvent))
	if err := s.openTab(ctx, tb, tctx, tcancel); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.tabs = append(s.tabs, tb)
	s.mu.Unlock()
	return tb, nil
}

// openTab runs the tab's first action, which attaches it for as long as
// the session lives, prepares its pages and adopts it.
func (s *Session) openTab(ctx context.Context, tb *tab, tctx context.Context, tcancel context.CancelFunc) error {
	if err := runWithin(ctx, tctx, chromedp.Do); err != nil {
		tcancel()
		return fmt.Errorf("attaching the tab: %w", err)
	}
	if err := installPageScripts(ctx, chromedp.FromContext(tctx).Target); err != nil {
		tcancel()
		return fmt.Errorf("attaching the tab: %w", err)
	}
	if err := s.adopt(ctx, tb, tctx, tcancel); err != nil {
		tcancel()
		return err
	}
	return nil
}

// adopt makes an attached tab the session's: it applies the session's tab
// setups and watches the tab until the session ends.
func (s *Session) adopt(ctx context.Context, tb *tab, tctx context.Context, tcancel context.CancelFunc) error {
	tb.bind(tctx, tcancel)
	for _, setup := range s.tabSetups() {
		if err := setup(ctx, tb); err != nil {
			return fmt.Errorf("setting up the tab: %w", err)
		}
	}
	s.mu.Lock()
	s.known[string(tb.id)] = true
	s.mu.Unlock()
	tb.watchDetach()
	tb.collectConsole()
	return nil
}

func (s *Session) tabByID(id target.ID) *tab {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, tb := range s.tabs {
		if tb.targetID() == id {
			return tb
		}
	}
	return nil
}

func (s *Session) tabSetups() []tabSetup {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tabSetup(nil), s.setups...)
}

// OpenInNewTab opens a new tab in the session's browser context (sharing
// its cookies, as Ctrl+T does), makes it current, and loads url in it. The
// address is read as [Session.Open] reads it: a host name gets https://, and
// a URL that is not one of the simulated sites is refused.
func (s *Session) OpenInNewTab(ctx context.Context, url string) error {
	url = typedAddress(url)
	if err := s.b.checkOpen(url); err != nil {
		return fmt.Errorf("opening %s in a new tab: %w", url, err)
	}
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.newBlankTab(ctx)
	if err != nil {
		return fmt.Errorf("opening %s in a new tab: %w", url, err)
	}
	s.mu.Lock()
	s.cur, s.front = tb, nil
	s.mu.Unlock()
	if err := s.toFront(ctx, tb); err != nil {
		return fmt.Errorf("opening %s in a new tab: %w", url, err)
	}
	return s.navigate(ctx, tb, url)
}

// NewTab opens a new, blank tab in the same browser (it shares the login)
// and makes it current, as a reader's Ctrl+T does: the next address opened
// loads there.
func (s *Session) NewTab(ctx context.Context) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.newBlankTab(ctx)
	if err != nil {
		return fmt.Errorf("opening a new tab: %w", err)
	}
	s.mu.Lock()
	s.cur, s.front = tb, nil
	s.mu.Unlock()
	if err := s.toFront(ctx, tb); err != nil {
		return fmt.Errorf("opening a new tab: %w", err)
	}
	return nil
}

// newBlankTab creates a blank tab in the session's browser context.
func (s *Session) newBlankTab(ctx context.Context) (*tab, error) {
	s.attachMu.Lock()
	defer s.attachMu.Unlock()
	tb := newTab(s)
	tctx, tcancel := chromedp.NewContext(s.life, chromedp.WithListener(tb.onEvent))
	if err := s.openTab(ctx, tb, tctx, tcancel); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.tabs = append(s.tabs, tb)
	s.mu.Unlock()
	return tb, nil
}

// SwitchToTab makes current the tab of the session whose title is title
// (exactly, else ignoring case, else holding it; whitespace collapsed),
// waiting until such a tab exists. When several tabs have the title, the
// last one the browser lists wins. Tabs the page opens do not become current by themselves.
func (s *Session) SwitchToTab(ctx context.Context, title string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	var id target.ID
	var titles []string
	err := poll(ctx, nil, func() (bool, error) {
		infos, err := s.pageTargets(ctx)
		if err != nil {
			return false, err
		}
		id, titles = pickByTitle(infos, title)
		return id != "", nil
	})
	if err != nil {
		return fmt.Errorf("no tab titled %q (open tabs: %s): %w", title, quoteList(titles), waitErr(ctx, err, start))
	}
	tb, err := s.attach(id)
	if err != nil {
		return fmt.Errorf("switching to the tab %q: %w", title, err)
	}
	s.mu.Lock()
	s.cur = tb
	s.mu.Unlock()
	if err := s.toFront(ctx, tb); err != nil {
		return fmt.Errorf("switching to the tab %q: %w", title, err)
	}
	return nil
}

// pageTargets lists the pages of the session's browser context.
func (s *Session) pageTargets(ctx context.Context) ([]*target.Info, error) {
	res, err := cdp.Call(ctx, s.browserSession(), target.GetTargets, target.GetTargetsParams{})
	if err != nil {
		return nil, fmt.Errorf("listing the tabs: %w", err)
	}
	var out []*target.Info
	for _, info := range res.TargetInfos {
		if info.Type == "page" && info.Subtype == "" && info.BrowserContextID == s.browserContextID() && info.TargetID != s.p.keeper {
			out = append(out, info)
		}
	}
	return out, nil
}

// pickByTitle returns the id of the last page titled title (exactly
// first, then ignoring case, then a title that holds it, as a reader names
// a tab by the words it shows: "AliExpress" for "AliExpress - Online
// Shopping"), and the titles of all pages.
func pickByTitle(infos []*target.Info, title string) (target.ID, []string) {
	want := collapse(title)
	var exact, folded, holds target.ID
	titles := make([]string, 0, len(infos))
	for _, info := range infos {
		got := collapse(info.Title)
		titles = append(titles, got)
		switch {
		case got == want:
			exact = info.TargetID
		case strings.EqualFold(got, want):
			folded = info.TargetID
		case want != "" && strings.Contains(strings.ToLower(got), strings.ToLower(want)):
			holds = info.TargetID
		}
	}
	return cmp.Or(exact, folded, holds), titles
}

// collapse trims s and collapses its runs of whitespace to one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func quoteList(items []string) string {
	if len(items) == 0 {
		return "none"
	}
	q := make([]string, len(items))
	for i, it := range items {
		q[i] = fmt.Sprintf("%q", it)
	}
	return strings.Join(q, ", ")
}

// browserContextID returns the id of the session's browser context.
func (s *Session) browserContextID() cdp.BrowserContextID {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bcID
}
