package browser

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultStepTimeout is the deadline of an action whose context has none.
const DefaultStepTimeout = 10 * time.Second

// Options configure [Start].
type Options struct {
	// ExecPath is the browser binary. Empty means [FindHeadlessChrome]("")
	// for a headless browser, else [FindChrome]("").
	ExecPath string

	// Headful opens visible windows, which needs a display; by default the
	// browser runs headless, without a window.
	Headful bool

	// RemoteURL, when set, attaches to a running browser through its DevTools
	// websocket (ws://host:port/devtools/browser/...) or its HTTP endpoint
	// (http://host:port) instead of starting one. ExecPath and Headful are
	// then the remote browser's business. Its command line cannot be
	// changed, so HostMap is applied through a forward proxy (see ProxyAddr)
	// that every browser context of the sessions uses, and the browser is
	// told to ignore certificate errors, as a started one is.
	RemoteURL string

	// HostMap sends a host name to a local address, for example
	// "intl.alipay.com" -> "127.0.0.1:8443". The browser reaches these hosts
	// on ports 80 and 443 and nothing else: all its traffic goes through a
	// proxy of this package that refuses every other host, port and
	// address, and sessions refuse to open anything else (see
	// [ErrRefused]).
	HostMap map[string]string

	// LoopbackPages lets the browser reach every port of the loopback
	// addresses as well (http://127.0.0.1:PORT/), for pages a program
	// serves there itself. Runs of the harness leave it off.
	LoopbackPages bool

	// ProxyAddr is where the host map proxy of a remote browser listens;
	// empty means a free port on 127.0.0.1, which a browser on the same
	// machine reaches. ProxyURL, when set, is how the browser reaches it
	// (http://host.docker.internal:8899, say), when that differs.
	ProxyAddr string
	ProxyURL  string

	// StepTimeout bounds an action whose context has no deadline.
	// Zero means DefaultStepTimeout.
	StepTimeout time.Duration

	// AnswerTimeout is how long the browser may take to answer a question
	// as small as its version before it counts as stopped answering: it is
	// then killed (when started here), and replaced, like a browser that
	// exits. Zero means StepTimeout, at least DefaultStepTimeout.
	AnswerTimeout time.Duration

	// StartTimeout bounds the start of a browser: from starting its program
	// to its first answer on the DevTools protocol. Zero means
	// DefaultStartTimeout. A program that exits, answers garbage or says
	// nothing in that time fails the start with what it printed last.
	StartTimeout time.Duration

	// Isolation says how each session gets a browser context of its own:
	// IsolationReset (the default) reuses a pooled context after a complete
	// reset, IsolationFresh creates one per session and disposes of it.
	Isolation Isolation

	// Observe, when set, receives the duration of every acquire, world
	// cookie, release, reset, locate and page action of every session, for
	// measurements. It is called from several goroutines and must be quick
	// and safe for concurrent use.
	Observe func(Timing)

	// Logf receives the browser's diagnostics. Nil discards them.
	Logf func(format string, args ...any)
}

// withDefaults fills the zero fields that have a default.
func (o Options) withDefaults() Options {
	if o.StepTimeout <= 0 {
		o.StepTimeout = DefaultStepTimeout
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = DefaultStartTimeout
	}
	if o.AnswerTimeout <= 0 {
		o.AnswerTimeout = max(o.StepTimeout, DefaultStepTimeout)
	}
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	return o
}

// ErrClosed is returned by [Browser.NewSession] once the browser is closed.
var ErrClosed = errors.New("the browser is closed")

// Browser is the browser shared by a run's sessions. It starts one (or
// attaches to Options.RemoteURL), and when that browser dies or stops
// answering, the sessions it had fail with the reason (see
// [Session.Fault]) and the next session starts a new one; when that fails
// too, every later session fails at once with both reasons.
type Browser struct {
	opts     Options
	sessions atomic.Uint64 // the last session id given

	mu        sync.Mutex
	cur       *instance     // nil once closed
	replacing chan struct{} // closed when the replacement under way ends; nil when none is
	gone      error         // why no browser can be had any more
	closed    bool
	retired   sync.WaitGroup // the closing of dead instances

	closeOnce sync.Once
	closeErr  error
}

// Start launches the browser, or attaches to Options.RemoteURL. ctx bounds
// the start only: the browser lives until [Browser.Close], whatever happens
// to ctx. A start that fails leaves nothing running.
func Start(ctx context.Context, o Options) (*Browser, error) {
	o = o.withDefaults()
	b := &Browser{opts: o}
	inst, err := startInstance(ctx, o, &b.sessions)
	if err != nil {
		return nil, err
	}
	b.cur = inst
	return b, nil
}

// live returns the running instance, or waits for the one that replaces
// a dead one, starting it when no other session has.
func (b *Browser) live(ctx context.Context) (*instance, error) {
	for {
		b.mu.Lock()
		switch {
		case b.closed:
			b.mu.Unlock()
			return nil, ErrClosed
		case b.gone != nil:
			b.mu.Unlock()
			return nil, b.gone
		case b.cur.life.dead() == nil:
			cur := b.cur
			b.mu.Unlock()
			return cur, nil
		}
		wait := b.replacing
		if wait == nil {
			wait = make(chan struct{})
			b.replacing = wait
			go b.replace(b.cur, wait)
		}
		b.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for a new browser: %w", ctx.Err())
		}
	}
}

// replace closes the dead instance and starts another; done is closed once
// it runs, or once it failed and the browser is gone.
func (b *Browser) replace(dead *instance, done chan struct{}) {
	why := dead.life.dead()
	b.opts.Logf("browser: %v; starting a new one", why)
	b.retire(dead)
	ctx, cancel := context.WithTimeout(context.Background(), b.opts.StartTimeout)
	defer cancel()
	inst, err := startInstance(ctx, b.opts, &b.sessions)
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case err != nil:
		b.gone = fmt.Errorf("%w, and no new browser could be had: %v", why, err)
	case b.closed:
		b.retire(inst)
	default:
		b.cur = inst
	}
	b.replacing = nil
	close(done)
}

// retire closes a dead (or unwanted) instance in the background; Close
// waits for it.
func (b *Browser) retire(inst *instance) {
	b.retired.Add(1)
	go func() {
		defer b.retired.Done()
		if err := inst.Close(); err != nil {
			b.opts.Logf("browser: closing a browser that is no longer used: %v", err)
		}
	}()
}

// NewSession opens a session with one blank tab, in a browser context that
// holds nothing of any other session (see [Options.Isolation]), in a new
// browser if the last one died. ctx bounds the opening only; the session
// lives until [Session.Close].
func (b *Browser) NewSession(ctx context.Context) (*Session, error) {
	for tries := 0; ; tries++ {
		inst, err := b.live(ctx)
		if err != nil {
			return nil, err
		}
		s, err := inst.newSession(ctx)
		if err == nil || tries > 0 || inst.fault() == nil {
			return s, err
		}
		// The browser died as the session opened: the next one opens it.
	}
}

// Describe names the browser for a person: its product and version as it
// reports them ("HeadlessChrome/156.0.8078.79"), and the binary started or
// the address attached to.
func (b *Browser) Describe(ctx context.Context) (string, error) {
	inst, err := b.live(ctx)
	if err != nil {
		return "", err
	}
	return inst.describe(ctx)
}

// StepTimeout is the deadline given to actions whose context has none.
func (b *Browser) StepTimeout() time.Duration { return b.opts.StepTimeout }

// Close stops the browser (or detaches from a remote one), and those it
// replaced, and removes their temporary profiles. It is safe to call more
// than once.
func (b *Browser) Close() error {
	b.closeOnce.Do(func() { b.closeErr = b.close() })
	return b.closeErr
}

func (b *Browser) close() error {
	b.mu.Lock()
	b.closed = true
	wait := b.replacing
	b.mu.Unlock()
	if wait != nil {
		<-wait
	}
	b.mu.Lock()
	cur := b.cur
	b.cur = nil
	b.mu.Unlock()
	var err error
	if cur != nil {
		err = cur.Close()
	}
	b.retired.Wait()
	return err
}
