package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
)

// Screenshot returns a PNG of the current tab's viewport, as it is now: it
// does not wait for the page to load. A native dialog freezes the page, so
// with one open it fails with ErrDialogOpen.
func (s *Session) Screenshot(ctx context.Context) ([]byte, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.current()
	if err == nil {
		err = s.usable(tb)
	}
	if err == nil {
		err = s.toFront(ctx, tb)
	}
	if err != nil {
		return nil, fmt.Errorf("taking a screenshot: %w", err)
	}
	res, err := cdp.Call(ctx, tb.t, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng})
	if err != nil {
		return nil, fmt.Errorf("taking a screenshot of %s: %w", s.pageURL(ctx, tb), err)
	}
	return res.Data, nil
}

// DOM returns the current tab's document as HTML, doctype included, as it
// is now: it does not wait for the page to load. With a native dialog open
// it fails with ErrDialogOpen.
func (s *Session) DOM(ctx context.Context) (string, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.current()
	if err == nil {
		err = s.usable(tb)
	}
	if err != nil {
		return "", fmt.Errorf("reading the page's HTML: %w", err)
	}
	const expr = `(document.doctype ? new XMLSerializer().serializeToString(document.doctype) + "\n" : "") +
		(document.documentElement ? document.documentElement.outerHTML : "")`
	var html string
	if err := tb.eval(ctx, expr, &html); err != nil {
		return "", fmt.Errorf("reading the HTML of %s: %w", s.pageURL(ctx, tb), err)
	}
	return html, nil
}
