package chromiumtest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// chromium is the browser the harness would find; the test fails, saying how
// to install one, when there is none.
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("UNBIND_CHROME"), "/usr/lib/chromium/chromium"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	p, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("no Chromium: install Debian's chromium: sudo apt-get install chromium, or set UNBIND_CHROME")
	}
	return p
}

func TestStartReturnsTheDevToolsWebsocket(t *testing.T) {
	ws := Start(t, chromium(t))
	if !strings.HasPrefix(ws, "ws://127.0.0.1:") || !strings.Contains(ws, "/devtools/browser/") {
		t.Errorf("Start = %q, want ws://127.0.0.1:PORT/devtools/browser/ID", ws)
	}
}
