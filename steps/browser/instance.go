package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/remote"
)

// instance is one running (or attached) browser: its process and
// connection, and the browser contexts ready for sessions. A [Browser]
// replaces an instance that dies.
type instance struct {
	opts        Options
	ctx         context.Context // the browser's own chromedp context
	cancel      context.CancelFunc
	allocCancel context.CancelFunc
	lifeCancel  context.CancelFunc // ends the connection to a started browser
	proc        *process           // the browser started; nil for a remote browser
	dataDir     string             // removed on Close; empty for a remote browser
	execPath    string             // the binary started; empty for a remote browser
	pool        *contextPool
	sessions    *atomic.Uint64 // the last session id given, shared with the instances before and after
	proxy       *hostProxy     // all the browser's traffic goes through it
	life        liveness

	closeOnce sync.Once
	closeErr  error
}

// startInstance starts a browser, or attaches to the remote one. A start
// that fails leaves nothing running.
func startInstance(ctx context.Context, o Options, sessions *atomic.Uint64) (*instance, error) {
	b := &instance{opts: o, pool: newContextPool(), sessions: sessions, life: newLiveness()}
	if err := b.start(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("starting the browser: %w", err), b.Close())
	}
	go b.watch()
	return b, nil
}

// start starts the browser, or attaches to the remote one.
func (b *instance) start(ctx context.Context) error {
	if b.opts.RemoteURL != "" {
		return b.attachRemote(ctx)
	}
	find := FindChrome
	if !b.opts.Headful {
		find = FindHeadlessChrome
	}
	path, err := find(b.opts.ExecPath)
	if err != nil {
		return err
	}
	return b.startLocal(ctx, path)
}

// attachRemote attaches to the browser at Options.RemoteURL.
func (b *instance) attachRemote(ctx context.Context) error {
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

// describe names the browser: see [Browser.Describe].
func (b *instance) describe(ctx context.Context) (string, error) {
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

// Close stops the browser (or detaches from a remote one) and removes its
// temporary profile. It is safe to call more than once.
func (b *instance) Close() error {
	b.closeOnce.Do(func() { b.closeErr = b.close() })
	return b.closeErr
}

func (b *instance) close() error {
	b.life.closing()
	var errs []error
	if b.ctx != nil && b.proc == nil {
		// A remote browser outlives the run: its contexts are disposed of.
		// One of this process's is killed below, contexts and all.
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

// closeGrace is how long a browser with a window, asked to close, may take
// to exit before it is killed.
const closeGrace = 5 * time.Second

// stopProcess ends the browser's whole process tree and reaps it. A browser
// of a run keeps nothing worth a graceful shutdown: its profile is
// temporary and removed next, and Chromium takes seconds to exit when asked
// (SIGTERM), which every run, and an interrupted run above all, would wait
// out. So it is killed at once; the folder of the full browser's
// single-instance socket, which only a graceful exit removes, is removed
// with the profile (see removeProfile).
func (b *instance) stopProcess() error {
	if err := b.proc.stop(0); err != nil {
		return fmt.Errorf("stopping the browser: %w", err)
	}
	return nil
}

// removeProfile removes the profile folder, retrying for a short while: the
// last processes of the browser can still be writing to it. The folder of
// the full browser's single-instance socket goes with it (see
// singletonFolder).
func removeProfile(dir string) error {
	if s := singletonFolder(dir); s != "" {
		if err := os.RemoveAll(s); err != nil {
			return fmt.Errorf("removing the browser's socket folder: %w", err)
		}
	}
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

// singletonFolder returns the folder a full browser made, beside its
// profile's link SingletonSocket, for the socket that keeps a second browser
// off the profile: a folder named org.chromium.Chromium.XXXXXX (or
// com.google.Chrome.XXXXXX) that only a graceful exit removes. It returns
// "" when the profile links to no such folder.
func singletonFolder(profile string) string {
	target, err := os.Readlink(filepath.Join(profile, "SingletonSocket"))
	if err != nil || !filepath.IsAbs(target) || filepath.Base(target) != "SingletonSocket" {
		return ""
	}
	dir := filepath.Dir(target)
	name := filepath.Base(dir)
	if !strings.HasPrefix(name, "org.chromium.Chromium.") && !strings.HasPrefix(name, "com.google.Chrome.") {
		return ""
	}
	return dir
}
