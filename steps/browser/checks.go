package browser

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// WaitValue waits until the text field labelled label holds want: the whole
// value, surrounding spaces aside, or, with contains, somewhere in it. The
// field need only be visible (a read-only field is checked too).
func (s *Session) WaitValue(ctx context.Context, label, want string, contains bool) error {
	holds := func(got string) bool { return strings.TrimSpace(got) == strings.TrimSpace(want) }
	if contains {
		holds = func(got string) bool { return strings.Contains(got, want) }
	}
	got, err := s.watch(ctx, lookAt(controlQuery(label, "fill")), "value", holds)
	if err == nil {
		return nil
	}
	if got == nil {
		return fmt.Errorf("checking the field %q: %w", label, err)
	}
	verb := map[bool]string{true: "hold", false: "be"}[contains]
	has, wants := masked(got.secret, got.value), masked(got.secret, want)
	if has == wants {
		// Masked alike, they differ in what the mask leaves out: say how,
		// without the digits.
		has += fmt.Sprintf(" (%s, %s)", count(utf8.RuneCountInString(got.value), "character"), separators(got.value))
		wants += fmt.Sprintf(" (%s, %s)", count(utf8.RuneCountInString(want), "character"), separators(want))
	}
	return fmt.Errorf("the field %q holds %s on %s, want it to %s %s: %w", label, has, got.page, verb, wants, err)
}

// separators says what separates a masked value's digits: "no spaces",
// "3 spaces", "3 dashes".
func separators(v string) string {
	spaces, dashes := strings.Count(v, " "), strings.Count(v, "-")
	switch {
	case spaces == 0 && dashes == 0:
		return "no spaces"
	case dashes == 0:
		return count(spaces, "space")
	case spaces == 0:
		return count(dashes, "dash")
	}
	return count(spaces, "space") + " and " + count(dashes, "dash")
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "sh") {
		return fmt.Sprintf("%d %ses", n, what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// masked quotes a value a failure names: a card number by its last four
// digits only, a security code or password not at all.
func masked(secret, v string) string {
	switch {
	case secret == "" || v == "":
		return strconv.Quote(v)
	case secret == "card":
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, v)
		if len(digits) >= 4 {
			return fmt.Sprintf("a card number ending in %s", digits[len(digits)-4:])
		}
	}
	return fmt.Sprintf("%d hidden characters", utf8.RuneCountInString(v))
}

// WaitChecked waits until the checkbox, radio button or switch labelled
// label is ticked (on) or not.
func (s *Session) WaitChecked(ctx context.Context, label string, on bool) error {
	want := fmt.Sprint(on)
	got, err := s.watch(ctx, lookAt(controlQuery(label, "check")), "checked", func(v string) bool { return v == want })
	if err == nil {
		return nil
	}
	if got == nil {
		return fmt.Errorf("checking the box %q: %w", label, err)
	}
	state := map[bool]string{true: "ticked", false: "not ticked"}
	return fmt.Errorf("%q is %s on %s, want it %s: %w", label, state[!on], got.page, state[on], err)
}

// WaitEnabled waits until the button, link or field named name is enabled
// (or, with enabled false, disabled): by its own disabled, that of the
// control or fieldset it is in, or aria-disabled.
func (s *Session) WaitEnabled(ctx context.Context, name string, enabled bool) error {
	want := fmt.Sprint(!enabled)
	got, err := s.watch(ctx, lookAt(targetQuery(name)), "disabled", func(v string) bool { return v == want })
	if err == nil {
		return nil
	}
	if got == nil {
		return fmt.Errorf("checking whether %q is %s: %w", name, enabledWord(enabled), err)
	}
	return fmt.Errorf("%q (%s) is %s on %s, want it %s: %w", name, got.desc, enabledWord(!enabled), got.page, enabledWord(enabled), err)
}

func enabledWord(enabled bool) string {
	return map[bool]string{true: "enabled", false: "disabled"}[enabled]
}

// lookAt is q for a check of what the element shows: it is found once
// visible, without waiting for it to be enabled, uncovered or still.
func lookAt(q query) query {
	arg := make(map[string]any, len(q.arg)+1)
	for k, v := range q.arg {
		arg[k] = v
	}
	arg["look"] = true
	q.arg = arg
	return q
}

// reading is the last state a check read of an element: its value, as the
// page-side op answered it, the element and the page it is on.
type reading struct {
	value string
	desc  string
	page  string
	// secret is what secret the field holds ("card", "code"), read once
	// the check has failed; "" for any other field or element.
	secret string
}

// watch polls the page until the element q finds is visible and the op
// read, run on it, answers a value done accepts. When the element was found
// but done never accepted its state, it returns the last reading with the
// error; when the element was not found, no reading.
func (s *Session) watch(ctx context.Context, q query, read string, done func(string) bool) (*reading, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.ready(ctx)
	if err != nil {
		return nil, err
	}
	defer s.pageTime(time.Now())
	var at located
	var got *reading
	err = poll(ctx, tb.watch, func() (bool, error) {
		if err := s.usable(tb); err != nil {
			return false, err
		}
		if pending, _ := tb.state(); pending {
			return false, nil
		}
		// A question the page did not answer (the deadline cut it off)
		// changes nothing of what was last read.
		var now located
		if err := tb.run(ctx, q.op, q.arg, &now); err != nil {
			return false, nil
		}
		if at = now; at.Status != "ok" {
			got = nil
			return false, nil
		}
		var v any
		if err := tb.run(ctx, read, nil, &v); err != nil {
			return false, nil
		}
		got = &reading{value: fmt.Sprint(v), desc: at.Desc}
		return done(got.value), nil
	})
	if err == nil {
		return got, nil
	}
	if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return got, err
	}
	if got == nil {
		return nil, s.locateFailure(ctx, tb, q, at, nil, waitErr(ctx, err, start))
	}
	got.page = s.pageURL(ctx, tb)
	if read == "value" {
		actx, cancel := afterwards(ctx)
		if tb.run(actx, "secret", nil, &got.secret) != nil {
			got.secret = "code" // unknown: name no value
		}
		cancel()
	}
	return got, waitErr(ctx, err, start)
}
