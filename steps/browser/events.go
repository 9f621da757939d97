package browser

import (
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
)

// onEvent keeps the tab's state from its events. It runs on the goroutine
// that reads the tab's messages, in their order, so it only records.
func (tb *tab) onEvent(ev any) {
	switch ev := ev.(type) {
	case *page.EventJavascriptDialogOpening:
		tb.update(func() { tb.dialog = ev })
	case *page.EventScreencastFrame:
		tb.mu.Lock()
		frames := tb.frames
		tb.mu.Unlock()
		if frames != nil {
			select {
			case frames <- ev:
			default:
			}
		}
	case *page.EventJavascriptDialogClosed:
		tb.update(func() { tb.dialog = nil })
	case *page.EventFrameStartedNavigating:
		tb.navigation(ev.FrameID, true)
	case *page.EventFrameStartedLoading:
		tb.navigation(ev.FrameID, true)
	case *page.EventFrameRequestedNavigation:
		if ev.Disposition == page.ClientNavigationDispositionCurrentTab {
			tb.navigation(ev.FrameID, true)
		}
	case *page.EventFrameNavigated:
		tb.sess.noteOrigin(ev.Frame.SecurityOrigin)
		if ev.Frame.ParentID == "" {
			tb.update(func() {
				tb.mainFrame, tb.navPending, tb.navAwaited = ev.Frame.ID, false, false
				tb.loader = ev.Frame.LoaderID
				tb.dropTracked(ev.Frame.LoaderID)
				tb.topOrigin = ev.Frame.SecurityOrigin
				tb.navSeq++
			})
			break
		}
		// A frame the page runs in its own process is reported by the
		// target it gets (below); one that shares the page's process, as
		// every frame does in a headless shell, only here.
		tb.mu.Lock()
		top := tb.topOrigin
		tb.mu.Unlock()
		if otherSite(top, ev.Frame.SecurityOrigin) {
			tb.sess.noteFrameOfAnotherSite()
		}
	case *page.EventLoadEventFired:
		// The main frame's document has run its load handlers (the browser
		// reports it after them, and only for the main frame); a document
		// that commits later has another loader.
		tb.update(func() { tb.loaded = tb.loader })
	case *page.EventFrameStoppedLoading:
		tb.navigation(ev.FrameID, false)
	case *page.EventNavigatedWithinDocument:
		tb.navigation(ev.FrameID, false)
	case *target.EventTargetCreated:
		tb.sess.targetCreated(ev.TargetInfo)
	case *target.EventAttachedToTarget:
		if ev.TargetInfo != nil && ev.TargetInfo.Type == "iframe" {
			tb.sess.noteFrameOfAnotherSite()
		}
	default:
		tb.onNetwork(ev)
	}
}

// navigation records that a navigation of the frame started or ended, when
// the frame is the main frame.
func (tb *tab) navigation(frame cdp.FrameID, pending bool) {
	tb.mu.Lock()
	main := frame == tb.mainFrame
	tb.mu.Unlock()
	if main {
		tb.update(func() {
			tb.navPending, tb.navAwaited = pending, false
			tb.navSeq++
		})
	}
}

// onNetwork records failed requests as evidence.
func (tb *tab) onNetwork(ev any) {
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if ev.Type == network.ResourceTypeDocument && ev.Request != nil {
			tb.sess.noteOrigin(originOf(ev.Request.URL))
		}
		if ev.Request == nil {
			return
		}
		tb.mu.Lock()
		tb.requests.sent(ev)
		tb.track(ev)
		tb.mu.Unlock()
	case *network.EventResponseReceived:
		if ev.Response == nil {
			return
		}
		tb.mu.Lock()
		req := tb.requests[ev.RequestID]
		if ev.Type == network.ResourceTypeDocument && ev.FrameID == tb.mainFrame {
			tb.answer = docAnswer{loader: ev.LoaderID, status: ev.Response.Status, what: httpFailure(req, ev.Response)}
		}
		tb.mu.Unlock()
		if ev.Response.Status >= 400 {
			tb.sess.addEvidence(httpFailure(req, ev.Response))
		}
	case *network.EventLoadingFinished:
		tb.mu.Lock()
		tb.requests.done(ev.RequestID)
		tb.untrack(ev.RequestID)
		tb.mu.Unlock()
	case *network.EventLoadingFailed:
		tb.mu.Lock()
		req := tb.requests.done(ev.RequestID)
		tb.untrack(ev.RequestID)
		tb.mu.Unlock()
		if !ev.Canceled && req != "" {
			tb.sess.addEvidence("request failed: " + req + " (" + ev.ErrorText + ")")
		}
	}
}

// requestLog remembers the requests in flight, by id, as "METHOD url".
type requestLog map[network.RequestID]string

// maxTrackedRequests bounds the requests remembered at once; a page that
// never finishes its requests cannot grow the log without end.
const maxTrackedRequests = 2000

func (l requestLog) sent(ev *network.EventRequestWillBeSent) {
	if ev.Request == nil || len(l) >= maxTrackedRequests {
		return
	}
	l[ev.RequestID] = ev.Request.Method + " " + ev.Request.URL
}

func (l requestLog) done(id network.RequestID) string {
	req := l[id]
	delete(l, id)
	return req
}
