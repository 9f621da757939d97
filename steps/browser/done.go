package browser

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
)

// An action (a click, a key, a hover) is done when what it started is done:
// the navigation it caused has committed and its document is ready, and the
// requests its page's scripts sent (fetch, XMLHttpRequest) have been
// answered. The next step then starts from that state: one that moves the
// sim's clock moves it after the server did what the click asked.

// actionMark is what a tab had seen when an action began.
type actionMark struct {
	nav    uint64 // the navigation events, see tab.navMark
	req    uint64 // the requests sent, see tab.reqSeq
	loader cdp.LoaderID
}

// trackedRequest is a request in flight that an action may have to wait
// for: a page's document, or a script's fetch or XMLHttpRequest.
type trackedRequest struct {
	seq    uint64 // the tab's count of requests when it was sent
	what   string // "METHOD url"
	loader cdp.LoaderID
	doc    bool // the main frame's document
}

// maxAnswerRounds bounds how often an action waits again because the page,
// once answered, sent more requests or asked for a navigation.
const maxAnswerRounds = 4

// actionMark returns a mark of the tab's navigations and requests now.
func (tb *tab) actionMark() actionMark {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return actionMark{nav: tb.navSeq, req: tb.reqSeq, loader: tb.loader}
}

// track notes a request the tab's page sent, when an action may wait for it.
func (tb *tab) track(ev *network.EventRequestWillBeSent) {
	doc := ev.Type == network.ResourceTypeDocument && ev.FrameID == tb.mainFrame
	if !doc && ev.Type != network.ResourceTypeXHR && ev.Type != network.ResourceTypeFetch {
		return
	}
	if len(tb.tracked) >= maxTrackedRequests {
		return
	}
	if old, ok := tb.tracked[ev.RequestID]; ok {
		// A redirect: the same request goes on to another address.
		old.what = ev.Request.Method + " " + ev.Request.URL
		tb.tracked[ev.RequestID] = old
		return
	}
	tb.reqSeq++
	tb.tracked[ev.RequestID] = trackedRequest{seq: tb.reqSeq, what: ev.Request.Method + " " + ev.Request.URL, loader: ev.LoaderID, doc: doc}
}

// untrack forgets a request that was answered or failed.
func (tb *tab) untrack(id network.RequestID) {
	if _, ok := tb.tracked[id]; ok {
		delete(tb.tracked, id)
		close(tb.changed)
		tb.changed = make(chan struct{})
	}
}

// dropTracked forgets, when the main frame's document loader commits, the
// requests no page will get answers for any more: the old document's, whose
// end the browser does not always report, and the document's own, which has
// arrived.
func (tb *tab) dropTracked(loader cdp.LoaderID) {
	for id, r := range tb.tracked {
		if r.doc || r.loader != loader {
			delete(tb.tracked, id)
		}
	}
}

// outstanding returns what the action marked by m sent and is still
// unanswered: a script's request of the document the action was made on,
// sent up to the request counted cut, or the main frame's next document.
// Empty when there is none.
func (tb *tab) outstanding(m actionMark, cut uint64) string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	what, first := "", uint64(0)
	for _, r := range tb.tracked {
		mine := r.doc || (r.seq <= cut && (m.loader == "" || r.loader == m.loader))
		if r.seq <= m.req || !mine {
			continue
		}
		if what == "" || r.seq < first {
			what, first = r.what, r.seq
		}
	}
	return what
}

// reqCount returns the count of requests the tab's pages sent so far.
func (tb *tab) reqCount() uint64 {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.reqSeq
}

// finish waits until what the action marked by m started is done: a
// navigation has committed and its document is interactive, and the
// requests the page sent since m have been answered. When requests were
// answered and no navigation followed, the page gets its turn to handle the
// answers, and what it starts then is waited for too. A native dialog that
// opens ends the wait: the page cannot go on until it is handled.
func (s *Session) finish(ctx context.Context, tb *tab, m actionMark) error {
	start := time.Now()
	defer s.pageTime(start)
	defer s.took(TimingSettle, start)
	for round := 1; ; round++ {
		cut := tb.reqCount()
		answered, err := s.waitStarted(ctx, tb, m, cut)
		if err != nil || !answered || round == maxAnswerRounds || tb.pendingDialog() != nil {
			return err
		}
		// The answers' handlers run now; see what they start.
		nav := tb.navMark()
		tb.noteNavigation(ctx, nav)
		if pending, _ := tb.state(); !pending && tb.navMark() == nav && tb.reqCount() == cut {
			return nil
		}
		m = actionMark{nav: nav, req: cut, loader: m.loader}
	}
}

// waitStarted waits for the navigation and the requests that the action
// marked by m started, up to the request counted cut. It reports whether it
// waited for a request's answer on the same document.
func (s *Session) waitStarted(ctx context.Context, tb *tab, m actionMark, cut uint64) (bool, error) {
	start := time.Now()
	waited := false
	what := ""
	err := poll(ctx, tb.watch, func() (bool, error) {
		pending, closed := tb.state()
		switch {
		case closed:
			return false, ErrTabClosed
		case tb.pendingDialog() != nil:
			return true, nil
		}
		what = tb.outstanding(m, cut)
		if what != "" || pending {
			waited = waited || what != ""
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return false, s.unanswered(ctx, tb, what, waitErr(ctx, err, start))
		}
		return false, err
	}
	if tb.navMark() != m.nav {
		// A new document: ready once parsed and its DOMContentLoaded
		// handlers have run (waitLoaded).
		return false, s.waitLoaded(ctx, tb)
	}
	return waited, nil
}

// unanswered says what an action was still waiting for when it ran out of
// time.
func (s *Session) unanswered(ctx context.Context, tb *tab, what string, err error) error {
	if what == "" {
		return fmt.Errorf("waiting for the next page after %s: %w", s.pageURL(ctx, tb), err)
	}
	return fmt.Errorf("waiting for the answer to %s: %w", what, err)
}
