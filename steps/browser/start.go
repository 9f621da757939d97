package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// DefaultStartTimeout bounds the start of a browser when Options.StartTimeout
// is zero: from starting the program to its first answer on the DevTools
// protocol. A loaded machine starts Chromium in a few seconds.
const DefaultStartTimeout = 30 * time.Second

// workingBrowserHint tells a person how to get a browser that starts.
const workingBrowserHint = "unbind needs Chromium, Chrome or a headless shell, which answer the DevTools protocol " +
	"on --remote-debugging-pipe: " + installHint

// startLocal starts the browser binary at path with its own profile and
// waits, within the start deadline, for its first answer.
func (b *instance) startLocal(ctx context.Context, path string) error {
	dir, err := os.MkdirTemp("", "unbind-chrome-")
	if err != nil {
		return fmt.Errorf("making the browser's profile folder: %w", err)
	}
	b.dataDir, b.execPath = dir, path
	if err := b.startProxy(); err != nil {
		return err
	}
	args, err := commandLine(b.opts, path, dir, b.proxy.Addr())
	if err != nil {
		return err
	}
	p, err := startProcess(path, args)
	if err != nil {
		return fmt.Errorf("%w; %s", err, workingBrowserHint)
	}
	b.proc = p
	life, cancel := context.WithCancel(context.Background())
	b.lifeCancel = cancel
	cb, err := chromedp.NewBrowserTransport(life, p.conn, chromedp.WithBrowserLogf(b.opts.Logf), chromedp.WithBrowserErrorf(b.opts.Logf))
	if err != nil {
		return fmt.Errorf("connecting to the browser: %w", err)
	}
	if err := b.firstAnswer(ctx, cb); err != nil {
		return err
	}
	return b.attachFirstTab(ctx, cb)
}

// firstAnswer waits for the browser's first answer on the DevTools pipe,
// and says what happened instead when none comes.
func (b *instance) firstAnswer(ctx context.Context, cb *chromedp.Browser) error {
	limit := b.opts.StartTimeout
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	answered := make(chan error, 1)
	go func() {
		_, err := cdp.Call(ctx, cb, browser.GetVersion, cdp.Empty{})
		answered <- err
	}()
	p := b.proc
	select {
	case err := <-answered:
		if err == nil {
			return nil
		}
		if ctx.Err() == nil {
			return b.startError(fmt.Sprintf("answered %v, which is not the DevTools protocol", err))
		}
	case <-p.exited:
		return b.exitedAtStart()
	case <-cb.LostConnection:
		select {
		case <-p.exited:
			return b.exitedAtStart()
		case <-time.After(time.Second):
		}
		return b.startError("wrote something on the DevTools pipe that is not the DevTools protocol")
	case <-ctx.Done():
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		b.proc.kill()
		return fmt.Errorf("the browser %s gave %v within %s, the start's deadline (--start-timeout, %s unless set); %s\na browser that starts, but slowly (a loaded machine, a first start), needs a longer deadline; one that never answers is not one unbind can drive: %s",
			b.proc.path, errNotAnswering, limit, DefaultStartTimeout, b.proc.lastOutput(), installHint)
	}
	return fmt.Errorf("starting the browser %s: %w", p.path, ctx.Err())
}

// exitedAtStart is the error of a browser that exited before it answered.
func (b *instance) exitedAtStart() error {
	b.proc.kill() // the helpers it may have left hold its output
	what := "exited (" + b.proc.exitStatus() + ") before it answered on the DevTools pipe"
	if b.opts.Headful {
		if reason := windowReason(b.proc.out.lines()); reason != "" {
			return fmt.Errorf("%s: %s exited (%s); %s", reason, b.proc.path, b.proc.exitStatus(), b.proc.lastOutput())
		}
	}
	return b.startError(what)
}

// windowReason says why a browser with a window exited at its start when
// that is the display: there is none, or Chromium could not reach it.
func windowReason(lines []string) string {
	if reason := NoDisplayReason(); reason != "" {
		return reason
	}
	for _, l := range lines {
		if strings.Contains(l, "Missing X server") || strings.Contains(l, "cannot open display") {
			return fmt.Sprintf("Chromium could not open a window on the display (DISPLAY=%s); check that it runs, run headless, or under xvfb-run", os.Getenv("DISPLAY"))
		}
	}
	return ""
}

// startError says what the browser did instead of starting, what it
// printed last and how to get one that works.
func (b *instance) startError(what string) error {
	b.proc.kill()
	return fmt.Errorf("the browser %s %s; %s\n%s", b.proc.path, what, b.proc.lastOutput(), workingBrowserHint)
}

// NoDisplayReason says why a browser with a window cannot start here, or is
// empty when a display is set (DISPLAY or WAYLAND_DISPLAY).
func NoDisplayReason() string {
	if os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != "" {
		return ""
	}
	return "Chromium could not open a window: no display (DISPLAY is unset); run headless, or under xvfb-run"
}

// attachFirstTab makes the browser's first tab the root of the chromedp
// contexts of the sessions.
func (b *instance) attachFirstTab(ctx context.Context, cb *chromedp.Browser) error {
	ctx, cancel := context.WithTimeout(ctx, b.opts.StartTimeout)
	defer cancel()
	res, err := cdp.Call(ctx, cb, target.GetTargets, target.GetTargetsParams{})
	if err != nil {
		return fmt.Errorf("listing the browser's first tabs: %w", err)
	}
	i := slices.IndexFunc(res.TargetInfos, func(t *target.Info) bool { return t.Type == "page" })
	if i < 0 {
		return fmt.Errorf("the browser %s opened no tab", b.execPath)
	}
	allocCtx, allocCancel := chromedp.NewAllocatorContext(context.Background(), startedAllocator{cb})
	b.allocCancel = allocCancel
	b.ctx, b.cancel = chromedp.NewContext(allocCtx, chromedp.WithTargetID(res.TargetInfos[i].TargetID),
		chromedp.WithLogf(b.opts.Logf), chromedp.WithErrorf(b.opts.Logf))
	if err := runWithin(ctx, b.ctx, chromedp.Do); err != nil {
		return fmt.Errorf("attaching to the browser's first tab: %w", err)
	}
	return nil
}

// startedAllocator hands chromedp a browser this package started. It
// counts as attaching, so that chromedp's contexts leave stopping the
// process to [Browser.Close].
type startedAllocator struct{ b *chromedp.Browser }

// Allocate returns the started browser.
func (a startedAllocator) Allocate(context.Context, ...chromedp.BrowserOption) (*chromedp.Browser, error) {
	return a.b, nil
}

// Wait returns at once: the process is not chromedp's.
func (startedAllocator) Wait() {}

// Attaches reports true: the browser runs already.
func (startedAllocator) Attaches() bool { return true }

// errCommandLine stops the start of the command whose line commandLine
// reads.
var errCommandLine = errors.New("only reading the command line")

// commandLine returns the arguments allocatorOptions give the browser,
// read from chromedp's allocator without starting anything. A browser with
// a window where there is no display gets them too, so that it says why it
// cannot start.
func commandLine(o Options, path, dir, proxyAddr string) ([]string, error) {
	windowless := o.Headful && NoDisplayReason() != ""
	if windowless {
		o.Headful = false
	}
	var args []string
	capture := chromedp.ModifyCmdFunc(func(cmd *exec.Cmd) {
		args = slices.Clone(cmd.Args[1:])
		cmd.Err = errCommandLine
	})
	allocCtx, cancel := chromedp.NewExecAllocator(context.Background(), append(allocatorOptions(o, path, dir, proxyAddr), capture)...)
	defer cancel()
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	defer cancelCtx()
	if err := chromedp.Do(ctx); !errors.Is(err, errCommandLine) {
		return nil, fmt.Errorf("reading the browser's command line: %v", err)
	}
	args = slices.DeleteFunc(args, func(a string) bool { return a == "--remote-debugging-pipe" })
	if windowless {
		args = slices.DeleteFunc(args, func(a string) bool { return a == "--headless" })
	}
	return append(args, "--remote-debugging-pipe"), nil
}
