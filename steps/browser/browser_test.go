package browser

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"testing"
	"time"
)

func TestStartWithAMissingBrowserSaysHowToInstallOne(t *testing.T) {
	_, err := Start(stepCtx(t, 5*time.Second), Options{ExecPath: "/nonexistent/chromium", Headless: true})
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
	b, err := Start(ctx, Options{Headless: true})
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	dir := b.dataDir
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

// A run can use a browser it did not start, through its DevTools websocket.
func TestRemoteBrowser(t *testing.T) {
	ws := startRemoteChromium(t)
	srv := serve(t, map[string]string{"/": `<button onclick="document.body.append('remote click')">Go</button>`})
	b, err := Start(stepCtx(t, 10*time.Second), Options{RemoteURL: ws})
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
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Go"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "remote click"); err != nil {
		t.Error(err)
	}
}

// startRemoteChromium starts a headless Chromium with a DevTools port, as a
// browser pool would, and returns its websocket address.
func startRemoteChromium(t *testing.T) string {
	t.Helper()
	path, err := FindChrome("")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cmd := exec.Command(path, "--headless", "--remote-debugging-port=0", "--user-data-dir="+dir,
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--host-resolver-rules="+HostResolverRules(nil), "about:blank")
	if os.Geteuid() == 0 {
		cmd.Args = append(cmd.Args, "--no-sandbox")
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	found := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`DevTools listening on (ws://\S+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case ws := <-found:
		return ws
	case <-time.After(15 * time.Second):
		t.Fatal("the remote Chromium did not print its DevTools address")
		return ""
	}
}
