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

// pooled is a browser context for sessions, with the new blank tab the next
// session starts in.
type pooled struct {
	bcID    cdp.BrowserContextID
	browser *chromedp.Browser // the connection to the browser itself
	tab     *blankTab         // nil once a session has it
	// keeper is a blank tab of the context that no session sees and no
	// reset closes. Every page of a context runs in one renderer process
	// (--renderer-process-limit=1, see flags), which would end with the
	// last tab the reset closes; the keeper holds it for the next session,
	// whose pages then start no process of their own. Nothing of a session
	// lives in the process: what a page keeps is in its tab, closed, or in
	// its origin's storage, cleared.
	keeper target.ID
}

// blankTab is a tab opened for a session before the session exists. Its
// events go to the session's view of it once the session adopts it.
type blankTab struct {
	ctx    context.Context // the tab's chromedp context; its end closes the tab
	cancel context.CancelFunc
	target *chromedp.Target
	route  atomic.Pointer[tab]
}

func (bt *blankTab) onEvent(ev any) {
	if tb := bt.route.Load(); tb != nil {
		tb.onEvent(ev)
	}
}

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
func (b *instance) acquire(ctx context.Context) (*pooled, error) {
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
func (b *instance) prepareSpare() {
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
func (b *instance) newContext(ctx context.Context) (*pooled, error) {
	params := target.CreateBrowserContextParams{DisposeOnDetach: new(true)}
	b.contextParams(&params)
	browser := chromedp.FromContext(b.ctx).Browser
	res, err := cdp.Call(ctx, browser, target.CreateBrowserContext, params)
	if err != nil {
		return nil, fmt.Errorf("creating a browser context: %w", err)
	}
	p := &pooled{bcID: res.BrowserContextID, browser: browser}
	if b.opts.Isolation == IsolationReset && !b.opts.Headful {
		kept, err := cdp.Call(ctx, browser, target.CreateTarget, target.CreateTargetParams{URL: "about:blank", BrowserContextID: p.bcID, Background: new(true)})
		if err != nil {
			return nil, errors.Join(fmt.Errorf("opening the tab that keeps a browser context's renderer: %w", err), b.dispose(p))
		}
		p.keeper = kept.TargetID
	}
	if p.tab, err = b.openBlankTab(ctx, p); err != nil {
		return nil, errors.Join(err, b.dispose(p))
	}
	return p, nil
}

// openBlankTab opens a tab in p's browser context, with the page scripts.
func (b *instance) openBlankTab(ctx context.Context, p *pooled) (*blankTab, error) {
	bt := &blankTab{}
	bt.ctx, bt.cancel = chromedp.NewContext(b.ctx, chromedp.WithExistingBrowserContext(p.bcID), chromedp.WithListener(bt.onEvent))
	if err := runWithin(ctx, bt.ctx, chromedp.Do); err != nil {
		bt.cancel()
		return nil, fmt.Errorf("opening a tab: %w", err)
	}
	bt.target = chromedp.FromContext(bt.ctx).Target
	if err := installPageScripts(ctx, bt.target); err != nil {
		bt.cancel()
		return nil, fmt.Errorf("opening a tab: %w", err)
	}
	return bt, nil
}

// release takes back the context of a closed session. With IsolationReset
// it is reset in the background and then pooled, or disposed of when the
// reset fails; with IsolationFresh it is disposed of now.
func (b *instance) release(p *pooled, used usage) error {
	if b.life.dead() != nil {
		used.closeTabs() // the browser died: nothing of it is kept
		return nil
	}
	if b.opts.Isolation == IsolationFresh || !b.pool.startPreparing(false) {
		used.closeTabs()
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
func (b *instance) disposeLogged(p *pooled) {
	if err := b.dispose(p); err != nil {
		b.opts.Logf("browser: %v", err)
	}
}

// dispose closes the context's blank tab, if it has one, and disposes of
// the browser context, which closes the rest.
func (b *instance) dispose(p *pooled) error {
	if p.tab != nil {
		p.tab.route.Store(nil)
		p.tab.cancel()
	}
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	_, err := cdp.Call(ctx, p.browser, target.DisposeBrowserContext, target.DisposeBrowserContextParams{BrowserContextID: p.bcID})
	if err != nil && b.ctx.Err() == nil {
		return fmt.Errorf("disposing of the browser context %s: %w", p.bcID, err)
	}
	return nil
}

// drainPool disposes of the pooled contexts, once the background work on
// them has ended.
func (b *instance) drainPool() error {
	var errs []error
	for _, p := range b.pool.close() {
		errs = append(errs, b.dispose(p))
	}
	return errors.Join(errs...)
}
