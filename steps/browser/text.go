package browser

import (
	"context"
	"fmt"
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

// textQuery is a text a step looks for and where.
type textQuery struct {
	text string
	in   Scope
}

func (q textQuery) arg() map[string]any {
	arg := map[string]any{"text": q.text}
	if q.in.kind != "" {
		arg["scope"] = q.in.arg()
	}
	return arg
}

func (s *Session) waitText(ctx context.Context, q textQuery, want bool) error {
	text := q.text
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("looking for the text %q: %w", text, err)
	}
	defer s.pageTime(time.Now())
	var last located
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
		return (last.Status == "ok") == want, nil
	})
	if err == nil {
		return nil
	}
	switch {
	case last.Status == "noscope":
		return fmt.Errorf("looking for the text %q%s: %s on %s: %w", text, q.in, last.Desc, s.pageURL(ctx, tb), waitErr(ctx, err, start))
	case want:
		return fmt.Errorf("the text %q is not visible%s on %s: %w", text, q.in, s.pageURL(ctx, tb), waitErr(ctx, err, start))
	}
	return fmt.Errorf("the text %q is still visible%s on %s: %w", text, q.in, s.pageURL(ctx, tb), waitErr(ctx, err, start))
}
