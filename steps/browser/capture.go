package browser

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
)

// ErrNoPage is returned by Screenshot when the tab has shown no page yet.
var ErrNoPage = errors.New("no page open yet")

// maxCaptureTries bounds how often a capture that the page's navigation
// spoiled is made again.
const maxCaptureTries = 2

// Screenshot returns a PNG of the current tab's viewport, of the state the
// last action left: a navigation under way is given part of the deadline to
// commit and show its document; a page that does not load in that time is
// taken as it is. Taking it leaves the page as it was: no resize, no change
// of scale or scroll, even on an emulated device. A native dialog freezes
// the page, so with one open it fails with ErrDialogOpen; a tab that has
// shown no page yet fails with ErrNoPage.
func (s *Session) Screenshot(ctx context.Context) ([]byte, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.captureTab(ctx)
	if err != nil {
		return nil, fmt.Errorf("taking a screenshot: %w", err)
	}
	var shot []byte
	err = s.captureRetrying(ctx, tb, func(ctx context.Context) error {
		shot, err = tb.screencastFrame(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("taking a screenshot of %s: %w", s.pageURL(ctx, tb), err)
	}
	return shot, nil
}

// DOM returns the current tab's document as HTML, doctype included, once a
// navigation under way has committed (or part of the deadline has passed:
// a page that does not load is read as it is). With a native dialog open
// it fails with ErrDialogOpen.
func (s *Session) DOM(ctx context.Context) (string, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.captureTab(ctx)
	if err != nil && !errors.Is(err, ErrNoPage) {
		return "", fmt.Errorf("reading the page's HTML: %w", err)
	}
	const expr = `(document.doctype ? new XMLSerializer().serializeToString(document.doctype) + "\n" : "") +
		(document.documentElement ? document.documentElement.outerHTML : "")`
	var html string
	err = s.captureRetrying(ctx, tb, func(ctx context.Context) error { return tb.eval(ctx, expr, &html) })
	if err != nil {
		return "", fmt.Errorf("reading the HTML of %s: %w", s.pageURL(ctx, tb), err)
	}
	return html, nil
}

// captureTab returns the current tab once evidence can be taken of it: no
// dialog open, in front, and a navigation under way committed and its
// document interactive, or a third of the time left spent waiting for that.
func (s *Session) captureTab(ctx context.Context) (*tab, error) {
	tb, err := s.current()
	if err == nil {
		err = s.usable(tb)
	}
	if err == nil {
		err = s.toFront(ctx, tb)
	}
	if err != nil {
		return nil, err
	}
	s.settleForCapture(ctx, tb)
	if err := s.usable(tb); err != nil {
		return nil, err
	}
	if tb.noPage(ctx) {
		return tb, ErrNoPage
	}
	return tb, nil
}

// noPage reports whether the tab has shown no page yet: no document has
// committed in it since the session has it, and it is blank.
func (tb *tab) noPage(ctx context.Context) bool {
	tb.mu.Lock()
	committed := tb.loader != ""
	tb.mu.Unlock()
	if committed {
		return false
	}
	u, err := tb.sess.tabURL(ctx, tb)
	return err == nil && (u == "" || u == "about:blank")
}

// settleForCapture waits, for at most a third of the time ctx has left,
// until the tab's document is loaded; a page that stays loading is taken as
// it is.
func (s *Session) settleForCapture(ctx context.Context, tb *tab) {
	wait := 2 * time.Second
	if dl, ok := ctx.Deadline(); ok {
		wait = time.Until(dl) / 3
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := s.waitLoaded(wctx, tb); err != nil {
		s.b.opts.Logf("taking evidence of a page still loading: %v", err)
	}
}

// captureRetrying runs capture on the tab, again when it failed while the
// tab's document was being replaced (the browser shows a page of another
// site from another renderer, and a capture sent meanwhile fails with "Not
// attached to an active page" or waits for a frame that never comes). Each
// try gets part of the time left.
func (s *Session) captureRetrying(ctx context.Context, tb *tab, capture func(context.Context) error) error {
	var err error
	for try := 1; try <= maxCaptureTries; try++ {
		tctx, cancel := context.WithTimeout(ctx, tryTime(ctx, maxCaptureTries-try+1))
		err = capture(tctx)
		cancel()
		if err == nil || ctx.Err() != nil || tb.pendingDialog() != nil {
			break
		}
		s.b.opts.Logf("capturing %s: %v; again once the page is there", s.pageURL(ctx, tb), err)
		s.settleForCapture(ctx, tb)
	}
	return err
}

// tryTime is the time ctx has left shared among tries.
func tryTime(ctx context.Context, tries int) time.Duration {
	dl, ok := ctx.Deadline()
	if !ok {
		return 5 * time.Second
	}
	return time.Until(dl) / time.Duration(tries)
}

// screencastFrame returns a PNG of what the tab shows, once the page has
// drawn what it holds now. It takes the frame the browser shows rather
// than asking for a screenshot: with a device emulated, the browser makes a
// screenshot by emulating another scale for a moment, which the page sees
// (it resizes and redraws) and which moves the next click.
func (tb *tab) screencastFrame(ctx context.Context) ([]byte, error) {
	// Two frames, and the first with the page's text on it shown, so that
	// the frame shows what the page holds now; a page too busy to draw them
	// in a third of the time is taken as it is.
	sctx, cancel := context.WithTimeout(ctx, tryTime(ctx, 3))
	// The characters of a card's number, its code or a password typed in a
	// field are hidden while the frame is taken, as a password field shows
	// them: no report holds one in a picture.
	var masked int
	if err := tb.run(sctx, "maskSecrets", nil, &masked); err != nil {
		cancel()
		return nil, fmt.Errorf("hiding the card numbers and codes of the page's fields: %w", err)
	}
	if masked > 0 {
		defer func() {
			uctx, ucancel := afterwards(ctx)
			defer ucancel()
			_ = tb.run(uctx, "unmaskSecrets", nil, nil)
		}()
	}
	if err := tb.run(sctx, "painted", nil, nil); err != nil {
		tb.sess.b.opts.Logf("taking a frame of a page that did not draw: %v", err)
	}
	cancel()
	frames := make(chan *page.EventScreencastFrame, 1)
	tb.update(func() { tb.frames = frames })
	defer tb.update(func() { tb.frames = nil })
	stop := func() {
		sctx, cancel := afterwards(ctx)
		defer cancel()
		_, _ = cdp.Call(sctx, tb.t, page.StopScreencast, cdp.Empty{})
	}
	_, err := cdp.Call(ctx, tb.t, page.StartScreencast, page.StartScreencastParams{Format: page.StartScreencastFormatPng, EveryNthFrame: 1})
	if err != nil && strings.Contains(err.Error(), "already active") {
		// A screencast an earlier capture could not stop in time.
		stop()
		_, err = cdp.Call(ctx, tb.t, page.StartScreencast, page.StartScreencastParams{Format: page.StartScreencastFormatPng, EveryNthFrame: 1})
	}
	if err != nil {
		return nil, err
	}
	defer stop()
	select {
	case f := <-frames:
		_, err := cdp.Call(ctx, tb.t, page.ScreencastFrameAck, page.ScreencastFrameAckParams{SessionID: f.SessionID})
		if err != nil {
			return nil, err
		}
		return f.Data, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for the page's frame: %w", ctx.Err())
	}
}
