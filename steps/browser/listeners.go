package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/domdebugger"
	"github.com/chromedp/cdproto/runtime"
)

// typingEvents are the events by which a page can see how text is typed:
// each key, or each change of a field as it is typed.
var typingEvents = map[string]bool{
	"keydown": true, "keypress": true, "keyup": true,
	"beforeinput": true, "input": true, "textInput": true,
	"compositionstart": true, "compositionupdate": true, "compositionend": true,
}

// listenersGroup holds the page objects a look at the listeners needs, to
// release them together.
const listenersGroup = "unbind-listeners"

// listensForTyping reports whether the tab's page listens for any of
// typingEvents on the window, the document or any element of it, frames
// and shadow roots included, as DevTools lists listeners (inline handlers
// too).
func (tb *tab) listensForTyping(ctx context.Context) (bool, error) {
	defer func() {
		_, _ = cdp.Call(ctx, tb.t, runtime.ReleaseObjectGroup, runtime.ReleaseObjectGroupParams{ObjectGroup: listenersGroup})
	}()
	for _, expr := range []string{"window", "document"} {
		obj, err := cdp.Call(ctx, tb.t, runtime.Evaluate, runtime.EvaluateParams{Expression: expr, ObjectGroup: listenersGroup})
		if err != nil {
			return false, fmt.Errorf("looking at the page's listeners: %w", err)
		}
		if obj.Result == nil || obj.Result.ObjectID == "" {
			return false, fmt.Errorf("looking at the page's listeners: no %s", expr)
		}
		depth, pierce := int64(-1), true
		p := domdebugger.GetEventListenersParams{ObjectID: obj.Result.ObjectID}
		if expr == "document" {
			p.Depth, p.Pierce = &depth, &pierce
		}
		res, err := cdp.Call(ctx, tb.t, domdebugger.GetEventListeners, p)
		if err != nil {
			return false, fmt.Errorf("looking at the page's listeners: %w", err)
		}
		for _, l := range res.Listeners {
			if typingEvents[l.Type] {
				return true, nil
			}
		}
	}
	return false, nil
}
