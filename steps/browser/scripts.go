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

// installPageScripts makes the tab run the harness's page scripts in every
// document from its start, and in the document it shows now.
func installPageScripts(ctx context.Context, t cdp.Session) error {
	now := true
	_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: motionJS, RunImmediately: &now,
	})
	if err != nil {
		return fmt.Errorf("installing the page scripts: %w", err)
	}
	return nil
}
