package browser

import "time"

// TimingKind names what a [Timing] measured.
type TimingKind string

// What [Options.Observe] is told about.
const (
	// TimingAcquire is NewSession: from the call until the session's
	// browser context and tab are ready.
	TimingAcquire TimingKind = "acquire"
	// TimingCookies is SetCookie.
	TimingCookies TimingKind = "cookies"
	// TimingRelease is Session.Close: until the browser context is handed
	// back (IsolationReset) or disposed of (IsolationFresh).
	TimingRelease TimingKind = "release"
	// TimingReset is the reset of a released browser context. It runs in
	// the background, off the path of any session, and ends before the
	// context is handed to another session.
	TimingReset TimingKind = "reset"
	// TimingLocate is one locate of an element, waits until it is usable
	// included.
	TimingLocate TimingKind = "locate"
	// TimingPage is the browser doing what an action asked of the page:
	// loading a URL and waiting for the document, waiting for the current
	// document to be loaded, sending a mouse or key event until the page has
	// handled it, closing a native dialog until the page carries on, waiting
	// for the page to reach an address or to show or hide a text.
	TimingPage TimingKind = "page"
	// TimingType is the typing of a fill: the text going into the field,
	// at once or key by key, until the page has handled it.
	TimingType TimingKind = "type"
	// TimingPress is the mouse events of a click, until the page has
	// handled them.
	TimingPress TimingKind = "press"
	// TimingClickCheck is asking the page, after a click, whether the
	// element located got it.
	TimingClickCheck TimingKind = "click check"
	// TimingSettle is the wait after an action until what it started is
	// done: the page it loads ready, the requests it sent answered.
	TimingSettle TimingKind = "settle"
)

// Timing is one measured moment of a session.
type Timing struct {
	Kind    TimingKind
	Session uint64 // the session it belongs to; sessions are numbered from 1
	Took    time.Duration
}

// observe reports a timing when Options.Observe is set.
func (b *instance) observe(kind TimingKind, session uint64, took time.Duration) {
	if b.opts.Observe != nil {
		b.opts.Observe(Timing{Kind: kind, Session: session, Took: took})
	}
}

// took reports the time since start as a timing of kind for the session.
func (s *Session) took(kind TimingKind, start time.Time) {
	s.b.observe(kind, s.id, time.Since(start))
}

// pageTime reports the time since start as page time of the session.
func (s *Session) pageTime(start time.Time) {
	s.b.observe(TimingPage, s.id, time.Since(start))
}
