package browser

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
)

//go:embed motion.js
var motionJS string

// pageScripts are what every document of a session's tabs gets before its
// own scripts run: the motion watch, and the locator, so that each locate
// sends only its arguments.
var pageScripts = motionJS + "\n;if (!window[Symbol.for('unbind.locate')]) Object.defineProperty(window, Symbol.for('unbind.locate'), {value: " + locateJS + "});"

// installPageScripts makes the tab run the harness's page scripts in every
// document from its start, and in the document it shows now.
func installPageScripts(ctx context.Context, t cdp.Session) error {
	now := true
	_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: pageScripts, RunImmediately: &now,
	})
	if err != nil {
		return fmt.Errorf("installing the page scripts: %w", err)
	}
	return nil
}
