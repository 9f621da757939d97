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
// own scripts run: the motion watch, the locator, so that each locate sends
// only its arguments, and the ready mark (readyJS).
var pageScripts = motionJS + "\n;if (!window[Symbol.for('unbind.locate')]) Object.defineProperty(window, Symbol.for('unbind.locate'), {value: " + locateJS + "});\n" + readyJS

// readyJS marks a document ready once its DOMContentLoaded handlers have
// run: a task after the event, which comes after the deferred scripts. A
// document is parsed ("interactive") before them, when the handlers a page
// attaches on DOMContentLoaded (a confirm() before a form is sent, the
// pop-up of a button) are not there yet.
const readyJS = `;(function () {
  var k = Symbol.for("unbind.ready");
  if (window[k] !== undefined) { return; }
  window[k] = document.readyState === "complete";
  document.addEventListener("DOMContentLoaded", function () {
    setTimeout(function () { window[k] = true; }, 0);
  });
  window.addEventListener("load", function () { window[k] = true; });
})();`

// readyState is what waitLoaded reads of a document: its ready state, and
// "+ready" or "+waiting" when the ready mark is there.
const readyState = `document.readyState + (window[Symbol.for("unbind.ready")] === true ? "+ready" : window[Symbol.for("unbind.ready")] === false ? "+waiting" : "")`

// documentReady says whether a document in that state is ready for a
// reader: loaded, or parsed with its DOMContentLoaded handlers run. A
// document without the ready mark (the harness's scripts did not reach it)
// counts as ready once parsed.
func documentReady(state string) bool {
	switch state {
	case "complete", "complete+ready", "complete+waiting", "interactive+ready", "interactive":
		return true
	}
	return false
}

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
