package netns

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Trace is a browser binary wrapped in strace: every network system call
// of the browser and of the processes it starts is logged.
type Trace struct {
	// Wrapper is the program to start instead of the browser.
	Wrapper string
	log     string
	args    string
}

// TraceBrowser writes a wrapper of binary into a temporary folder of t that
// records the browser's command line and runs it under strace -f -e
// trace=network. $UNBIND_KEEP_TRACE, when set, names a folder to write the
// wrapper, the command line and the trace into instead, which stay there
// for a person to read.
func TraceBrowser(t *testing.T, binary string) *Trace {
	t.Helper()
	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Fatalf("the test traces the browser with strace (Debian's strace, which make deps installs): %v", err)
	}
	dir := t.TempDir()
	if keep := os.Getenv("UNBIND_KEEP_TRACE"); keep != "" {
		dir = keep
	}
	tr := &Trace{Wrapper: filepath.Join(dir, "traced-browser"), log: filepath.Join(dir, "strace.log"), args: filepath.Join(dir, "args")}
	script := fmt.Sprintf("#!/bin/sh\nprintf '%%s\\n' \"$@\" > %q\nexec %q -f -qq -e trace=network -o %q %q \"$@\"\n",
		tr.args, strace, tr.log, binary)
	if err := os.WriteFile(tr.Wrapper, []byte(script), 0o755); err != nil {
		t.Fatalf("writing the browser wrapper: %v", err)
	}
	return tr
}

// Attempt is one system call by which the browser sent to, or connected
// to, an IPv4 or IPv6 address.
type Attempt struct {
	Call string // connect, sendto, sendmsg, sendmmsg
	Addr string // host:port
	Line string // the strace line
}

// callLine matches a traced call that names a destination.
var callLine = regexp.MustCompile(`^\d+\s+(connect|sendto|sendmsg|sendmmsg)\(`)

// inetAddr matches the socket addresses in a traced call.
var inetAddr = regexp.MustCompile(`sa_family=AF_INET6?, sin6?_port=htons\((\d+)\)[^}]*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")`)

// Attempts returns every attempt the trace has logged so far.
func (tr *Trace) Attempts() ([]Attempt, error) {
	data, err := os.ReadFile(tr.log)
	if err != nil {
		return nil, fmt.Errorf("reading the browser's trace: %w", err)
	}
	var out []Attempt
	for _, line := range strings.Split(string(data), "\n") {
		m := callLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, a := range inetAddr.FindAllStringSubmatch(line, -1) {
			host := a[2] + a[3]
			out = append(out, Attempt{Call: m[1], Addr: joinHostPort(host, a[1]), Line: line})
		}
	}
	return out, nil
}

// Args returns the browser's command line, as the wrapper recorded it.
func (tr *Trace) Args() ([]string, error) {
	data, err := os.ReadFile(tr.args)
	if err != nil {
		return nil, fmt.Errorf("reading the browser's command line: %w", err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n"), nil
}

func joinHostPort(host, port string) string {
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

// isRouteProbe reports whether addr is one of the addresses to which Chromium connects a UDP socket,
// sending nothing, to ask the kernel which local address a route to the
// Internet would use: WebRTC's network list (port 53) and the host
// resolver's IPv6 probe (port 443).
func isRouteProbe(addr string) bool {
	switch addr {
	case "8.8.8.8:53", "[2001:4860:4860::8888]:53", "[2001:4860:4860::8888]:443":
		return true
	}
	return false
}

// RouteProbe reports whether a is such a connect. It sends no packet;
// whatever is sent to these addresses crosses the default route, where
// [Capture] sees it.
func (a Attempt) RouteProbe() bool { return a.Call == "connect" && isRouteProbe(a.Addr) }
