package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fakeBrowser writes a shell script that stands in for a browser binary
// and returns its path.
func fakeBrowser(t *testing.T, script string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fake-chromium")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// startWithin starts a browser with o and fails the test unless Start
// returns within limit, however the browser behaves.
func startWithin(t *testing.T, o Options, limit time.Duration) (*Browser, error) {
	t.Helper()
	type result struct {
		b   *Browser
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := Start(context.Background(), o)
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		if r.b != nil {
			t.Cleanup(func() { _ = r.b.Close() })
		}
		return r.b, r.err
	case <-time.After(limit):
		t.Fatalf("Start with %s did not return within %s", o.ExecPath, limit)
		return nil, nil
	}
}

// A program that is not a browser fails the start with what it did, what
// it printed last and how to get a browser that works, and never holds the
// run: it exits at once, never answers, or answers garbage.
func TestStartWithAProgramThatIsNotABrowser(t *testing.T) {
	for _, c := range []struct {
		name, script string
		want         []string
	}{
		{"exits at once with 0, as /bin/true", `echo "starting up" >&2; exit 0`,
			[]string{"exited (exit status 0)", "starting up"}},
		{"exits with a status", `echo "cannot find libnss3.so" >&2; exit 127`,
			[]string{"exited (exit status 127)", "cannot find libnss3.so"}},
		{"never answers", `echo "waiting forever" >&2; exec sleep 3600`,
			[]string{"no answer on the DevTools pipe within 2s, the start's deadline (--start-timeout", "needs a longer deadline", "waiting forever"}},
		{"answers garbage", `echo "hello"; printf 'not json\0' >&4; exec sleep 3600`,
			[]string{"not the DevTools protocol", "hello"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := fakeBrowser(t, c.script)
			_, err := startWithin(t, Options{ExecPath: path, StartTimeout: 2 * time.Second}, 30*time.Second)
			mustContain(t, err, append([]string{path, "--chrome PATH"}, c.want...)...)
		})
	}
}

// A browser that must open a window where there is no display, or one
// that does not run, fails the start at once with the reason and
// Chromium's own words, and the start does not hold the run.
func TestStartWithAWindowAndNoDisplay(t *testing.T) {
	for _, c := range []struct{ display, want string }{
		{"", "Chromium could not open a window: no display (DISPLAY is unset); run headless, or under xvfb-run"},
		{":4711", "Chromium could not open a window on the display (DISPLAY=:4711); check that it runs, run headless, or under xvfb-run"},
	} {
		t.Run("DISPLAY="+c.display, func(t *testing.T) {
			t.Setenv("DISPLAY", c.display)
			t.Setenv("WAYLAND_DISPLAY", "")
			_, err := startWithin(t, Options{Headful: true, StartTimeout: 30 * time.Second}, 60*time.Second)
			mustContain(t, err, c.want, "Missing X server or $DISPLAY")
		})
	}
}

// Closing the browser ends its whole process tree: no process of it is
// left, not even one waiting to be reaped.
func TestCloseLeavesNoProcessOfTheBrowser(t *testing.T) {
	b, err := Start(stepCtx(t, 30*time.Second), Options{LoopbackPages: true, Logf: testLogf})
	if err != nil {
		t.Fatal(err)
	}
	s, err := b.NewSession(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, map[string]string{"/": `<p>a page</p>`})
	open(t, s, srv.URL)
	pid := b.pid()
	tree := descendants(pid)
	if len(tree) < 2 {
		t.Fatalf("the browser %d has %v below it, want its helpers too", pid, tree)
	}
	if err := s.Close(); err != nil {
		t.Error(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	for _, p := range append(tree, pid) {
		if st, ok := procState(p); ok {
			t.Errorf("process %d of the browser is left after Close, in state %s", p, st)
		}
	}
	for _, p := range groupMembers(pid) {
		st, _ := procState(p)
		t.Errorf("process %d of the browser's group is left after Close, in state %s", p, st)
	}
}

// procStat reads a process's state, parent and process group.
func procStat(pid int) (state string, ppid, pgid int, ok bool) {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return "", 0, 0, false
	}
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 {
		return "", 0, 0, false
	}
	f := strings.Fields(string(raw[i+1:]))
	if len(f) < 3 {
		return "", 0, 0, false
	}
	ppid, _ = strconv.Atoi(f[1])
	pgid, _ = strconv.Atoi(f[2])
	return f[0], ppid, pgid, true
}

func procState(pid int) (string, bool) {
	st, _, _, ok := procStat(pid)
	return st, ok
}

// allPids lists the processes in /proc.
func allPids() []int {
	entries, _ := os.ReadDir("/proc")
	var pids []int
	for _, e := range entries {
		if p, err := strconv.Atoi(e.Name()); err == nil {
			pids = append(pids, p)
		}
	}
	return pids
}

// descendants lists the processes below pid.
func descendants(pid int) []int {
	children := map[int][]int{}
	for _, p := range allPids() {
		if _, ppid, _, ok := procStat(p); ok {
			children[ppid] = append(children[ppid], p)
		}
	}
	var out []int
	for queue := children[pid]; len(queue) > 0; queue = queue[1:] {
		out = append(out, queue[0])
		queue = append(queue, children[queue[0]]...)
	}
	return out
}

// groupMembers lists the processes in the process group pgid, when pgid is
// not the test's own group.
func groupMembers(pgid int) []int {
	_, _, self, _ := procStat(os.Getpid())
	if pgid == self {
		return nil
	}
	var out []int
	for _, p := range allPids() {
		if _, _, g, ok := procStat(p); ok && g == pgid {
			out = append(out, p)
		}
	}
	return out
}

// pid is the main process of the browser running now.
func (b *Browser) pid() int { return b.inst().proc.pid }

// inst is the browser running now.
func (b *Browser) inst() *instance {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.cur
}

// A full browser keeps its single-instance socket in a folder of its own
// under the temporary folder and links it from the profile; only a graceful
// exit removes it. A killed browser's profile is removed with that folder,
// so that runs leave nothing behind.
func TestRemoveProfileRemovesTheSingletonFolder(t *testing.T) {
	tmp := t.TempDir()
	profile := filepath.Join(tmp, "unbind-chrome-1")
	singleton := filepath.Join(tmp, "org.chromium.Chromium.AbC123")
	for _, d := range []string{profile, singleton} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(singleton, "SingletonSocket"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(singleton, "SingletonSocket"), filepath.Join(profile, "SingletonSocket")); err != nil {
		t.Fatal(err)
	}
	if err := removeProfile(profile); err != nil {
		t.Fatalf("removeProfile: %v", err)
	}
	for _, d := range []string{profile, singleton} {
		if _, err := os.Stat(d); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s is still there (stat: %v)", d, err)
		}
	}
}

// A profile's link that points elsewhere than a singleton folder is only
// removed, never followed.
func TestRemoveProfileFollowsNoOtherLink(t *testing.T) {
	tmp := t.TempDir()
	profile := filepath.Join(tmp, "unbind-chrome-2")
	kept := filepath.Join(tmp, "kept")
	for _, d := range []string{profile, kept} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(kept, "SingletonSocket"), filepath.Join(profile, "SingletonSocket")); err != nil {
		t.Fatal(err)
	}
	if err := removeProfile(profile); err != nil {
		t.Fatalf("removeProfile: %v", err)
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("a folder the profile linked to was removed: %v", err)
	}
}

// One scenario after another, the pages of a pooled browser context run in
// the context's one renderer process: the reset does not end it, and the
// next sessions' pages, on every site and in a new tab, start none of
// their own.
func TestThePagesOfAPooledContextShareItsRenderer(t *testing.T) {
	hosts := map[string]string{}
	for _, h := range simHosts {
		hosts[h] = docServer.Addr()
	}
	b, err := Start(stepCtx(t, 30*time.Second), Options{HostMap: hosts, LoopbackPages: true, StepTimeout: 5 * time.Second, Logf: testLogf})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	}()
	// The first session's context and the one the pool readies beside it
	// then take turns; each has its renderer once the second session has
	// begun.
	var running []int
	started := map[int]bool{}
	const sessions = 5
	for i := range sessions {
		s, err := b.NewSession(stepCtx(t, 10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 {
			running = renderers(b.pid())
		}
		look := func() {
			for _, p := range renderers(b.pid()) {
				if i >= 1 && !slices.Contains(running, p) {
					started[p] = true
				}
			}
		}
		for _, url := range []string{"http://www.aliexpress.com/", "https://intl.alipay.com/", "https://helppage.aliexpress.com/"} {
			open(t, s, url)
			look()
		}
		if err := s.OpenInNewTab(stepCtx(t, 5*time.Second), "http://mail.example.com/"); err != nil {
			t.Fatal(err)
		}
		look()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if len(started) > 0 {
		t.Errorf("%d sessions of four pages each after the first started %d renderer processes, want none (%d were running)", sessions-1, len(started), len(running))
	}
}

// renderers lists the renderer processes below the browser process pid.
func renderers(pid int) []int {
	var out []int
	for _, p := range descendants(pid) {
		cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", p))
		if err == nil && bytes.Contains(cmd, []byte("--type=renderer")) {
			out = append(out, p)
		}
	}
	return out
}
