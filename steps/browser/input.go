package browser

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp/kb"
)

// Click clicks the element a reader would call name: the mouse moves to its
// centre, presses and releases the left button. It waits until the element
// is visible, enabled, not covered and still, scrolling it into view. A
// name cut short with "..." or "…" at either end, as articles quote one,
// matches a name that holds the rest. A click that opens a native dialog
// returns with the dialog pending.
func (s *Session) Click(ctx context.Context, name string) error {
	return s.ClickIn(ctx, Scope{}, name)
}

// ClickIn is Click on the element named name within a part of the page
// (see [NextTo] and [InSection]), as a reader says which "Remove card" of a
// list they mean. Where several elements answer as well as the one clicked,
// the first is clicked and the step's notes (TakeNotes) say so.
func (s *Session) ClickIn(ctx context.Context, in Scope, name string) error {
	accept, dialogWord := dialogButton(name)
	if dialogWord && (in == (Scope{}) || in.kind == "popup") {
		if tb, err := s.current(); err == nil {
			if d := tb.pendingDialog(); d != nil && (accept || d.Type != "alert") {
				_, err := s.closeDialog(ctx, accept)
				return err
			}
		}
		// "OK in the pop-up" of a pop-up whose buttons say otherwise
		// ("Delete") is its confirming button, as accepting it is.
		if in.kind == "popup" {
			if _, err := s.answerPopupFor(ctx, name, accept); err != errNoSuchPopup {
				return err
			}
		}
		// "Batal" (Отмена, ओके) is the page's own pop-up's "Cancel" ("OK")
		// where it has that button and none of the word's.
		own := "Cancel"
		if accept {
			own = "OK"
		}
		if in == (Scope{}) && !strings.EqualFold(name, own) {
			if p, ok := s.openPopup(ctx); ok && !p.has(name) && p.has(own) {
				return s.ClickIn(ctx, InPopup(), own)
			}
		}
	}
	if !dialogWord && in.kind == "popup" {
		if tb, err := s.current(); err == nil {
			if d := tb.pendingDialog(); d != nil {
				buttons, answer := `"OK" and "Cancel"`, `I click "OK" in the pop-up (I accept the alert) or I click "Cancel" in the pop-up (I dismiss the alert)`
				if d.Type == "alert" {
					buttons, answer = `"OK" only`, `I click "OK" in the pop-up (I accept the alert)`
				}
				return fmt.Errorf("clicking %q in the pop-up: the pop-up open is the browser's own %s %q on %s, whose buttons are %s, not %q; a step answers it by its own buttons: %s",
					name, d.Type, d.Message, d.URL, buttons, name, answer)
			}
		}
	}
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, at, err := s.find(ctx, scopedTarget(name, in))
	if err != nil {
		if dialogWord {
			return fmt.Errorf("clicking: %w%s", err, s.popupHint(tb, accept))
		}
		return fmt.Errorf("clicking: %w", err)
	}
	if at.Same > 1 {
		s.note("%d elements named %q%s are on %s; clicking the first (%s); a step can say which, as in %s",
			at.Same, name, in, s.pageURL(ctx, tb), at.Desc, `I click "Remove card" next to "Visa •••• 4242"`)
	}
	if err := s.click(ctx, tb, at); err != nil {
		return fmt.Errorf("clicking %q%s: %w", name, in, err)
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
	m := tb.actionMark()
	if err := s.mouse(ctx, tb, input.DispatchMouseEventTypeMouseMoved, at.X, at.Y); err != nil {
		return fmt.Errorf("hovering over %q: %w", name, err)
	}
	tb.update(func() { tb.hovered = hoverMark{name: name, doc: at.Doc} })
	tb.noteNavigation(ctx, m.nav)
	if err := s.finish(ctx, tb, m); err != nil {
		return fmt.Errorf("hovering over %q: %w", name, err)
	}
	return nil
}

// hoverMark is what a hover was over: the name of the element and the
// document it was in.
type hoverMark struct {
	name, doc string
}

// rehover moves the mouse over the element the last hover on the document
// doc was over, where it is now, so that the menu it opens is open again: a
// banner or an image that came in above it may have moved it from under the
// mouse, which closes a menu that CSS :hover opens. It reports whether it
// did; the menu's items are then reached from the trigger, through the menu.
func (s *Session) rehover(ctx context.Context, tb *tab, doc string) bool {
	tb.mu.Lock()
	h := tb.hovered
	tb.mu.Unlock()
	if h.name == "" || doc == "" || h.doc != doc {
		return false
	}
	q := targetQuery(h.name)
	var at located
	if err := tb.run(ctx, q.op, q.arg, &at); err != nil || at.Status != "ok" {
		return false
	}
	s.b.opts.Logf("the menu of %q closed; moving the mouse over %q again", h.name, h.name)
	return s.mouse(ctx, tb, input.DispatchMouseEventTypeMouseMoved, at.X, at.Y) == nil
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

// click moves the mouse to (x, y) and clicks there with the left button,
// then makes sure the page got the click: the browser drops input meant for
// a document it has not shown yet without a word, so a click that nothing
// in the page received is made again once the page has shown two frames. A
// click that reached another element than the one located is an error
// naming both. The click is done when what it started is (see finish): the
// page it loads is ready, the requests it sent are answered.
func (s *Session) click(ctx context.Context, tb *tab, at located) error {
	m := tb.actionMark()
	out, err := s.press(ctx, tb, at)
	if err != nil || out.Status == "dialog" {
		return err
	}
	if out.Status == "refused" {
		return acted{refusedForm(out.Fields)}
	}
	if err := s.finish(ctx, tb, m); err != nil {
		return acted{err}
	}
	return nil
}

// acted is the error of an action that found its element and acted on it,
// and then went wrong (what it started did not end in time, the browser
// refused the form): not one of an element missing.
type acted struct{ err error }

func (a acted) Error() string { return a.err.Error() }
func (a acted) Unwrap() error { return a.err }

// Acted says whether err is of an action that found its element and acted
// on it (see acted): the label the step was written with is on the page.
func Acted(err error) bool {
	var a acted
	return errors.As(err, &a)
}

// refusedForm is the error of a click on a form's button that sent
// nothing, as the browser refused the form's fields.
func refusedForm(fields []InvalidField) error {
	return fmt.Errorf("the browser did not send the form: it %s", Refusals(fields))
}

// press clicks at the located point until the page got the click, and
// returns what came of it.
func (s *Session) press(ctx context.Context, tb *tab, at located) (clickResult, error) {
	armed := clickMark{Doc: at.Doc, Seen: at.Seen}
	for try := 1; ; try++ {
		mark := tb.navMark()
		pressing := time.Now()
		if err := s.pressAt(ctx, tb, at.X, at.Y); err != nil {
			return clickResult{}, err
		}
		checking := time.Now()
		s.took(TimingPress, pressing)
		out, err := tb.clickOutcome(ctx, mark, armed)
		s.took(TimingClickCheck, checking)
		if err != nil && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)) {
			return out, fmt.Errorf("waiting for the page to take the click: %w", err)
		}
		if err != nil || out.Status != "lost" {
			return out, err
		}
		if try == maxClickTries {
			return out, fmt.Errorf("the page at %s did not get the click at (%.0f, %.0f) in %d tries", s.pageURL(ctx, tb), at.X, at.Y, try)
		}
		// Nothing got the click, so the document's count of presses is
		// still what armed says.
		s.b.opts.Logf("the page did not get the click at (%.0f, %.0f); clicking again once it has shown two frames", at.X, at.Y)
		if err := tb.run(ctx, "settle", nil, nil); err != nil {
			return out, err
		}
	}
}

// maxClickTries bounds how often a click nothing received is made again.
const maxClickTries = 3

// clickMark is which document a click was meant for and how many mouse
// presses it had had before, as the locate that found the element saw.
type clickMark struct {
	Doc  string `json:"doc"`
	Seen int    `json:"seen"`
}

// clickResult is what came of a click: "ok", "newdoc" (another document is
// there now), "navigating" (the page asked for one), "lost" (nothing in the
// page got it), "elsewhere" (another element than the one located got it),
// "dialog" (a native dialog opened), "refused" (the browser refused the
// fields of the form whose button it was, and sent nothing).
type clickResult struct {
	Status string         `json:"status"`
	Desc   string         `json:"desc"`
	By     string         `json:"by"`
	Fields []InvalidField `json:"fields"` // "refused": the fields the browser refused
}

// clickOutcome asks the page what came of the click made since mark and
// armed. A navigation the page asked for and the browser has not reported
// yet makes the tab count as navigating until it does.
func (tb *tab) clickOutcome(ctx context.Context, mark uint64, armed clickMark) (clickResult, error) {
	if armed.Doc == "" {
		return clickResult{Status: "ok"}, nil
	}
	var res clickResult
	switch asked, err := tb.ask(ctx, mark, "clickOutcome", armed, &res); {
	case asked == askDialog:
		return clickResult{Status: "dialog"}, nil
	case asked == askNavigated:
		return clickResult{Status: "newdoc"}, nil
	case err != nil && ctx.Err() != nil:
		return clickResult{}, ctx.Err()
	case err != nil:
		// The document went away while answering: a navigation.
		tb.sess.b.opts.Logf("after a click: %v", err)
		tb.awaitNavigation(mark)
		return clickResult{Status: "newdoc"}, nil
	case res.Status == "navigating":
		tb.awaitNavigation(mark)
	case res.Status == "elsewhere":
		return res, fmt.Errorf("the click meant for %s reached %s instead", res.Desc, res.By)
	}
	return res, nil
}

// noteNavigation asks the page whether the last action made it ask for a
// navigation that the browser has not reported since mark; if so, the tab
// counts as navigating until the browser does.
func (tb *tab) noteNavigation(ctx context.Context, mark uint64) {
	var url string
	if asked, err := tb.ask(ctx, mark, "navigationAsked", nil, &url); asked == askAnswered && err == nil && url != "" {
		tb.awaitNavigation(mark)
	}
}

// How a question to the page after an action ended.
const (
	askAnswered  = iota // the page answered, or failed to
	askDialog           // a native dialog opened
	askNavigated        // the browser reported a navigation since the mark
)

// ask runs the locator's op in the page after an action, unless and until
// a dialog opens or the browser reports a navigation since mark: while a
// navigation is under way the browser holds the question until the new
// document commits, and a dialog holds it until it closes.
func (tb *tab) ask(ctx context.Context, mark uint64, op string, arg, out any) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answer := make(chan error, 1)
	go func() { answer <- tb.run(ctx, op, arg, out) }()
	for {
		changed := tb.watch()
		if tb.pendingDialog() != nil {
			return askDialog, nil
		}
		if tb.navMark() != mark {
			return askNavigated, nil
		}
		select {
		case err := <-answer:
			return askAnswered, err
		case <-changed:
		case <-ctx.Done():
			return askAnswered, ctx.Err()
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

// typeText types text into the focused element. When the page listens for
// no keyboard or input event anywhere (window, document or any element),
// nothing on it can tell keystrokes from text an input method commits, and
// the text goes in at once, in one round trip; otherwise, and for text with
// a line break or tab (which a key would act on), key by key.
func (s *Session) typeText(ctx context.Context, tb *tab, text string) error {
	if !strings.ContainsAny(text, "\n\r\t") {
		listens, err := tb.listensForTyping(ctx)
		if err != nil {
			return err
		}
		if !listens {
			return s.send(ctx, tb, func(ctx context.Context) error {
				_, err := cdp.Call(ctx, tb.t, input.InsertText, input.InsertTextParams{Text: text})
				return err
			})
		}
	}
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

// PressEnter presses and releases Enter in the element that has the focus
// (the field a step filled last), as a reader sends a form from its field.
// It is done when what it started is (see finish): the page the form
// loads is ready, the requests it sent are answered.
func (s *Session) PressEnter(ctx context.Context) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("pressing Enter: %w", err)
	}
	m := tb.actionMark()
	if err := s.pressKey(ctx, tb, '\r'); err != nil {
		return fmt.Errorf("pressing Enter on %s: %w", s.pageURL(ctx, tb), err)
	}
	tb.noteNavigation(ctx, m.nav)
	if err := s.finish(ctx, tb, m); err != nil {
		return fmt.Errorf("pressing Enter: %w", err)
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
