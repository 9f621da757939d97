package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/chromedp"
)

// Emulate makes every tab of the session, open now or opened later, behave
// as the device: its screen size and scale, user agent, and touch. Devices
// are in github.com/chromedp/chromedp/device (device.IPhone7, ...).
func (s *Session) Emulate(ctx context.Context, d chromedp.Device) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	setup := func(ctx context.Context, tb *tab) error {
		if _, err := chromedp.Emulate(d)(ctx, tb.t); err != nil {
			return fmt.Errorf("emulating %s: %w", d.Device().Name, err)
		}
		return nil
	}
	s.mu.Lock()
	s.setups = append(s.setups, setup)
	tabs := append([]*tab(nil), s.tabs...)
	s.mu.Unlock()
	for _, tb := range tabs {
		if err := setup(ctx, tb); err != nil {
			return err
		}
	}
	return nil
}
