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
	return s.waitText(ctx, text, true)
}

// WaitNoText waits until text is no longer visible on the current tab's
// page (or was never there).
func (s *Session) WaitNoText(ctx context.Context, text string) error {
	return s.waitText(ctx, text, false)
}

func (s *Session) waitText(ctx context.Context, text string, want bool) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	start := time.Now()
	tb, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("looking for the text %q: %w", text, err)
	}
	defer s.pageTime(time.Now())
	err = poll(ctx, tb.watch, func() (bool, error) {
		if err := s.usable(tb); err != nil {
			return false, err
		}
		if pending, _ := tb.state(); pending {
			return false, nil
		}
		var seen bool
		if err := tb.run(ctx, "text", map[string]string{"text": text}, &seen); err != nil {
			return false, nil
		}
		return seen == want, nil
	})
	if err == nil {
		return nil
	}
	if want {
		return fmt.Errorf("the text %q is not visible on %s: %w", text, s.pageURL(ctx, tb), waitErr(ctx, err, start))
	}
	return fmt.Errorf("the text %q is still visible on %s: %w", text, s.pageURL(ctx, tb), waitErr(ctx, err, start))
}
