package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"github.com/unbind/unbind/suite"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// A browser killed in the middle of a run: the scenario it was running
// fails with the true reason, a new browser runs the rest, and they pass;
// the reports are valid and the run exits 1.
func TestRunGoesOnWhenTheBrowserIsKilled(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	features := []string{"../../features/p03_help_center.feature", "../../features/p02_direct_link.feature", "../../features/p09_mobile_site.feature"}
	plan, err := suite.NewPlan(suite.Options{Paths: features})
	if err != nil {
		t.Fatal(err)
	}
	var stdout lockedBuffer
	var stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, append([]string{"run", "--format", "progress", "--concurrency", "1", "--out", out}, features...), &stdout, &stderr)
	}()
	killed := killBrowserAfter(t, &stdout, 6, code)
	got := <-code
	t.Logf("killed the browser %d; stdout:\n%s\nstderr:\n%s", killed, stdout.String(), stderr.String())
	if got != exitFailed {
		t.Errorf("exit status %d, want %d", got, exitFailed)
	}
	if left := children(); len(left) > 0 {
		t.Errorf("processes of the browsers are left after the run: %v", left)
	}
	junit := filepath.Join(out, "junit.xml")
	validateJUnit(t, junit)
	failed, passed := junitVerdicts(t, junit)
	if len(failed) != 1 {
		t.Fatalf("%d scenarios failed (%v), want the one the browser died under", len(failed), failed)
	}
	if !strings.Contains(failed[0], "the browser exited (signal: killed)") {
		t.Errorf("the failure says %q, want the browser exited (signal: killed)", failed[0])
	}
	if want := len(plan.All) - 1; passed != want {
		t.Errorf("%d scenarios passed, want the other %d", passed, want)
	}
}

// killBrowserAfter waits until the run printed n passed steps, then kills
// the browser's main process and returns its pid. It fails the test if the
// run ends first.
func killBrowserAfter(t *testing.T, stdout *lockedBuffer, n int, code chan int) int {
	t.Helper()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for strings.Count(stdout.String(), ".") < n {
		select {
		case c := <-code:
			code <- c
			t.Fatalf("the run ended (status %d) before %d steps passed", c, n)
		case <-tick.C:
		}
	}
	pid := browserChild(t)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	return pid
}

// children lists this process's children, in any state, with their
// command lines.
func children() []string {
	var out []string
	entries, _ := os.ReadDir("/proc")
	self := strconv.Itoa(os.Getpid())
	for _, e := range entries {
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(f) > 1 && f[1] == self {
			cmdline, _ := os.ReadFile("/proc/" + e.Name() + "/cmdline")
			out = append(out, e.Name()+" ("+f[0]+") "+string(bytes.ReplaceAll(cmdline, []byte{0}, []byte{' '})))
		}
	}
	return out
}

// browserChild finds the browser this process started: a child with a
// DevTools pipe and a profile of unbind's.
func browserChild(t *testing.T) int {
	t.Helper()
	entries, _ := os.ReadDir("/proc")
	self := strconv.Itoa(os.Getpid())
	for _, e := range entries {
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		cmdline, _ := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if len(f) > 1 && f[1] == self && bytes.Contains(cmdline, []byte("--remote-debugging-pipe")) && bytes.Contains(cmdline, []byte("unbind-chrome-")) {
			pid, _ := strconv.Atoi(e.Name())
			return pid
		}
	}
	t.Fatal("found no browser started by the run")
	return 0
}

// junitVerdicts returns the failure messages of junit.xml's failed cases and
// how many passed.
func junitVerdicts(t *testing.T, path string) (failed []string, passed int) {
	t.Helper()
	var doc struct {
		Suites []struct {
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Error   *struct{} `xml:"error"`
				Skipped *struct{} `xml:"skipped"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			switch {
			case c.Failure != nil:
				failed = append(failed, c.Name+": "+c.Failure.Message+" "+c.Failure.Text)
			case c.Error == nil && c.Skipped == nil:
				passed++
			}
		}
	}
	return failed, passed
}

// lockedBuffer is a buffer one goroutine writes while another reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
