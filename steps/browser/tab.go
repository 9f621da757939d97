package browser

import (
	"context"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// tab is one page of a session: its chromedp target and what its events
// tell about it. Events arrive on the target's reading goroutine; actions
// read the state under mu.
type tab struct {
	sess   *Session
	ctx    context.Context // the tab's own chromedp context, as long-lived as the session
	cancel context.CancelFunc
	t      *chromedp.Target

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced at every change below
	id         target.ID
	mainFrame  cdp.FrameID
	topOrigin  string                             // the origin of the main frame's document
	navPending bool                               // a navigation of the main frame has started and not committed
	navSeq     uint64                             // counts the main frame's navigation events
	navAwaited bool                               // the page asked for a navigation the browser has not reported yet
	dialog     *page.EventJavascriptDialogOpening // the native dialog open now, if any
	inflight   int                                // input events the browser has not answered (held by a dialog)
	closed     bool
	requests   requestLog
	tracked    map[network.RequestID]trackedRequest // requests in flight an action may wait for
	reqSeq     uint64                               // counts the tracked requests sent
	loader     cdp.LoaderID                         // the loader of the main frame's document
	loaded     cdp.LoaderID                         // the loader of the main frame's document when its load event had fired
	frames     chan *page.EventScreencastFrame      // where a screenshot under way wants the tab's next frame
	hovered    hoverMark                            // what the last hover was over
	answer     docAnswer                            // the site's answer to the main frame's last document request
}

// docAnswer is the site's answer to a request for the main frame's
// document: its status, and the request.
type docAnswer struct {
	loader cdp.LoaderID
	status int64
	what   string // "HTTP 404 Not Found: GET https://..."
}

func newTab(s *Session) *tab {
	return &tab{sess: s, changed: make(chan struct{}), requests: requestLog{}, tracked: map[network.RequestID]trackedRequest{}}
}

// bind records the chromedp target once the tab is attached.
func (tb *tab) bind(ctx context.Context, cancel context.CancelFunc) {
	t := chromedp.FromContext(ctx).Target
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.ctx, tb.cancel, tb.t = ctx, cancel, t
	tb.id = t.TargetID
	if tb.mainFrame == "" {
		// Chromium gives a page's main frame the id of its target.
		tb.mainFrame = cdp.FrameID(t.TargetID)
	}
}

// watch returns a channel that closes at the next change of the tab's state.
func (tb *tab) watch() <-chan struct{} {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.changed
}

// update changes the state under the lock and wakes the waiters.
func (tb *tab) update(f func()) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	f()
	close(tb.changed)
	tb.changed = make(chan struct{})
}

// pendingDialog returns the dialog open on the tab, or nil.
func (tb *tab) pendingDialog() *page.EventJavascriptDialogOpening {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.dialog
}

// loadedNow reports whether the main frame's document has fired its load
// event, its handlers run: once no navigation is under way (state), it is
// ready, and the page need not be asked.
func (tb *tab) loadedNow() bool {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.loader != "" && tb.loaded == tb.loader
}

// state returns the navigation state: whether a navigation is pending and
// whether the tab is gone.
func (tb *tab) state() (navPending, closed bool) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.navPending || tb.navAwaited, tb.closed
}

// navMark returns a mark of the navigation events seen so far.
func (tb *tab) navMark() uint64 {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.navSeq
}

// awaitNavigation records that the page asked for a navigation, unless the
// browser has reported one since mark: until it does, the tab counts as
// navigating.
func (tb *tab) awaitNavigation(mark uint64) {
	tb.update(func() {
		if tb.navSeq == mark {
			tb.navAwaited = true
		}
	})
}

// targetID returns the tab's target id.
func (tb *tab) targetID() target.ID {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.id
}

// watchDetach marks the tab closed when the browser detaches it, or when
// its context ends: the session closed or the browser died.
func (tb *tab) watchDetach() {
	ch, err := chromedp.Detached(tb.ctx)
	if err != nil {
		return
	}
	go func() {
		select {
		case <-ch:
			tb.update(func() { tb.closed = true })
			tb.sess.tabClosed(tb)
		case <-tb.ctx.Done():
			tb.update(func() { tb.closed = true })
		}
	}()
}
