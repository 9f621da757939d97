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

// ErrNoDialog is returned when no native dialog opened before the deadline
// (nor, for accepting and dismissing, a pop-up of the page).
var ErrNoDialog = errors.New("no browser dialog opened")

// ErrTabClosed is returned by an action on a tab that has been closed.
var ErrTabClosed = errors.New("the tab has been closed")

// AcceptDialog waits for a native dialog and accepts it (OK), as a reader
// confirming "Delete this card?". It returns once the page has carried on.
// Where the page shows a pop-up of its own instead (an open dialog
// element, or an element of the dialog role), it clicks the pop-up's
// confirming button: its submit button, else its first button that does
// not cancel, as a reader "confirms in the pop-up".
func (s *Session) AcceptDialog(ctx context.Context) error {
	_, err := s.AnswerDialog(ctx, true)
	return err
}

// DismissDialog waits for a native dialog and dismisses it (Cancel), or
// clicks the cancelling button of the page's own pop-up (see AcceptDialog).
func (s *Session) DismissDialog(ctx context.Context) error {
	_, err := s.AnswerDialog(ctx, false)
	return err
}

// Answer is what AnswerDialog answered: a native dialog's message, or the
// page's pop-up and the button of it that was clicked.
type Answer struct {
	Dialog string // the native dialog's message
	Popup  string // the name of the page's pop-up (it may have none)
	Button string // the pop-up's button that was clicked; "" for a native dialog
}

// AnswerDialog is AcceptDialog (accept) or DismissDialog, and says what it
// answered.
func (s *Session) AnswerDialog(ctx context.Context, accept bool) (Answer, error) {
	return s.closeDialog(ctx, accept)
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

// DialogWord says whether a click's name is a browser dialog's button in
// one of the articles' languages (OK, Sawa, ओके, Cancel, Отмена...).
func DialogWord(name string) bool {
	_, ok := dialogButton(name)
	return ok
}

// errNoSuchPopup says the page shows no pop-up, or one with a button of
// the name asked for, which a click then finds as it finds any.
var errNoSuchPopup = errors.New("no pop-up without that button")

// answerPopupFor answers the page's open pop-up for a click of an alert's
// button (OK, Cancel) that the pop-up does not have: its confirming
// button when accept, its cancelling one otherwise.
func (s *Session) answerPopupFor(ctx context.Context, name string, accept bool) (Answer, error) {
	p, ok := s.openPopup(ctx)
	if !ok || p.has(name) {
		return Answer{}, errNoSuchPopup
	}
	return s.answerPopup(ctx, p, accept)
}

// openPopup is the current page's own open pop-up, as it answers at once.
func (s *Session) openPopup(ctx context.Context) (pagePopup, bool) {
	tb, err := s.current()
	if err != nil {
		return pagePopup{}, false
	}
	return tb.popup(ctx)
}

// popup is the pop-up of the tab's page that is open, read at once: a page
// between documents, or one that a dialog keeps from answering, has none
// (the look waits at most popupAsk).
func (tb *tab) popup(ctx context.Context) (pagePopup, bool) {
	ask, cancel := context.WithTimeout(ctx, popupAsk)
	defer cancel()
	var p pagePopup
	if err := tb.run(ask, "popup", nil, &p); err != nil || p.Status != "ok" {
		return pagePopup{}, false
	}
	return p, true
}

// popupHint is what a failed click of a dialog's button (OK, Cancel) adds
// where no browser dialog is open but the page shows a pop-up of its own:
// its buttons, and the step that answers it whatever they are called.
func (s *Session) popupHint(tb *tab, accept bool) string {
	if tb == nil {
		var err error
		if tb, err = s.current(); err != nil {
			return ""
		}
	}
	// The step's deadline has passed: the look has a moment of its own.
	p, ok := tb.popup(context.Background())
	if !ok {
		return ""
	}
	what := "the page's own pop-up"
	if p.Name != "" {
		what += fmt.Sprintf(" %q", p.Name)
	}
	var buttons []string
	for _, b := range []string{p.Confirm, p.Cancel} {
		if b != "" {
			buttons = append(buttons, fmt.Sprintf("%q", b))
		}
	}
	step := "I accept the alert"
	if !accept {
		step = "I dismiss the alert"
	}
	return fmt.Sprintf("; no browser dialog is open, and %s has the buttons %s: a step can click one of those, or answer the pop-up whatever its buttons are called: %s",
		what, strings.Join(buttons, " and "), step)
}

// DialogText waits for a native dialog to be open and returns its message.
func (s *Session) DialogText(ctx context.Context) (string, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	_, d, _, err := s.waitDialog(ctx, false)
	if err != nil {
		return "", err
	}
	return d.Message, nil
}

// AlertText waits for a browser dialog to be open, or else the page's own
// pop-up, and returns its text once holds says it holds what a step looks
// for: a dialog's message at once, a pop-up's text (its buttons left out)
// as soon as the page has written it, or its last text at the deadline,
// with an error. popup says the text is the page's pop-up's.
func (s *Session) AlertText(ctx context.Context, holds func(string) bool) (text string, popup bool, err error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, d, pop, err := s.waitDialog(ctx, true)
	if err != nil {
		return "", false, err
	}
	if pop == nil {
		return d.Message, false, nil
	}
	text = pop.Text
	err = poll(ctx, tb.watch, func() (bool, error) {
		if holds(text) {
			return true, nil
		}
		// A page between documents answers nothing: the next look reads
		// the pop-up, if it is still there.
		if p, ok := tb.popup(ctx); ok {
			text = p.Text
		}
		return holds(text), nil
	})
	if err != nil {
		return text, true, waitErr(ctx, err, start)
	}
	return text, true, nil
}

func (s *Session) closeDialog(ctx context.Context, accept bool) (Answer, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	doing := map[bool]string{true: "accepting", false: "dismissing"}[accept]
	tb, d, pop, err := s.waitDialog(ctx, true)
	if err != nil {
		return Answer{}, err
	}
	if pop != nil {
		return s.answerPopup(ctx, *pop, accept)
	}
	ans := Answer{Dialog: d.Message}
	m := tb.actionMark()
	defer s.pageTime(time.Now())
	_, err = cdp.Call(ctx, tb.t, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: accept})
	if err != nil {
		return ans, fmt.Errorf("%s the %s %q: %w", doing, d.Type, d.Message, err)
	}
	if err := tb.waitInflight(ctx); err != nil {
		return ans, fmt.Errorf("%s the %s %q: waiting for the page to carry on: %w", doing, d.Type, d.Message, err)
	}
	tb.noteNavigation(ctx, m.nav)
	if err := s.finish(ctx, tb, m); err != nil {
		return ans, fmt.Errorf("%s the %s %q: %w", doing, d.Type, d.Message, err)
	}
	return ans, nil
}

// popupAsk is the longest a look for the page's pop-up waits for the page
// to answer: a page that a dialog opened meanwhile answers only once it is
// closed, and the next look finds the dialog.
const popupAsk = 500 * time.Millisecond

// pagePopup is the page's own pop-up, as the popup op of locate.js reads it:
// its name and the names of its confirming and cancelling buttons.
type pagePopup struct {
	Status, Name, Text, Confirm, Cancel string
	Buttons                             []string
}

// has says whether the pop-up has a button named name (letter case
// ignored).
func (p pagePopup) has(name string) bool {
	for _, b := range p.Buttons {
		if strings.EqualFold(strings.TrimSpace(b), strings.TrimSpace(name)) {
			return true
		}
	}
	return false
}

// waitDialog waits until a tab of the session shows a native dialog, the
// current tab first, and returns the tab and the dialog; with popups, a
// pop-up of the current tab's page (pagePopup) will do as well, and is
// returned instead when it is there first.
func (s *Session) waitDialog(ctx context.Context, popups bool) (*tab, *page.EventJavascriptDialogOpening, *pagePopup, error) {
	start := time.Now()
	cur, err := s.current()
	if err != nil {
		return nil, nil, nil, err
	}
	var found *tab
	var dialog *page.EventJavascriptDialogOpening
	var pop *pagePopup
	err = poll(ctx, cur.watch, func() (bool, error) {
		for _, tb := range s.tabsCurrentFirst() {
			if d := tb.pendingDialog(); d != nil {
				found, dialog = tb, d
				return true, nil
			}
		}
		if popups {
			if p, ok := cur.popup(ctx); ok && cur.pendingDialog() == nil {
				found, pop = cur, &p
				return true, nil
			}
		}
		return false, nil
	})
	if err != nil {
		nor := ""
		if popups {
			nor = ", and no pop-up of the page is open"
		}
		return nil, nil, nil, fmt.Errorf("%w on %s%s: %w%s", ErrNoDialog, s.pageURL(ctx, cur), nor, waitErr(ctx, err, start), cur.says())
	}
	return found, dialog, pop, nil
}

// says is, for a failure on the tab's page, what the page says of itself
// (its messages and heading, as pageSays reads them): "; the page says
// "The card has been removed"" when the step the reader expected a
// dialog of has already done its work. "" when it says nothing.
func (tb *tab) says() string {
	ctx, cancel := context.WithTimeout(context.Background(), hintAsk)
	defer cancel()
	var shows []string
	if err := tb.run(ctx, "pageSays", nil, &shows); err != nil || len(shows) == 0 {
		return ""
	}
	return "; the page says " + quoteList(shows)
}

// answerPopup clicks the button of the page's pop-up p that accepts it, or
// that cancels it, within the pop-up.
func (s *Session) answerPopup(ctx context.Context, p pagePopup, accept bool) (Answer, error) {
	button, doing := p.Confirm, "confirm"
	if !accept {
		button, doing = p.Cancel, "cancel"
	}
	what := "the page's pop-up"
	if p.Name != "" {
		what += fmt.Sprintf(" %q", p.Name)
	}
	ans := Answer{Popup: p.Name, Button: button}
	if button == "" {
		return ans, fmt.Errorf("no browser dialog is open, and %s has no button that would %s it; a step can name the button: I click \"...\"", what, doing)
	}
	s.b.opts.Logf("no browser dialog is open; to %s %s, clicking its %q", doing, what, button)
	in := Scope{}
	if p.Name != "" {
		in = InSection(p.Name)
	}
	return ans, s.ClickIn(ctx, in, button)
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

// DialogPending says whether the current tab shows a browser dialog that
// waits for its answer, from what the browser reported: no look at the page.
func (s *Session) DialogPending() bool {
	tb, err := s.current()
	return err == nil && tb.pendingDialog() != nil
}

// OpenAlert says, at once, what alert the current tab shows that waits for
// an answer: the browser's own dialog (`confirm "Delete this card?"`) or
// the page's own pop-up (`the page's pop-up "Remove this card?"`); "" when
// none is open. A check of the sites' records that fails says so: what the
// page was asked to do may wait for that answer.
func (s *Session) OpenAlert(ctx context.Context) string {
	tb, err := s.current()
	if err != nil {
		return ""
	}
	if d := tb.pendingDialog(); d != nil {
		return fmt.Sprintf("the browser's %s %q", d.Type, d.Message)
	}
	if p, ok := tb.popup(ctx); ok {
		if p.Name != "" {
			return fmt.Sprintf("the page's own pop-up %q", p.Name)
		}
		return "the page's own pop-up"
	}
	return ""
}

// InvalidField is a field of a form on the page that the browser's own
// checks refuse, and the browser's message for it.
type InvalidField struct {
	Label   string `json:"label"`
	Message string `json:"message"`
}

// Refusals says why the browser refuses a form with these fields: "refuses
// it while these fields are not filled as it asks, and says so in a
// bubble: "Captcha" (Please fill out this field.)".
func Refusals(fields []InvalidField) string {
	says := make([]string, len(fields))
	for i, f := range fields {
		says[i] = fmt.Sprintf("%q (%s)", f.Label, f.Message)
	}
	return "refuses it while these fields are not filled as it asks, and says so in a bubble: " + strings.Join(says, ", ")
}

// InvalidFields are the visible fields of the current page's forms that
// the browser refuses (required and empty, of the wrong format), three at
// most: a click on such a form's button does not send it, and the browser
// says why in a bubble no DOM holds. None when there is no page.
func (s *Session) InvalidFields(ctx context.Context) []InvalidField {
	tb, err := s.current()
	if err != nil || tb.pendingDialog() != nil {
		return nil
	}
	var out []InvalidField
	if err := tb.run(ctx, "invalidFields", nil, &out); err != nil {
		return nil
	}
	return out
}

// UnsentForm is a form on the page whose fields hold other values than the
// page loaded it with, and the button that sends it.
type UnsentForm struct {
	Fields []struct {
		Label string `json:"label"`
		Value string `json:"value"` // the option chosen, a box's state; "" for typed words
	} `json:"fields"`
	Submit string `json:"submit"`
}

// String says what the form holds: "Language" is "Русский".
func (f *UnsentForm) String() string {
	says := make([]string, len(f.Fields))
	for i, fl := range f.Fields {
		switch fl.Value {
		case "":
			says[i] = fmt.Sprintf("%q has words typed in", fl.Label)
		case "chosen", "not ticked":
			says[i] = fmt.Sprintf("%q is %s", fl.Label, fl.Value)
		default:
			says[i] = fmt.Sprintf("%q is %q", fl.Label, fl.Value)
		}
	}
	return strings.Join(says, ", ")
}

// Unsent is the first visible form of the current page whose fields were
// changed since it loaded (UnsentForm); nil when there is none, or no page.
func (s *Session) Unsent(ctx context.Context) *UnsentForm {
	tb, err := s.current()
	if err != nil || tb.pendingDialog() != nil {
		return nil
	}
	var out *UnsentForm
	if err := tb.run(ctx, "unsentForm", nil, &out); err != nil {
		return nil
	}
	return out
}
