package browser

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// pingEvery is how often a running browser is asked its version, to find
// one that stopped answering.
const pingEvery = time.Second

// liveness records whether an instance died, and why; the end Close brings
// is no death.
type liveness struct {
	died      chan struct{}
	dieOnce   sync.Once
	why       error
	closed    chan struct{}
	closeOnce sync.Once
}

func newLiveness() liveness {
	return liveness{died: make(chan struct{}), closed: make(chan struct{})}
}

// die records the first reason the browser died.
func (l *liveness) die(why error) {
	l.dieOnce.Do(func() {
		l.why = why
		close(l.died)
	})
}

// closing records that the browser is being closed on purpose.
func (l *liveness) closing() { l.closeOnce.Do(func() { close(l.closed) }) }

// dead returns why the browser died, or nil while it lives.
func (l *liveness) dead() error {
	select {
	case <-l.died:
		return l.why
	default:
		return nil
	}
}

// ErrBrowserDied is wrapped by the reason a browser died or stopped
// answering: see [Session.Fault].
var ErrBrowserDied = errors.New("the browser died")

// died wraps a reason a browser died so that it is an ErrBrowserDied.
type died struct{ msg string }

func (d died) Error() string        { return d.msg }
func (d died) Is(target error) bool { return target == ErrBrowserDied }

// watch finds the browser's death: its process exits, its connection
// drops, or it stops answering. It ends when the browser dies or closes.
func (b *instance) watch() {
	cb := chromedp.FromContext(b.ctx).Browser
	tick := time.NewTicker(pingEvery)
	defer tick.Stop()
	for {
		select {
		case <-b.life.closed:
			return
		case <-b.exited():
			b.declare(b.exitReason())
			return
		case <-cb.LostConnection:
			b.lost()
			return
		case <-tick.C:
			if b.ping() == errNotAnswering {
				b.hung()
				return
			}
		}
	}
}

// exited is closed when a started browser's main process exits; it is nil
// (never ready) for a remote browser.
func (b *instance) exited() <-chan struct{} {
	if b.proc == nil {
		return nil
	}
	return b.proc.exited
}

// exitReason says how a started browser ended.
func (b *instance) exitReason() error {
	return died{"the browser exited (" + b.proc.exitStatus() + ")"}
}

// ping asks the browser its version: nil when it answers, errNotAnswering
// when it does not within Options.AnswerTimeout, else the error of the call
// (a lost connection).
func (b *instance) ping() error {
	ctx, cancel := context.WithTimeout(context.Background(), b.opts.AnswerTimeout)
	defer cancel()
	_, err := cdp.Call(ctx, chromedp.FromContext(b.ctx).Browser, browser.GetVersion, cdp.Empty{})
	if err != nil && ctx.Err() != nil {
		return errNotAnswering
	}
	return err
}

// lost handles a connection that dropped: the process's exit, when it
// follows, says why; a remote browser is out of reach.
func (b *instance) lost() {
	if b.proc == nil {
		b.declare(died{"lost the connection to the browser at " + b.opts.RemoteURL})
		return
	}
	select {
	case <-b.proc.exited:
		b.declare(b.exitReason())
	case <-b.life.closed:
	case <-time.After(outputGrace):
		b.proc.kill()
		b.declare(died{"the browser closed its DevTools connection; it was killed"})
	}
}

// hung handles a browser that stopped answering: one started here is
// killed.
func (b *instance) hung() {
	what := fmt.Sprintf("the browser stopped answering (nothing within %s)", b.opts.AnswerTimeout)
	if b.proc != nil {
		b.proc.kill()
		what += "; it was killed"
	} else {
		what = fmt.Sprintf("the browser at %s stopped answering (nothing within %s)", b.opts.RemoteURL, b.opts.AnswerTimeout)
	}
	b.declare(died{what})
}

// declare records the death, unless the browser is being closed, and ends
// the chromedp contexts of its tabs, so that what waits on them returns.
func (b *instance) declare(why error) {
	select {
	case <-b.life.closed:
		return
	default:
	}
	b.life.die(why)
	go b.cancel()
}

// fault returns why the browser died or stopped answering, or nil when it
// answers. A browser that does not answer now is declared hung.
func (b *instance) fault() error {
	if why := b.life.dead(); why != nil {
		return why
	}
	switch err := b.ping(); {
	case err == nil:
		return nil
	case err == errNotAnswering:
		b.hung()
	}
	select {
	case <-b.life.died:
		return b.life.why
	case <-b.life.closed:
	case <-time.After(reapTimeout):
	}
	return nil
}

// Fault says whether the session's browser died or stopped answering
// while the session used it: the reason (an [ErrBrowserDied], such as "the
// browser exited (signal: killed)"), or nil when the browser answers. A
// step that failed asks, so that its error names the cause; the next
// session gets a new browser. It waits at most Options.AnswerTimeout for
// a browser that is slow to answer.
func (s *Session) Fault() error { return s.b.fault() }
