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

// ErrDialogOpen is returned by an action on a tab that shows a native dialog
// (alert, confirm, prompt): the page is frozen until the dialog is accepted
// or dismissed.
var ErrDialogOpen = errors.New("a browser dialog is open")

// ErrNoDialog is returned when no native dialog opened before the deadline.
var ErrNoDialog = errors.New("no browser dialog opened")

// ErrTabClosed is returned by an action on a tab that has been closed.
var ErrTabClosed = errors.New("the tab has been closed")

// AcceptDialog waits for a native dialog and accepts it (OK), as a reader
// confirming "Delete this card?". It returns once the page has carried on.
func (s *Session) AcceptDialog(ctx context.Context) error {
	return s.closeDialog(ctx, true)
}

// DismissDialog waits for a native dialog and dismisses it (Cancel).
func (s *Session) DismissDialog(ctx context.Context) error {
	return s.closeDialog(ctx, false)
}

// dialogWords are the names of a browser dialog's buttons, as the articles
// and their readers write them: OK accepts, Cancel dismisses.
var dialogWords = map[string]bool{
	"ok": true, "okay": true, "ок": true, "oke": true, "ओके": true, "ठीक है": true, "sawa": true,
	"cancel": false, "отмена": false, "отменить": false, "batal": false, "रद्द करें": false, "रद्द": false, "ghairi": false, "katisha": false,
}

// dialogButton says whether a click's name is a browser dialog's button,
// and whether that button accepts the dialog.
func dialogButton(name string) (accept, ok bool) {
	accept, ok = dialogWords[strings.ToLower(strings.TrimSpace(name))]
	return accept, ok
}

// DialogText waits for a native dialog to be open and returns its message.
func (s *Session) DialogText(ctx context.Context) (string, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	_, d, err := s.waitDialog(ctx)
	if err != nil {
		return "", err
	}
	return d.Message, nil
}

func (s *Session) closeDialog(ctx context.Context, accept bool) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	doing := map[bool]string{true: "accepting", false: "dismissing"}[accept]
	tb, d, err := s.waitDialog(ctx)
	if err != nil {
		return err
	}
	m := tb.actionMark()
	defer s.pageTime(time.Now())
	_, err = cdp.Call(ctx, tb.t, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: accept})
	if err != nil {
		return fmt.Errorf("%s the %s %q: %w", doing, d.Type, d.Message, err)
	}
	if err := tb.waitInflight(ctx); err != nil {
		return fmt.Errorf("%s the %s %q: waiting for the page to carry on: %w", doing, d.Type, d.Message, err)
	}
	tb.noteNavigation(ctx, m.nav)
	if err := s.finish(ctx, tb, m); err != nil {
		return fmt.Errorf("%s the %s %q: %w", doing, d.Type, d.Message, err)
	}
	return nil
}

// waitDialog waits until a tab of the session shows a native dialog, the
// current tab first, and returns the tab and the dialog.
func (s *Session) waitDialog(ctx context.Context) (*tab, *page.EventJavascriptDialogOpening, error) {
	start := time.Now()
	cur, err := s.current()
	if err != nil {
		return nil, nil, err
	}
	var found *tab
	var dialog *page.EventJavascriptDialogOpening
	err = poll(ctx, cur.watch, func() (bool, error) {
		for _, tb := range s.tabsCurrentFirst() {
			if d := tb.pendingDialog(); d != nil {
				found, dialog = tb, d
				return true, nil
			}
		}
		return false, nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%w on %s: %w", ErrNoDialog, s.pageURL(ctx, cur), waitErr(ctx, err, start))
	}
	return found, dialog, nil
}

// tabsCurrentFirst returns the session's tabs, the current one first.
func (s *Session) tabsCurrentFirst() []*tab {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*tab, 0, len(s.tabs))
	if s.cur != nil {
		out = append(out, s.cur)
	}
	for _, tb := range s.tabs {
		if tb != s.cur {
			out = append(out, tb)
		}
	}
	return out
}

// usable fails when an action cannot run on the tab now: it is closed, or a
// dialog freezes it.
func (s *Session) usable(tb *tab) error {
	if _, closed := tb.state(); closed {
		return ErrTabClosed
	}
	if d := tb.pendingDialog(); d != nil {
		return fmt.Errorf("%w: %s %q on %s; accept or dismiss it first", ErrDialogOpen, d.Type, d.Message, d.URL)
	}
	return nil
}

// waitInflight waits until the dialog is gone and the browser has answered
// the input events it held, so that whatever the page does next (a form
// submission, say) has begun.
func (tb *tab) waitInflight(ctx context.Context) error {
	return poll(ctx, tb.watch, func() (bool, error) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		return tb.inflight == 0 && tb.dialog == nil, nil
	})
}
