package browser

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/unbind/unbind/internal/netns"
)

// secretMarker is in a local file that no page, and no evidence, may ever
// show.
const secretMarker = "UNBIND-SECRET-7f3a9c"

// Pages of the mapped hosts that try to reach beyond them. They run in a
// network namespace of the test's own with no link to the machine's
// network, so the browser really tries and nothing can leave the machine;
// the test host's address is in that namespace too. Every network call
// the browser makes is traced: the only address it may use is the host map
// proxy's, and nothing may arrive where the pages aim.
func TestHostilePagesReachNothingButTheSimulatedSites(t *testing.T) {
	if !netns.Inside(t.Name()) {
		netns.Run(t)
		return
	}
	netns.Setup(t)
	leaving := netns.CaptureDefaultRoute(t)
	leaving.Check(t)
	w := watchTargets(t)
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte(secretMarker), 0o600); err != nil {
		t.Fatal(err)
	}
	srv, err := newDualServer(hostileHandler(w.loopbackPort, secret))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	hosts := map[string]string{}
	for _, h := range simHosts {
		hosts[h] = srv.Addr()
	}
	for _, binary := range chromiumBuilds(t) {
		t.Run(filepath.Base(binary), func(t *testing.T) {
			arrived, left := len(w.arrived()), len(leaving.Frames())
			tryToGetOut(t, binary, hosts, srv.Addr(), secret, w.loopbackPort)
			for _, got := range w.arrived()[arrived:] {
				t.Errorf("reached the test host: %s", got)
			}
			for _, f := range leaving.Frames()[left:] {
				t.Errorf("went out through the default route: %s", f)
			}
		})
	}
}

// chromiumBuilds are the browsers a run may use: the headless shell and
// the full browser, when they are two binaries.
func chromiumBuilds(t *testing.T) []string {
	t.Helper()
	shell, err := FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	full, err := FindChrome("")
	if err != nil {
		t.Fatal(err)
	}
	if full == shell {
		return []string{shell}
	}
	return []string{shell, full}
}

// tryToGetOut runs the hostile page and the refused addresses in a traced
// browser, binary, whose mapped hosts go to simAddr.
func tryToGetOut(t *testing.T, binary string, hosts map[string]string, simAddr, secret string, loopbackPort int) {
	tr := netns.TraceBrowser(t, binary)
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	b, err := Start(ctx, Options{ExecPath: tr.Wrapper, HostMap: hosts, StepTimeout: 20 * time.Second, Logf: testLogf})
	if err != nil {
		t.Fatalf("starting the traced browser: %v", err)
	}
	closed := false
	defer func() {
		if !closed {
			b.Close()
		}
	}()
	s, err := b.NewSession(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The one address the browser may use: the proxy's, or without one,
	// the sim's.
	allowed := map[string]bool{simAddr: true}
	if s.b.proxy != nil {
		allowed = map[string]bool{s.b.proxy.Addr(): true}
	}

	results := runHostilePage(t, s)
	refused := openRefused(t, s, secret, loopbackPort)
	dom, err := s.DOM(stepCtx(t, 20*time.Second))
	if err != nil {
		t.Errorf("reading the page: %v", err)
	}
	evidence := strings.Join(s.Evidence(), "\n")
	s.Close()
	if err := b.Close(); err != nil {
		t.Errorf("closing the browser: %v", err)
	}
	closed = true

	t.Logf("the hostile page's tries:\n%s", results)
	for _, r := range refused {
		t.Error(r)
	}
	for what, text := range map[string]string{"the page's DOM": dom, "the session's evidence": evidence, "the hostile page's results": results} {
		if strings.Contains(text, secretMarker) {
			t.Errorf("%s holds the local file's content", what)
		}
	}
	checkTrace(t, tr, allowed)
}

// runHostilePage loads the page that tries everything and returns what
// each try came to, once every try has ended.
func runHostilePage(t *testing.T, s *Session) string {
	t.Helper()
	ctx := stepCtx(t, 60*time.Second)
	if err := s.Open(ctx, "https://www.aliexpress.com/hostile"); err != nil {
		t.Fatalf("opening the hostile page: %v", err)
	}
	if err := s.WaitText(ctx, "every try has ended"); err != nil {
		t.Fatalf("waiting for the hostile page's tries: %v", err)
	}
	return jsValue(t, s, `document.getElementById("out").textContent`)
}

// openRefused opens what a scenario may not open and returns a line for
// each that was not refused.
func openRefused(t *testing.T, s *Session, secret string, loopbackPort int) []string {
	t.Helper()
	var wrong []string
	for _, u := range []string{
		"file://" + secret,
		"file://" + filepath.Dir(secret) + "/",
		"data:text/html,<p>data</p>",
		"javascript:document.title='x'",
		"chrome://version/",
		"about:version",
		"http://" + netns.TestHost + "/",
		fmt.Sprintf("http://127.0.0.1:%d/", loopbackPort),
		fmt.Sprintf("http://localhost:%d/", loopbackPort),
		"https://www.aliexpress.com:8443/",
		"https://www.aliexpress.com/redirect-file",
		"https://www.aliexpress.com/redirect-ip",
		"https://www.aliexpress.com/redirect-loopback",
	} {
		err := s.Open(stepCtx(t, 20*time.Second), u)
		if err == nil {
			wrong = append(wrong, fmt.Sprintf("Open(%s) = nil, want an error: it is not a simulated site", u))
			continue
		}
		t.Logf("Open(%s): %v", u, err)
	}
	if err := s.Open(stepCtx(t, 20*time.Second), "about:blank"); err != nil {
		wrong = append(wrong, fmt.Sprintf("Open(about:blank): %v", err))
	}
	return wrong
}

// checkTrace fails t for every address other than allowed that the browser
// connected or sent to.
func checkTrace(t *testing.T, tr *netns.Trace, allowed map[string]bool) {
	t.Helper()
	attempts, err := tr.Attempts()
	if err != nil {
		t.Fatal(err)
	}
	used := 0
	seen := map[string]bool{}
	for _, a := range attempts {
		if allowed[a.Addr] {
			used++
			continue
		}
		if a.RouteProbe() {
			// Checked by the capture on the default route instead.
			continue
		}
		if key := a.Call + " " + a.Addr; !seen[key] {
			seen[key] = true
			t.Errorf("the browser tried to reach %s (%s): %s", a.Addr, a.Call, a.Line)
		}
	}
	if used == 0 {
		t.Errorf("the trace shows no connection to %v: it did not see the browser load the pages", allowed)
	}
}

// hostileHandler serves the mapped hosts: /hostile tries every way out it
// knows, the redirects lead where the browser may not go.
func hostileHandler(loopbackPort int, secret string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/hostile", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlPage("Hostile", hostilePage(loopbackPort, secret)))
	})
	redirect := map[string]string{
		"/redirect-file":     "file://" + secret,
		"/redirect-ip":       "http://" + netns.TestHost + "/",
		"/redirect-loopback": fmt.Sprintf("http://127.0.0.1:%d/", loopbackPort),
	}
	for path, to := range redirect {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) })
	}
	return mux
}

// hostilePage is the body of /hostile: WebRTC with a STUN and a TURN server
// and remote candidates at the test host (and one named in .local, which
// takes mDNS), requests and sockets to the test host and to loopback, and
// frames and windows of a local file. Each try is bounded; when all have
// ended, the page says so.
func hostilePage(loopbackPort int, secret string) string {
	return fmt.Sprintf(`<pre id="out"></pre><p id="state">trying</p><script>
const T = %q, L = %d, FILE = %q;
const tries = [];
function attempt(name, f) {
  let p;
  try { p = Promise.resolve(f()); } catch (e) { p = Promise.reject(e); }
  tries.push(Promise.race([
    p.then(v => name + ": ok " + (v === undefined ? "" : String(v).slice(0, 300)), e => name + ": " + e),
    new Promise(r => setTimeout(() => r(name + ": no answer"), 8000)),
  ]));
}
function load(el) { return new Promise((ok, no) => { el.onload = ok; el.onerror = no; document.body.append(el); }); }
function socket(url) { return new Promise((ok, no) => { const s = new WebSocket(url); s.onopen = ok; s.onerror = () => no("error"); }); }
async function webrtc() {
  const cfg = {iceServers: [{urls: "stun:" + T + ":3478"},
    {urls: ["turn:" + T + ":3478?transport=udp", "turn:" + T + ":3478?transport=tcp"], username: "u", credential: "p"}]};
  const a = new RTCPeerConnection(cfg), b = new RTCPeerConnection(cfg);
  const cands = [];
  a.onicecandidate = e => { if (e.candidate) cands.push(e.candidate.candidate); };
  const gathered = new Promise(r => { a.onicegatheringstatechange = () => { if (a.iceGatheringState === "complete") r(); }; });
  a.createDataChannel("x");
  await a.setLocalDescription(await a.createOffer());
  await b.setRemoteDescription(a.localDescription);
  await b.setLocalDescription(await b.createAnswer());
  await a.setRemoteDescription(b.localDescription);
  await a.addIceCandidate({candidate: "candidate:1 1 udp 2122260223 " + T + " 4000 typ host", sdpMid: "0", sdpMLineIndex: 0});
  await a.addIceCandidate({candidate: "candidate:2 1 udp 2122260222 0a1b2c3d-1111-2222-3333-444455556666.local 4001 typ host", sdpMid: "0", sdpMLineIndex: 0});
  await gathered;
  return cands.join(" | ");
}
attempt("webrtc", webrtc);
attempt("webrtc in an opaque frame", () => new Promise((ok, no) => {
  const f = document.createElement("iframe");
  f.sandbox = "allow-scripts";
  f.srcdoc = "<script>const p = new RTCPeerConnection({iceServers: [{urls: 'stun:" + T + ":3478'}]}); p.createDataChannel('x');" +
    "p.onicegatheringstatechange = () => { if (p.iceGatheringState === 'complete') parent.postMessage('gathered', '*'); };" +
    "p.createOffer().then(o => p.setLocalDescription(o));<\/script>";
  addEventListener("message", e => { if (e.data === "gathered") ok("gathered"); });
  document.body.append(f);
}));
attempt("webrtc in a data: frame", () => new Promise((ok, no) => {
  const f = document.createElement("iframe");
  f.src = "data:text/html," + encodeURIComponent("<script>const p = new RTCPeerConnection({iceServers: [{urls: 'stun:" + T + ":3478'}]}); p.createDataChannel('x');" +
    "p.onicegatheringstatechange = () => { if (p.iceGatheringState === 'complete') parent.postMessage('data frame gathered', '*'); };" +
    "p.createOffer().then(o => p.setLocalDescription(o));<\/script>");
  addEventListener("message", e => { if (e.data === "data frame gathered") ok("gathered"); });
  document.body.append(f);
}));
attempt("fetch test host", () => fetch("http://" + T + "/", {mode: "no-cors"}));
attempt("fetch test host https", () => fetch("https://" + T + "/", {mode: "no-cors"}));
attempt("fetch loopback", () => fetch("http://127.0.0.1:" + L + "/", {mode: "no-cors"}));
attempt("fetch localhost", () => fetch("http://localhost:" + L + "/", {mode: "no-cors"}));
attempt("fetch .local", () => fetch("http://unbind-test.local/", {mode: "no-cors"}));
attempt("websocket test host", () => socket("ws://" + T + "/"));
attempt("websocket loopback", () => socket("ws://127.0.0.1:" + L + "/"));
attempt("webtransport", () => new WebTransport("https://" + T + ":4433/").ready);
attempt("beacon", () => navigator.sendBeacon("http://" + T + "/beacon", "x"));
attempt("image", () => { const i = new Image(); i.src = "http://" + T + "/i.png"; return load(i); });
attempt("frame of a file", () => { const f = document.createElement("iframe"); f.src = "file://" + FILE; return load(f).then(() => { try { return f.contentDocument.body.textContent; } catch (e) { return "unreadable"; } }); });
attempt("frame of the test host", () => { const f = document.createElement("iframe"); f.src = "http://" + T + "/"; return load(f); });
attempt("window of a file", () => { const w = window.open("file://" + FILE); return w ? "opened" : "blocked"; });
attempt("fetch a file", () => fetch("file://" + FILE).then(r => r.text()));
Promise.all(tries).then(r => { document.getElementById("out").textContent = r.join("\n"); document.getElementById("state").textContent = "every try has ended"; });
</script>`, netns.TestHost, loopbackPort, secret)
}

// targets are the listeners where the hostile pages aim, inside the
// namespace; whatever reaches them is recorded.
type targets struct {
	loopbackPort int
	mu           sync.Mutex
	got          []string
}

func (w *targets) record(what string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.got = append(w.got, what)
}

func (w *targets) arrived() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.got...)
}

// watchTargets listens on the test host's TCP ports 80, 443 and 3478 and
// UDP ports 3478, 4000, 4001 and 4433, on a free loopback port (a service
// of the machine that no page may reach), and for mDNS (224.0.0.251:5353)
// on every interface of the namespace.
func watchTargets(t *testing.T) *targets {
	t.Helper()
	w := &targets{}
	lo, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	w.loopbackPort = lo.Addr().(*net.TCPAddr).Port
	tcp := []net.Listener{lo}
	for _, port := range []int{80, 443, 3478} {
		ln, err := net.Listen("tcp", net.JoinHostPort(netns.TestHost, fmt.Sprint(port)))
		if err != nil {
			t.Fatal(err)
		}
		tcp = append(tcp, ln)
	}
	for _, ln := range tcp {
		t.Cleanup(func() { ln.Close() })
		go acceptAll(ln, w)
	}
	for _, port := range []int{3478, 4000, 4001, 4433} {
		pc, err := net.ListenPacket("udp4", net.JoinHostPort(netns.TestHost, fmt.Sprint(port)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { pc.Close() })
		go readAll(pc, w)
	}
	watchMDNS(t, w)
	return w
}

func acceptAll(ln net.Listener, w *targets) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		w.record(fmt.Sprintf("tcp %s from %s", ln.Addr(), c.RemoteAddr()))
		c.Close()
	}
}

func readAll(pc net.PacketConn, w *targets) {
	buf := make([]byte, 2048)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		w.record(fmt.Sprintf("udp %s from %s (%d bytes)", pc.LocalAddr(), from, n))
	}
}

// watchMDNS joins the mDNS group on every IPv4 address of the namespace.
func watchMDNS(t *testing.T, w *targets) {
	t.Helper()
	c, err := net.ListenPacket("udp4", "0.0.0.0:5353")
	if err != nil {
		t.Fatalf("listening for mDNS: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := c.(*net.UDPConn).SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	joined := 0
	for _, a := range addrs {
		ip := a.(*net.IPNet).IP.To4()
		if ip == nil {
			continue
		}
		mreq := &syscall.IPMreq{Multiaddr: [4]byte{224, 0, 0, 251}, Interface: [4]byte(ip)}
		var serr error
		if err := raw.Control(func(fd uintptr) {
			serr = syscall.SetsockoptIPMreq(int(fd), syscall.IPPROTO_IP, syscall.IP_ADD_MEMBERSHIP, mreq)
		}); err == nil && serr == nil {
			joined++
		}
	}
	if joined == 0 {
		t.Fatal(errors.New("could not join the mDNS group on any interface"))
	}
	go readAll(c, w)
}
