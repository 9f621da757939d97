package browser

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// WaitText waits until text is visible on the current tab's page: some
// element a person can see shows it (whitespace collapsed, letter case
// ignored, since CSS may change it).
func (s *Session) WaitText(ctx context.Context, text string) error {
	return s.waitText(ctx, textQuery{text: text}, true)
}

// WaitTextIn waits until text is visible within a part of the page (see
// [NextTo] and [InSection]): "Expired" next to "Visa •••• 4242".
func (s *Session) WaitTextIn(ctx context.Context, in Scope, text string) error {
	return s.waitText(ctx, textQuery{text: text, in: in}, true)
}

// WaitNoText waits until text is no longer visible on the current tab's
// page (or was never there).
func (s *Session) WaitNoText(ctx context.Context, text string) error {
	return s.waitText(ctx, textQuery{text: text}, false)
}

// WaitWord waits until word is visible as a whole word: "Withdraw" on a
// button, not inside "withdrawn" (letter case ignored).
func (s *Session) WaitWord(ctx context.Context, word string) error {
	return s.waitText(ctx, textQuery{text: word, mode: "word"}, true)
}

// WaitNoWord waits until word is not visible as a whole word, though it
// may be inside a longer one ("cannot be withdrawn" has no "Withdraw").
func (s *Session) WaitNoWord(ctx context.Context, word string) error {
	return s.waitText(ctx, textQuery{text: word, mode: "word"}, false)
}

// WaitError waits until text is visible in an error the page shows: an
// element of the alert role (or assertive live region), the error message
// of a field (aria-errormessage, or the description of a field marked
// invalid), or an element of the classes pages give errors. A hint the
// page always shows is not one.
func (s *Session) WaitError(ctx context.Context, text string) error {
	return s.waitText(ctx, textQuery{text: text, mode: "error"}, true)
}

// WaitControl waits until a button or link whose name holds name as
// whole words is visible, or, with want false, until none is: a sentence
// that holds the words is neither ("You cannot withdraw it" is no
// Withdraw button).
func (s *Session) WaitControl(ctx context.Context, name string, want bool) error {
	return s.waitText(ctx, textQuery{text: name, mode: "control"}, want)
}

// WaitExactText waits until some visible element shows text as the whole
// of its text, whitespace collapsed: a heading "Bound cards", not a
// sentence that holds the words.
func (s *Session) WaitExactText(ctx context.Context, text string) error {
	return s.waitText(ctx, textQuery{text: text, mode: "exact"}, true)
}

// textQuery is a text a step looks for, where, and how it must be shown:
// mode "" anywhere in a text, "word" as a whole word, "exact" as the whole
// text of an element.
type textQuery struct {
	text string
	in   Scope
	mode string
}

func (q textQuery) arg() map[string]any {
	arg := map[string]any{"text": q.text}
	if q.in.kind != "" {
		arg["scope"] = q.in.arg()
	}
	if q.mode != "" {
		arg["mode"] = q.mode
	}
	return arg
}

// what is how a message names the text.
func (q textQuery) what() string {
	switch q.mode {
	case "word":
		return fmt.Sprintf("the word %q", q.text)
	case "exact":
		return fmt.Sprintf("the text %q, exactly,", q.text)
	case "error":
		return fmt.Sprintf("an error saying %q", q.text)
	case "control":
		return fmt.Sprintf("a button or link named %q", q.text)
	}
	return fmt.Sprintf("the text %q", q.text)
}

// shown is a text answer: whether the text is seen, and, for a word or an
// exact text, the texts that hold its letters in other words.
type shown struct {
	Status string   `json:"status"`
	Desc   string   `json:"desc"`
	Inside []string `json:"inside"`
	Named  string   `json:"named"`
	Near   string   `json:"near"`
	Shows  []string `json:"shows"` // the page's messages and heading, when nothing is near
	Names  []string `json:"names"` // a control query's: the page's buttons and links
	At     string   `json:"at"`    // the text of the element it was found in
}

// hintAsk bounds the look a failed check takes at the page to say what it
// shows instead: long enough for a page on a loaded machine to answer
// (the step has failed; only its message waits), short enough for a page
// that hangs not to hold the run.
const hintAsk = 5 * time.Second

// notSeen says, for a text not shown anywhere on the page, the visible
// element that has it as its name only (an icon's aria-label or title, an
// image's alt), which a click finds, or else the closest text the page
// shows: what it says instead.
func (s *Session) notSeen(tb *tab, q textQuery, last shown) string {
	if q.mode == "control" && q.in.kind == "" && len(last.Names) > 0 {
		return strings.Replace(onThePage(q.text, last.Names), "; on the page: ", "; its buttons and links: ", 1)
	}
	if q.mode != "" || q.in.kind != "" {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), hintAsk)
	defer cancel()
	var sh shown
	arg := q.arg()
	arg["named"] = true
	if err := tb.run(ctx, "text", arg, &sh); err != nil {
		return ""
	}
	if sh.Named != "" {
		return fmt.Sprintf(" (it is the name of %s, not a text shown on it, as an icon's name is: a step that clicks or hovers over %q finds it)", sh.Named, q.text)
	}
	if sh.Near != "" {
		return fmt.Sprintf(" (the closest text on the page: %q)", sh.Near)
	}
	if len(sh.Shows) > 0 {
		return " (no text on the page is close to it; the page says " + quoteList(sh.Shows) + ")"
	}
	return ""
}

// inside says where the letters of a word or exact text are, when they are
// only part of other texts.
func (sh shown) inside() string {
	if len(sh.Inside) == 0 {
		return ""
	}
	if sh.Inside[0] == "not an error" {
		return " (the page shows the text, but not as an error: a hint or a sentence the page shows anyway)"
	}
	return " (the page has it only inside " + quoteList(sh.Inside) + ")"
}

func (s *Session) waitText(ctx context.Context, q textQuery, want bool) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("looking for %s: %w", q.what(), err)
	}
	defer s.pageTime(time.Now())
	var last shown
	long, told := longSearchAfter(ctx), false
	err = poll(ctx, tb.watch, func() (bool, error) {
		if err := s.usable(tb); err != nil {
			return false, err
		}
		if pending, _ := tb.state(); pending {
			return false, nil
		}
		if err := tb.run(ctx, "text", q.arg(), &last); err != nil {
			return false, nil
		}
		done := (last.Status == "ok") == want
		if !done && want && !told && time.Since(start) >= long {
			told = true
			s.searchIsLong()
		}
		return done, nil
	})
	if err == nil {
		return nil
	}
	switch {
	case last.Status == "noscope":
		return fmt.Errorf("looking for %s%s: %s on %s: %w", q.what(), q.in, last.Desc, s.pageURL(ctx, tb), waitErr(ctx, err, start))
	case want:
		return fmt.Errorf("%s is not visible%s on %s%s%s: %w", q.what(), q.in, s.pageURL(ctx, tb), last.inside(), s.notSeen(tb, q, last), waitErr(ctx, err, start))
	}
	return fmt.Errorf("%s is still visible%s on %s%s: %w", q.what(), q.in, s.pageURL(ctx, tb), last.shownIn(q), waitErr(ctx, err, start))
}

// shownIn quotes the text a text is still shown in, when it is more than
// the text itself: "in «You cannot withdraw it to a card.» (<p>)".
func (sh shown) shownIn(q textQuery) string {
	if sh.At == "" || strings.EqualFold(strings.TrimSpace(sh.At), strings.TrimSpace(q.text)) {
		return ""
	}
	return fmt.Sprintf(", in «%s» (%s)", sh.At, sh.Desc)
}
