package browser

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// Isolation says how a session gets a browser context of its own.
type Isolation int

const (
	// IsolationReset reuses browser contexts: a closed session's context is
	// reset completely, off the next session's path, and handed to a later
	// session; a context whose reset fails is disposed of.
	IsolationReset Isolation = iota
	// IsolationFresh creates a browser context for every session and
	// disposes of it when the session closes.
	IsolationFresh
)

// String is the name ParseIsolation reads.
func (i Isolation) String() string {
	if i == IsolationFresh {
		return "fresh"
	}
	return "reset"
}

// ParseIsolation reads "reset" or "fresh".
func ParseIsolation(name string) (Isolation, error) {
	switch name {
	case "reset", "":
		return IsolationReset, nil
	case "fresh":
		return IsolationFresh, nil
	}
	return 0, fmt.Errorf("unknown isolation %q: want reset or fresh", name)
}

// resetTimeout bounds the reset of a released browser context.
const resetTimeout = 10 * time.Second

// pooled is a browser context with the tab it keeps open: its first tab,
// which lives as long as the context. Events of that tab go to whichever
// session holds the context now.
type pooled struct {
	ctx     context.Context // the first tab's chromedp context; its end disposes of the browser context
	cancel  context.CancelFunc
	bcID    cdp.BrowserContextID
	browser *chromedp.Browser // the connection to the browser itself
	target  *chromedp.Target
	route   atomic.Pointer[tab] // the tab of the session that holds the context
}

func (p *pooled) onEvent(ev any) {
	if tb := p.route.Load(); tb != nil {
		tb.onEvent(ev)
	}
}

// targetID is the id of the context's first tab.
func (p *pooled) targetID() target.ID { return p.target.TargetID }

// contextPool holds the browser contexts that are ready for a session, and
// counts those being prepared (created or reset) in the background.
type contextPool struct {
	mu      sync.Mutex
	ready   []*pooled
	pending int           // contexts being prepared that will be ready
	changed chan struct{} // closed and replaced when ready or pending changes
	closed  bool
	work    sync.WaitGroup // background preparations
}

func newContextPool() *contextPool {
	return &contextPool{changed: make(chan struct{})}
}

// notify wakes the sessions waiting for a context; the caller holds mu.
func (cp *contextPool) notify() {
	close(cp.changed)
	cp.changed = make(chan struct{})
}

// take returns a ready context, or nil and a channel that says when to look
// again, or nil and nil when nothing is ready nor being prepared.
func (cp *contextPool) take() (*pooled, <-chan struct{}) {
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if n := len(cp.ready); n > 0 {
		p := cp.ready[n-1]
		cp.ready = cp.ready[:n-1]
		return p, nil
	}
	if cp.pending > 0 {
		return nil, cp.changed
	}
	return nil, nil
}

// startPreparing counts one more context in preparation, unless the pool is
// closed or, when onlyIfEmpty, a context is ready or being prepared already.
func (cp *contextPool) startPreparing(onlyIfEmpty bool) bool {
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if cp.closed || (onlyIfEmpty && len(cp.ready)+cp.pending > 0) {
		return false
	}
	cp.pending++
	cp.work.Add(1)
	return true
}

// prepared ends a preparation: p is ready, or nil when it failed. It
// returns false when the pool no longer takes p, which the caller then
// disposes of. The caller calls work.Done once it has finished with p.
func (cp *contextPool) prepared(p *pooled) bool {
	cp.mu.Lock()
	defer cp.mu.Unlock()
	cp.pending--
	cp.notify()
	if p == nil || cp.closed {
		return false
	}
	cp.ready = append(cp.ready, p)
	return true
}

// close stops the pool taking contexts, waits for the preparations under way
// and returns the contexts that were ready.
func (cp *contextPool) close() []*pooled {
	cp.mu.Lock()
	cp.closed = true
	cp.mu.Unlock()
	cp.work.Wait()
	cp.mu.Lock()
	defer cp.mu.Unlock()
	ready := cp.ready
	cp.ready = nil
	return ready
}

// acquire returns a browser context for a new session: with IsolationReset a
// ready one from the pool, or the next one a background reset finishes, or
// else a new one; with IsolationFresh always a new one.
func (b *Browser) acquire(ctx context.Context) (*pooled, error) {
	if b.opts.Isolation == IsolationFresh {
		return b.newContext(ctx)
	}
	for {
		p, wait := b.pool.take()
		if p != nil {
			b.prepareSpare()
			return p, nil
		}
		if wait == nil {
			p, err := b.newContext(ctx)
			if err == nil {
				b.prepareSpare()
			}
			return p, err
		}
		if !waitFor(ctx, wait, pendingWait) {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("waiting for a browser context: %w", ctx.Err())
			}
			return b.newContext(ctx)
		}
	}
}

// pendingWait bounds how long a new session waits for a context being
// prepared before it creates one of its own.
const pendingWait = time.Second

// waitFor waits until ch closes, and reports whether it did before ctx
// ended or d passed.
func waitFor(ctx context.Context, ch <-chan struct{}, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-ctx.Done():
	case <-t.C:
	}
	return false
}

// prepareSpare creates a context in the background when none is ready nor
// being prepared, so that the next session does not wait for one.
func (b *Browser) prepareSpare() {
	if !b.pool.startPreparing(true) {
		return
	}
	go func() {
		defer b.pool.work.Done()
		ctx, cancel := context.WithTimeout(b.ctx, resetTimeout)
		defer cancel()
		p, err := b.newContext(ctx)
		if err != nil {
			b.opts.Logf("browser: preparing a spare browser context: %v", err)
			p = nil
		}
		if !b.pool.prepared(p) && p != nil {
			b.disposeLogged(p)
		}
	}()
}

// newContext creates a browser context with one blank tab.
func (b *Browser) newContext(ctx context.Context) (*pooled, error) {
	p := &pooled{}
	opts := []chromedp.ContextOption{chromedp.WithNewBrowserContext(b.contextParams), chromedp.WithListener(p.onEvent)}
	p.ctx, p.cancel = chromedp.NewContext(b.ctx, opts...)
	if err := runWithin(ctx, p.ctx, chromedp.Do); err != nil {
		p.cancel()
		return nil, fmt.Errorf("creating a browser context: %w", err)
	}
	c := chromedp.FromContext(p.ctx)
	p.bcID, p.browser, p.target = c.BrowserContextID, c.Browser, c.Target
	if err := installPageScripts(ctx, p.target); err != nil {
		p.cancel()
		return nil, fmt.Errorf("preparing the tab of a new browser context: %w", err)
	}
	return p, nil
}

// release takes back the context of a closed session. With IsolationReset
// it is reset in the background and then pooled, or disposed of when the
// reset fails; with IsolationFresh it is disposed of now.
func (b *Browser) release(p *pooled, used usage) error {
	if b.opts.Isolation == IsolationFresh || !b.pool.startPreparing(false) {
		return b.dispose(p)
	}
	go func() {
		defer b.pool.work.Done()
		start := time.Now()
		err := b.reset(p, used)
		b.observe(TimingReset, used.session, time.Since(start))
		if err != nil {
			b.opts.Logf("browser: disposing of a browser context whose reset failed: %v", err)
			b.disposeLogged(p)
			b.pool.prepared(nil)
			return
		}
		if !b.pool.prepared(p) {
			b.disposeLogged(p)
		}
	}()
	return nil
}

// disposeLogged disposes of p and logs a failure.
func (b *Browser) disposeLogged(p *pooled) {
	if err := b.dispose(p); err != nil {
		b.opts.Logf("browser: %v", err)
	}
}

// dispose closes the context's tabs and disposes of the browser context.
func (b *Browser) dispose(p *pooled) error {
	p.route.Store(nil)
	ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
	defer cancel()
	err := chromedp.Cancel(ctx)
	p.cancel()
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("disposing of the browser context: %w", err)
	}
	return nil
}

// drainPool disposes of the pooled contexts, once the background work on
// them has ended.
func (b *Browser) drainPool() error {
	var errs []error
	for _, p := range b.pool.close() {
		errs = append(errs, b.dispose(p))
	}
	return errors.Join(errs...)
}
