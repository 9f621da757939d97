package browser

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/unbind/unbind/steps/browser/chromiumtest"
)

func TestStartWithAMissingBrowserSaysHowToInstallOne(t *testing.T) {
	_, err := Start(stepCtx(t, 5*time.Second), Options{ExecPath: "/nonexistent/chromium"})
	if !errors.Is(err, ErrNoChrome) {
		t.Fatalf("Start: %v, want ErrNoChrome", err)
	}
	mustContain(t, err, "sudo apt-get install chromium", "--chrome PATH", "UNBIND_CHROME")
}

// The browser must outlive the context it was started with: a run starts it
// with a context that a scenario's end or a timeout may cancel.
func TestBrowserOutlivesTheContextItStartedWith(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>still here</p>`})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	b, err := Start(ctx, Options{LoopbackPages: true})
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	dir := b.inst().dataDir
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the profile folder is not there while the browser runs: %v", err)
	}
	s, err := b.NewSession(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatalf("NewSession after the start context ended: %v", err)
	}
	open(t, s, srv.URL)
	if err := s.WaitText(stepCtx(t, 5*time.Second), "still here"); err != nil {
		t.Error(err)
	}
	if err := s.Close(); err != nil {
		t.Error(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the profile folder %s is left after Close: %v", dir, err)
	}
	if err := b.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
}

// A run can use a browser it did not start, through its DevTools websocket,
// and the host map still holds there: the documented hosts reach the mapped
// server over http and https, other hosts are refused and do not load when
// a page asks for them, and loopback servers are reached when the options
// allow them.
func TestRemoteBrowserWithTheHostMap(t *testing.T) {
	ws := startRemoteChromium(t)
	hosts := map[string]string{}
	for _, h := range simHosts {
		hosts[h] = docServer.Addr()
	}
	b, err := Start(stepCtx(t, 10*time.Second), Options{RemoteURL: ws, HostMap: hosts, LoopbackPages: true, StepTimeout: 5 * time.Second, Logf: testLogf})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	}()
	s, err := b.NewSession(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct{ url, want string }{
		{"https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", "host=intl.alipay.com scheme=https"},
		{"http://www.aliexpress.com/", "host=www.aliexpress.com scheme="},
		{"https://login.aliexpress.com/", "host=login.aliexpress.com scheme=https"},
	} {
		open(t, s, c.url)
		if err := s.WaitText(stepCtx(t, 5*time.Second), c.want); err != nil {
			t.Errorf("the mapped host of %s: %v", c.url, err)
		}
	}
	open(t, s, "http://www.aliexpress.com/")
	for _, url := range []string{"http://example.org/", "https://example.org/"} {
		if err := s.Open(stepCtx(t, 5*time.Second), url); !errors.Is(err, ErrRefused) {
			t.Errorf("opening the unmapped %s: %v, want ErrRefused", url, err)
		}
		if v := jsValue(t, s, `fetch("`+url+`", {mode: "no-cors"}).then(() => "loaded", () => "failed")`); v != "failed" {
			t.Errorf("the page's request for the unmapped %s: %s, want failed", url, v)
		}
	}
	srv := serve(t, map[string]string{"/": `<button onclick="document.body.append('remote click')">Go</button>`})
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Go"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "remote click"); err != nil {
		t.Error(err)
	}
}

// startRemoteChromium starts a separate headless Chromium with a DevTools
// port, as a browser pool would, and returns its websocket address. Its
// command line maps no host: the harness must apply the host map itself.
func startRemoteChromium(t *testing.T) string {
	t.Helper()
	path, err := FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	return chromiumtest.Start(t, path)
}
