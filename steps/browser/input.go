package browser

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp/kb"
)

// Click clicks the element a reader would call name: the mouse moves to its
// centre, presses and releases the left button. It waits until the element
// is visible, enabled, not covered and still, scrolling it into view. A
// click that opens a native dialog returns with the dialog pending.
func (s *Session) Click(ctx context.Context, name string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, at, err := s.find(ctx, targetQuery(name))
	if err != nil {
		return fmt.Errorf("clicking: %w", err)
	}
	if err := s.click(ctx, tb, at.X, at.Y); err != nil {
		return fmt.Errorf("clicking %q: %w", name, err)
	}
	return nil
}

// Hover moves the mouse over the element a reader would call name, so that
// CSS :hover and mouse-over handlers apply (a drop-down menu opens).
func (s *Session) Hover(ctx context.Context, name string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, at, err := s.find(ctx, targetQuery(name))
	if err != nil {
		return fmt.Errorf("hovering: %w", err)
	}
	if err := s.mouse(ctx, tb, input.DispatchMouseEventTypeMouseMoved, at.X, at.Y); err != nil {
		return fmt.Errorf("hovering over %q: %w", name, err)
	}
	return nil
}

// find waits for the current tab to be ready and locates q in it.
func (s *Session) find(ctx context.Context, q query) (*tab, located, error) {
	tb, err := s.ready(ctx)
	if err != nil {
		return nil, located{}, err
	}
	at, err := s.locate(ctx, tb, q)
	return tb, at, err
}

// click moves the mouse to (x, y) and clicks there with the left button.
// A navigation the click asks for counts as pending from then on, so that
// the next action waits for the new document.
func (s *Session) click(ctx context.Context, tb *tab, x, y float64) error {
	mark := tb.navMark()
	if err := s.pressAt(ctx, tb, x, y); err != nil {
		return err
	}
	tb.noteNavigation(ctx, mark)
	return nil
}

// noteNavigation asks the page whether the last action made it ask for a
// navigation that the browser has not reported since mark; if so, the tab
// counts as navigating until the browser does. While a navigation is under
// way the browser holds the question until the new document commits, so
// the answer is not awaited once the browser has reported the navigation.
func (tb *tab) noteNavigation(ctx context.Context, mark uint64) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answer := make(chan string, 1)
	go func() {
		var asked string
		if err := tb.run(ctx, "navigationAsked", nil, &asked); err != nil {
			asked = ""
		}
		answer <- asked
	}()
	for {
		changed := tb.watch()
		if tb.navMark() != mark || tb.pendingDialog() != nil {
			return
		}
		select {
		case asked := <-answer:
			if asked != "" {
				tb.awaitNavigation(mark)
			}
			return
		case <-changed:
		case <-ctx.Done():
			return
		}
	}
}

// pressAt moves the mouse to (x, y), presses and releases the left button.
func (s *Session) pressAt(ctx context.Context, tb *tab, x, y float64) error {
	for _, typ := range []input.DispatchMouseEventType{
		input.DispatchMouseEventTypeMouseMoved,
		input.DispatchMouseEventTypeMousePressed,
		input.DispatchMouseEventTypeMouseReleased,
	} {
		if err := s.mouse(ctx, tb, typ, x, y); err != nil {
			return err
		}
		if tb.pendingDialog() != nil {
			return nil
		}
	}
	return nil
}

// mouse sends one mouse event at (x, y) with the left button.
func (s *Session) mouse(ctx context.Context, tb *tab, typ input.DispatchMouseEventType, x, y float64) error {
	p := input.DispatchMouseEventParams{Type: typ, X: x, Y: y}
	if typ != input.DispatchMouseEventTypeMouseMoved {
		p.Button, p.ClickCount = input.MouseButtonLeft, 1
		if typ == input.DispatchMouseEventTypeMousePressed {
			p.Buttons = 1
		}
	}
	return s.send(ctx, tb, func(ctx context.Context) error {
		_, err := cdp.Call(ctx, tb.t, input.DispatchMouseEvent, p)
		return err
	})
}

// typeText types text into the focused element, key by key.
func (s *Session) typeText(ctx context.Context, tb *tab, text string) error {
	for _, r := range text {
		for _, ev := range kb.Encode(r) {
			err := s.send(ctx, tb, func(ctx context.Context) error {
				_, err := cdp.Call(ctx, tb.t, input.DispatchKeyEvent, *ev)
				return err
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// pressKey presses and releases one named key, such as "Backspace".
func (s *Session) pressKey(ctx context.Context, tb *tab, key rune) error {
	for _, ev := range kb.Encode(key) {
		err := s.send(ctx, tb, func(ctx context.Context) error {
			_, err := cdp.Call(ctx, tb.t, input.DispatchKeyEvent, *ev)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// send sends an input event. The browser answers once the page has handled
// the event, and a native dialog the event opens holds that answer until the
// dialog closes; so the event is sent on the tab's own context, and send
// returns as soon as a dialog opens, leaving the answer in flight.
func (s *Session) send(ctx context.Context, tb *tab, call func(context.Context) error) error {
	defer s.pageTime(time.Now())
	done := make(chan error, 1)
	tb.update(func() { tb.inflight++ })
	s.workers.Add(1)
	go func() {
		defer s.workers.Done()
		err := call(tb.ctx)
		tb.update(func() { tb.inflight-- })
		done <- err
	}()
	for {
		changed := tb.watch()
		if tb.pendingDialog() != nil {
			return nil
		}
		select {
		case err := <-done:
			return err
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
