package chromiumtest

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"regexp"
	"syscall"
	"testing"
	"time"
)

// startTimeout bounds how long the browser may take to say where it listens.
const startTimeout = 15 * time.Second

// listening is the line Chromium prints on stderr once its DevTools
// websocket is open.
var listening = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// Start starts the Chromium at path, headless, with --remote-debugging-port=0
// and a profile of its own, and returns its DevTools websocket address, read
// from its stderr. It maps no host and sets no flag the harness needs. The
// browser and all its processes are stopped and its profile removed when
// the test ends.
func Start(tb testing.TB, path string) string {
	tb.Helper()
	return Run(tb, path).WS
}

// Browser is a Chromium that Run started.
type Browser struct {
	// WS is its DevTools websocket address.
	WS  string
	cmd *exec.Cmd
}

// Kill kills the browser's whole process group at once, as a browser pool
// that loses a machine would.
func (b *Browser) Kill() {
	_ = syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL)
}

// Run is Start, and returns the browser, which the test can kill.
func Run(tb testing.TB, path string) *Browser {
	tb.Helper()
	dir, err := os.MkdirTemp("", "unbind-remote-chromium-")
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(path, "--headless", "--remote-debugging-port=0", "--user-data-dir="+dir,
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"about:blank")
	if os.Geteuid() == 0 {
		cmd.Args = append(cmd.Args, "--no-sandbox")
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatalf("starting %s: %v", path, err)
	}
	tb.Cleanup(func() { stop(tb, cmd, dir) })
	found := make(chan string, 1)
	go scanFor(stderr, found)
	select {
	case ws := <-found:
		return &Browser{WS: ws, cmd: cmd}
	case <-time.After(startTimeout):
		tb.Fatalf("%s did not print its DevTools address within %s", path, startTimeout)
		return nil
	}
}

// scanFor sends the websocket address once it appears, then drains the rest.
func scanFor(stderr io.Reader, found chan<- string) {
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if m := listening.FindStringSubmatch(sc.Text()); m != nil {
			select {
			case found <- m[1]:
			default:
			}
		}
	}
}

// stop kills the browser's process group, waits for it and removes its
// profile, retrying while the last processes let go of it.
func stop(tb testing.TB, cmd *exec.Cmd, dir string) {
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	_ = cmd.Wait()
	deadline := time.Now().Add(5 * time.Second)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		err := os.RemoveAll(dir)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			tb.Errorf("removing the remote browser's profile %s: %v", dir, err)
			return
		}
		<-tick.C
	}
}
