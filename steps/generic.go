package steps

import (
	"context"
	"fmt"
	"strings"
)

// Each bind method returns the godog step function of one vocabulary entry,
// bound to the scenario. Every step runs under its own deadline.

func (s *Scenario) bindOpen() any {
	return func(ctx context.Context, url string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Open(ctx, url) })
	}
}

func (s *Scenario) bindOpenInNewTab() any {
	return func(ctx context.Context, url string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.OpenInNewTab(ctx, url) })
	}
}

func (s *Scenario) bindSwitchTab() any {
	return func(ctx context.Context, title string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.SwitchToTab(ctx, title) })
	}
}

func (s *Scenario) bindClick() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Click(ctx, name) })
	}
}

func (s *Scenario) bindHover() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Hover(ctx, name) })
	}
}

func (s *Scenario) bindFill() any {
	return func(ctx context.Context, label, value string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Fill(ctx, label, value) })
	}
}

func (s *Scenario) bindCheck() any   { return s.checkStep(true) }
func (s *Scenario) bindUncheck() any { return s.checkStep(false) }

func (s *Scenario) checkStep(on bool) any {
	return func(ctx context.Context, label string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.SetChecked(ctx, label, on) })
	}
}

func (s *Scenario) bindSelect() any {
	return func(ctx context.Context, option, label string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Select(ctx, option, label) })
	}
}

func (s *Scenario) bindAccept() any {
	return func(ctx context.Context) error {
		return s.do(ctx, s.sess.AcceptDialog)
	}
}

func (s *Scenario) bindDismiss() any {
	return func(ctx context.Context) error {
		return s.do(ctx, s.sess.DismissDialog)
	}
}

func (s *Scenario) bindAlertSays() any {
	return func(ctx context.Context, want string) error {
		return s.do(ctx, func(ctx context.Context) error {
			got, err := s.sess.DialogText(ctx)
			if err != nil {
				return err
			}
			if !strings.Contains(got, want) {
				return fmt.Errorf("alert says %q, want it to say %q", got, want)
			}
			return nil
		})
	}
}

func (s *Scenario) bindSee() any {
	return func(ctx context.Context, text string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.WaitText(ctx, text) })
	}
}

func (s *Scenario) bindNotSee() any {
	return func(ctx context.Context, text string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.WaitNoText(ctx, text) })
	}
}

func (s *Scenario) bindBeOn() any {
	return func(ctx context.Context, want string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.WaitURL(ctx, want) })
	}
}

func (s *Scenario) bindScreenshot() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			png, err := s.sess.Screenshot(ctx)
			if err != nil {
				return fmt.Errorf("taking screenshot %q: %w", name, err)
			}
			s.attach(s.current, slug(name)+".png", "image/png", png)
			return nil
		})
	}
}

// do runs one step's work under the step deadline.
func (s *Scenario) do(ctx context.Context, work func(context.Context) error) error {
	if s.sess == nil {
		return fmt.Errorf("no browser session: the scenario did not start")
	}
	ctx, cancel := s.stepContext(ctx)
	defer cancel()
	return s.onPage(work(ctx))
}

// onPage makes a step's error name the page it happened on, when it does not
// already, so every failure in a report says where the reader was.
func (s *Scenario) onPage(err error) error {
	if err == nil || s.sess == nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), evidenceTimeout)
	defer cancel()
	url, uerr := s.sess.URL(ctx)
	if uerr != nil || url == "" || strings.Contains(err.Error(), url) {
		return err
	}
	return fmt.Errorf("%w (page: %s)", err, url)
}
