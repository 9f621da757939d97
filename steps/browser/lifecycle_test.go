package browser

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/unbind/unbind/steps/browser/chromiumtest"
)

// startOwn starts a browser of the test's own, closed when the test ends.
func startOwn(t *testing.T, o Options) *Browser {
	t.Helper()
	o.Logf, o.LoopbackPages = testLogf, true
	b, err := Start(stepCtx(t, 60*time.Second), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return b
}

// useSession opens a session, shows a page in it and checks it is there.
func useSession(t *testing.T, b *Browser, url, text string) *Session {
	t.Helper()
	s, err := b.NewSession(stepCtx(t, 60*time.Second))
	if err != nil {
		t.Fatalf("NewSession: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	open(t, s, url)
	if err := s.WaitText(stepCtx(t, 10*time.Second), text); err != nil {
		t.Fatal(err)
	}
	return s
}

// failsWith checks that an action on s fails and that the session's fault
// is want.
func failsWith(t *testing.T, s *Session, url, want string) {
	t.Helper()
	t0 := time.Now()
	err := s.Open(stepCtx(t, 30*time.Second), url)
	t.Logf("open failed after %v: %v", time.Since(t0), err)
	if err == nil {
		t.Fatal("a page opened in the browser that was stopped")
	}
	fault := s.Fault()
	t.Logf("fault after %v: %v", time.Since(t0), fault)
	if !errors.Is(fault, ErrBrowserDied) {
		t.Fatalf("the session's fault is %v, want an ErrBrowserDied", fault)
	}
	mustContain(t, fault, want)
}

// A browser killed under a session: the session's action fails with the
// true reason, the next session gets a new browser, and one killed between
// sessions is replaced too; no process of the dead ones is left.
func TestABrowserThatIsKilledIsReplaced(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>alive</p>`})
	b := startOwn(t, Options{StepTimeout: 5 * time.Second})
	s := useSession(t, b, srv.URL, "alive")
	first := b.pid()
	tree := descendants(first)
	if err := syscall.Kill(first, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	failsWith(t, s, srv.URL, "the browser exited (signal: killed)")
	if err := s.Close(); err != nil {
		t.Errorf("closing the session of the dead browser: %v", err)
	}
	useSession(t, b, srv.URL, "alive").Close()
	second := b.pid()
	if second == first {
		t.Fatalf("the session ran in the dead browser %d", first)
	}
	if err := syscall.Kill(second, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	useSession(t, b, srv.URL, "alive")
	if b.pid() == second {
		t.Fatalf("the session ran in the dead browser %d", second)
	}
	waitGone(t, append(tree, first, second))
}

// A browser that stops answering (SIGSTOP) is found out within its answer
// deadline, killed and replaced.
func TestABrowserThatStopsAnsweringIsReplaced(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>alive</p>`})
	b := startOwn(t, Options{StepTimeout: 5 * time.Second, AnswerTimeout: 3 * time.Second})
	s := useSession(t, b, srv.URL, "alive")
	stopped := b.pid()
	if err := syscall.Kill(stopped, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	failsWith(t, s, srv.URL, "the browser stopped answering (nothing within 3s); it was killed")
	useSession(t, b, srv.URL, "alive")
	if b.pid() == stopped {
		t.Fatalf("the session ran in the stopped browser %d", stopped)
	}
	waitGone(t, []int{stopped})
}

// waitGone waits until none of pids is a process any more.
func waitGone(t *testing.T, pids []int) {
	t.Helper()
	left := func() []string {
		var out []string
		for _, p := range pids {
			if st, ok := procState(p); ok {
				out = append(out, fmt.Sprintf("%d (%s)", p, st))
			}
		}
		return out
	}
	err := poll(stepCtx(t, 30*time.Second), nil, func() (bool, error) { return len(left()) == 0, nil })
	if err != nil {
		t.Errorf("processes of a dead browser are left: %v", left())
	}
}

// A remote browser that drops: the session's action fails with the reason,
// and while the browser is out of reach every later session fails with one
// reason, at once, instead of each waiting for it.
func TestARemoteBrowserThatDropsFailsTheRestWithOneReason(t *testing.T) {
	path, err := FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	remote := chromiumtest.Run(t, path)
	srv := serve(t, map[string]string{"/": `<p>alive</p>`})
	b, err := Start(stepCtx(t, 60*time.Second), Options{RemoteURL: remote.WS, LoopbackPages: true, StepTimeout: 5 * time.Second, Logf: testLogf})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	s := useSession(t, b, srv.URL, "alive")
	remote.Kill()
	failsWith(t, s, srv.URL, "lost the connection to the browser at "+remote.WS)
	var first error
	for range 3 {
		_, err := b.NewSession(stepCtx(t, 60*time.Second))
		mustContain(t, err, "lost the connection to the browser at "+remote.WS, "and no new browser could be had")
		if first == nil {
			first = err
		} else if err.Error() != first.Error() {
			t.Errorf("a later session failed with %q, want the same reason as the first, %q", err, first)
		}
	}
}

// A remote browser whose connection drops while it still runs (a network
// blip): the session's action fails with the reason, and the next session
// connects to it again.
func TestARemoteBrowserThatDropsIsConnectedToAgain(t *testing.T) {
	path, err := FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	remote := chromiumtest.Run(t, path)
	u, err := url.Parse(remote.WS)
	if err != nil {
		t.Fatal(err)
	}
	link := newCuttableLink(t, u.Host)
	u.Host = link.addr()
	srv := serve(t, map[string]string{"/": `<p>alive</p>`})
	b, err := Start(stepCtx(t, 60*time.Second), Options{RemoteURL: u.String(), LoopbackPages: true, StepTimeout: 5 * time.Second, Logf: testLogf})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	s := useSession(t, b, srv.URL, "alive")
	link.cut()
	failsWith(t, s, srv.URL, "lost the connection to the browser at "+u.String())
	useSession(t, b, srv.URL, "alive")
}

// cuttableLink forwards TCP connections to a server, and can cut the ones
// open while it goes on accepting new ones.
type cuttableLink struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newCuttableLink(t *testing.T, target string) *cuttableLink {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := &cuttableLink{ln: ln}
	t.Cleanup(func() { ln.Close(); l.cut() })
	go l.serve(target)
	return l
}

func (l *cuttableLink) addr() string { return l.ln.Addr().String() }

func (l *cuttableLink) serve(target string) {
	for {
		in, err := l.ln.Accept()
		if err != nil {
			return
		}
		out, err := net.Dial("tcp", target)
		if err != nil {
			in.Close()
			continue
		}
		l.mu.Lock()
		l.conns = append(l.conns, in, out)
		l.mu.Unlock()
		go func() { _, _ = io.Copy(out, in); out.Close() }()
		go func() { _, _ = io.Copy(in, out); in.Close() }()
	}
}

// cut closes every connection open now.
func (l *cuttableLink) cut() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.conns {
		c.Close()
	}
	l.conns = nil
}
