package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/remote"
)

// DefaultStepTimeout is the deadline of an action whose context has none.
const DefaultStepTimeout = 10 * time.Second

// Options configure [Start].
type Options struct {
	// ExecPath is the browser binary. Empty means [FindHeadlessChrome]("")
	// for a headless browser, else [FindChrome]("").
	ExecPath string

	// Headless runs the browser without a window; callers normally set it.
	// False opens visible windows, which needs a display.
	Headless bool

	// RemoteURL, when set, attaches to a running browser through its DevTools
	// websocket (ws://host:port/devtools/browser/...) or its HTTP endpoint
	// (http://host:port) instead of starting one. ExecPath and Headless are
	// then the remote browser's business. Its command line cannot be
	// changed, so HostMap is applied through a forward proxy (see ProxyAddr)
	// that every browser context of the sessions uses, and the browser is
	// told to ignore certificate errors, as a started one is.
	RemoteURL string

	// HostMap sends a host name to a local address, for example
	// "intl.alipay.com" -> "127.0.0.1:8443". Every host not in the map fails
	// to load, except 127.0.0.1 and localhost. See [HostResolverRules].
	HostMap map[string]string

	// ProxyAddr is where the host map proxy of a remote browser listens;
	// empty means a free port on 127.0.0.1, which a browser on the same
	// machine reaches. ProxyURL, when set, is how the browser reaches it
	// (http://host.docker.internal:8899, say), when that differs.
	ProxyAddr string
	ProxyURL  string

	// StepTimeout bounds an action whose context has no deadline.
	// Zero means DefaultStepTimeout.
	StepTimeout time.Duration

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
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	return o
}

// Browser is one running (or attached) browser shared by many sessions.
type Browser struct {
	opts        Options
	ctx         context.Context // the browser's own chromedp context
	cancel      context.CancelFunc
	allocCancel context.CancelFunc
	lifeCancel  context.CancelFunc // ends the connection to a started browser
	proc        *process           // the browser started; nil for a remote browser
	dataDir     string             // removed on Close; empty for a remote browser
	execPath    string             // the binary started; empty for a remote browser
	pool        *contextPool
	sessions    atomic.Uint64 // the last session id given
	proxy       *hostProxy    // the host map of a remote browser; nil otherwise

	closeOnce sync.Once
	closeErr  error
}

// Start launches the browser, or attaches to Options.RemoteURL. ctx bounds
// the start only: the browser lives until [Browser.Close], whatever happens
// to ctx. A start that fails leaves nothing running.
func Start(ctx context.Context, o Options) (*Browser, error) {
	o = o.withDefaults()
	b := &Browser{opts: o, pool: newContextPool()}
	if err := b.start(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("starting the browser: %w", err), b.Close())
	}
	return b, nil
}

// start starts the browser, or attaches to the remote one.
func (b *Browser) start(ctx context.Context) error {
	if b.opts.RemoteURL != "" {
		return b.attachRemote(ctx)
	}
	find := FindChrome
	if b.opts.Headless {
		find = FindHeadlessChrome
	}
	path, err := find(b.opts.ExecPath)
	if err != nil {
		return err
	}
	return b.startLocal(ctx, path)
}

// attachRemote attaches to the browser at Options.RemoteURL.
func (b *Browser) attachRemote(ctx context.Context) error {
	allocCtx, cancel := remote.NewAllocator(context.Background(), b.opts.RemoteURL)
	b.allocCancel = cancel
	b.ctx, b.cancel = chromedp.NewContext(allocCtx, chromedp.WithLogf(b.opts.Logf), chromedp.WithErrorf(b.opts.Logf))
	if err := runWithin(ctx, b.ctx, chromedp.Do); err != nil {
		return err
	}
	return b.mapRemoteHosts(ctx)
}

// runWithin runs first on the long-lived context long, which binds what it
// starts to long, but gives up when ctx ends first.
func runWithin(ctx, long context.Context, first func(context.Context, ...chromedp.Action[chromedp.Void]) error) error {
	done := make(chan error, 1)
	go func() { done <- first(long) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Describe names the browser for a person: its product and version as it
// reports them ("HeadlessChrome/156.0.8078.79"), and the binary started or
// the address attached to.
func (b *Browser) Describe(ctx context.Context) (string, error) {
	res, err := cdp.Call(ctx, chromedp.FromContext(b.ctx).Browser, browser.GetVersion, cdp.Empty{})
	if err != nil {
		return "", fmt.Errorf("asking the browser its version: %w", err)
	}
	where := b.execPath
	if b.opts.RemoteURL != "" {
		where = b.opts.RemoteURL
	}
	return res.Product + " (" + where + ")", nil
}

// StepTimeout is the deadline given to actions whose context has none.
func (b *Browser) StepTimeout() time.Duration { return b.opts.StepTimeout }

// Close stops the browser (or detaches from a remote one) and removes its
// temporary profile. It is safe to call more than once.
func (b *Browser) Close() error {
	b.closeOnce.Do(func() { b.closeErr = b.close() })
	return b.closeErr
}

func (b *Browser) close() error {
	var errs []error
	if b.ctx != nil {
		errs = append(errs, b.drainPool())
	}
	if b.proc != nil {
		errs = append(errs, b.stopProcess())
	}
	if b.cancel != nil {
		b.cancel()
	}
	if b.allocCancel != nil {
		b.allocCancel()
	}
	if b.lifeCancel != nil {
		b.lifeCancel()
	}
	if b.proxy != nil {
		if err := b.proxy.Close(); err != nil {
			errs = append(errs, fmt.Errorf("stopping the host map proxy: %w", err))
		}
	}
	if b.dataDir != "" {
		if err := removeProfile(b.dataDir); err != nil {
			errs = append(errs, fmt.Errorf("removing the browser profile %s: %w", b.dataDir, err))
		}
	}
	return errors.Join(errs...)
}

// closeGrace is how long a browser asked to close may take to exit before
// it is killed.
const closeGrace = 5 * time.Second

// stopProcess asks the browser to close, as a person closing it would
// (SIGTERM), and ends its whole process tree: it kills what is left after
// closeGrace and reaps it.
func (b *Browser) stopProcess() error {
	grace := closeGrace
	if b.ctx == nil {
		grace = 0 // it never started: nothing to close gracefully
	}
	if err := b.proc.stop(grace); err != nil {
		return fmt.Errorf("stopping the browser: %w", err)
	}
	return nil
}

// removeProfile removes the profile folder, retrying for a short while: the
// last processes of the browser can still be writing to it.
func removeProfile(dir string) error {
	deadline := time.Now().Add(3 * time.Second)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		err := os.RemoveAll(dir)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		<-tick.C
	}
}
