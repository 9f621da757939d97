package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/unbind/unbind/internal/netns"
	"github.com/unbind/unbind/steps/browser"
)

// secretMarker is in a local file that no report and no evidence may ever
// hold.
const secretMarker = "UNBIND-SECRET-c41e02"

// hostileFeature opens what a reader of the articles cannot: a local file
// and a folder, a data: page that calls out with WebRTC, the test host by
// its address, another loopback port. Each of those scenarios then fails,
// so that its evidence is kept. The first scenario uses the simulated
// sites, as any run does.
const hostileFeature = `Feature: Scenarios that try to leave the simulated sites
  Scenario: The storefront
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"

  Scenario: A local file
    When I open "file://{{secret}}"
    Then I should see "never there"

  Scenario: A local folder
    When I open "file://{{dir}}/"
    Then I should see "never there"

  Scenario: A local file in a new tab
    When I open "file://{{secret}}" in a new tab
    Then I should see "never there"

  Scenario: A data page that calls out
    When I open "data:text/html,<p>calling</p><script>const p=new RTCPeerConnection({iceServers:[{urls:'stun:{{host}}:3478'}]});p.createDataChannel('x');p.createOffer().then(o=>p.setLocalDescription(o));fetch('http://127.0.0.1:{{port}}/',{mode:'no-cors'})</script>"
    Then I should see "never there"

  Scenario: The test host by its address
    When I open "http://{{host}}/"
    Then I should see "never there"

  Scenario: Another loopback port
    When I open "http://127.0.0.1:{{port}}/"
    Then I should see "never there"
`

// A run of scenarios that try to leave the simulated sites, in a network
// namespace of the test's own with no link to the machine's network: every
// such step is refused, no local file's content is in any report or
// evidence, the browser connects to nothing but the addresses the harness
// gave it, and nothing arrives where the scenarios aim.
func TestRunKeepsTheBrowserToTheSimulatedSites(t *testing.T) {
	if !netns.Inside(t.Name()) {
		netns.Run(t)
		return
	}
	netns.Setup(t)
	leaving := netns.CaptureDefaultRoute(t)
	leaving.Check(t)
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte(secretMarker), 0o600); err != nil {
		t.Fatal(err)
	}
	lw := listenLoopback(t)
	feature := filepath.Join(dir, "hostile.feature")
	text := strings.NewReplacer("{{secret}}", secret, "{{dir}}", dir, "{{host}}", netns.TestHost, "{{port}}", fmt.Sprint(lw.port)).Replace(hostileFeature)
	if err := os.WriteFile(feature, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	binary, err := browser.FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	tr := netns.TraceBrowser(t, binary)
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	// The browser runs under strace, which slows every process it starts
	// several times over: on a loaded machine opening a browser context
	// took 5-12 s (at a load average of 18), past the default step timeout
	// of 10 s. What is checked here is where the browser connects, not how
	// soon, so its deadlines are a traced browser's.
	code := run(context.Background(), []string{"run", "--chrome", tr.Wrapper, "--step-timeout", "60s", "--format", "progress", "--out", out, feature}, &stdout, &stderr)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	t.Logf("stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	if n := strings.Count(stdout.String(), ": refused: "); n != 6 {
		t.Errorf("%d refusals in the output, want one for each of the 6 hostile scenarios", n)
	}
	if !strings.Contains(stdout.String(), "1 passed, 6 failed") {
		t.Error("the output does not say 1 passed, 6 failed")
	}
	checkReports(t, out)
	checkBrowserTrace(t, tr)
	for _, got := range lw.arrived() {
		t.Errorf("reached the loopback service: %s", got)
	}
	for _, f := range leaving.Frames() {
		t.Errorf("went out through the default route: %s", f)
	}
}

// checkReports fails t when any file of the reports holds the secret.
func checkReports(t *testing.T, out string) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte(secretMarker)) {
			t.Errorf("%s holds the local file's content", path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("reading the reports: %v", err)
	}
	if files == 0 {
		t.Fatal("the run wrote no reports")
	}
}

// harnessAddr matches the loopback addresses in the browser's command line:
// the proxy's, and the sim's in the host resolver rules.
var harnessAddr = regexp.MustCompile(`127\.0\.0\.1:\d+`)

// checkBrowserTrace fails t for every address the browser connected or sent
// to that the harness did not give it on its command line.
func checkBrowserTrace(t *testing.T, tr *netns.Trace) {
	t.Helper()
	args, err := tr.Args()
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{}
	for _, a := range harnessAddr.FindAllString(strings.Join(args, " "), -1) {
		allowed[a] = true
	}
	attempts, err := tr.Attempts()
	if err != nil {
		t.Fatal(err)
	}
	used, seen := 0, map[string]bool{}
	for _, a := range attempts {
		switch {
		case allowed[a.Addr]:
			used++
		case a.RouteProbe():
		case !seen[a.Call+a.Addr]:
			seen[a.Call+a.Addr] = true
			t.Errorf("the browser tried to reach %s (%s): %s", a.Addr, a.Call, a.Line)
		}
	}
	if used == 0 {
		t.Errorf("the trace shows no connection to %v: it did not see the browser at work", allowed)
	}
}

// loopbackWatch is a service on a loopback port that no scenario may reach,
// and a listener on the test host.
type loopbackWatch struct {
	port int
	mu   sync.Mutex
	got  []string
}

func (w *loopbackWatch) arrived() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.got...)
}

func listenLoopback(t *testing.T) *loopbackWatch {
	t.Helper()
	w := &loopbackWatch{}
	lo, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	w.port = lo.Addr().(*net.TCPAddr).Port
	host, err := net.Listen("tcp", netns.TestHost+":80")
	if err != nil {
		t.Fatal(err)
	}
	stun, err := net.ListenPacket("udp4", netns.TestHost+":3478")
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range []net.Listener{lo, host} {
		t.Cleanup(func() { ln.Close() })
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				w.mu.Lock()
				w.got = append(w.got, fmt.Sprintf("tcp %s from %s", ln.Addr(), c.RemoteAddr()))
				w.mu.Unlock()
				c.Close()
			}
		}()
	}
	t.Cleanup(func() { stun.Close() })
	go func() {
		buf := make([]byte, 2048)
		for {
			_, from, err := stun.ReadFrom(buf)
			if err != nil {
				return
			}
			w.mu.Lock()
			w.got = append(w.got, fmt.Sprintf("udp %s from %s", stun.LocalAddr(), from))
			w.mu.Unlock()
		}
	}()
	return w
}
