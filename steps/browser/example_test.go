package browser_test

import (
	"context"
	"log"
	"time"

	"github.com/unbind/unbind/steps/browser"
)

// A scenario of the P1 path: hover "My AliExpress", click its last item,
// open the card list and delete a card confirmed by a native dialog. The
// sim listens on 127.0.0.1:8080; the documented hosts are mapped to it.
func Example() {
	b, err := browser.Start(context.Background(), browser.Options{
		HostMap: map[string]string{
			"intl.alipay.com":  "127.0.0.1:8080",
			"*.aliexpress.com": "127.0.0.1:8080",
		},
		StepTimeout: 10 * time.Second,
	})
	if err != nil {
		log.Fatal(err) // says how to install Chromium when there is none
	}
	defer b.Close()

	s, err := b.NewSession(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	// Each step gets its own deadline.
	step := func(do func(ctx context.Context) error) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := do(ctx); err != nil {
			log.Fatal(err) // e.g. no visible element named "Remove card" on https://...: timed out after 10s
		}
	}
	step(func(ctx context.Context) error {
		return s.SetCookie(ctx, "world", "w1", []string{"intl.alipay.com", "www.aliexpress.com"})
	})
	step(func(ctx context.Context) error { return s.Open(ctx, "http://www.aliexpress.com/") })
	step(func(ctx context.Context) error { return s.Hover(ctx, "My AliExpress") })
	step(func(ctx context.Context) error { return s.Click(ctx, "My Alipay") })
	step(func(ctx context.Context) error { return s.Click(ctx, "Edit cards") })
	step(func(ctx context.Context) error { return s.Click(ctx, "Delete card") })
	step(func(ctx context.Context) error { return s.AcceptDialog(ctx) })
	step(func(ctx context.Context) error { return s.WaitNoText(ctx, "•••• 4242") })
}
