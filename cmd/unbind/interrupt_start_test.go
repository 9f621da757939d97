package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/unbind/unbind/steps/browser"
	"github.com/unbind/unbind/suite"
)

// heldBrowser writes a --chrome that is the real headless Chromium held at
// its door: it says it started by writing to the FIFO started (which
// blocks until the test reads it), then waits on the FIFO release before
// it execs the browser, so that a signal the test sends meanwhile certainly
// comes while the browser starts.
func heldBrowser(t *testing.T, dir string) (chrome, started string) {
	t.Helper()
	real, err := browser.FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	started, release := filepath.Join(dir, "started"), filepath.Join(dir, "release")
	for _, fifo := range []string{started, release} {
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	chrome = filepath.Join(dir, "held-chromium")
	script := fmt.Sprintf("#!/bin/sh\necho started > %q\nread _ < %q\nexec %q \"$@\"\n", started, release, real)
	if err := os.WriteFile(chrome, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return chrome, started
}

// waitForFIFO reads a line from the FIFO, failing the test when none comes
// before the deadline.
func waitForFIFO(t *testing.T, fifo string, deadline time.Duration) {
	t.Helper()
	got := make(chan error, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until the writer opens it
		if err == nil {
			_, err = io.ReadAll(f)
			f.Close()
		}
		got <- err
	}()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(deadline):
		t.Fatalf("nothing came on %s within %v", fifo, deadline)
	}
}

// TestSignalWhileTheBrowserStarts: SIGINT or SIGTERM while the browser is
// starting ends the run as a signal later does: exit 130 or 143, and
// reports in which every planned scenario is not run (interrupted), with
// the summary saying so; no process of the run is left behind.
func TestSignalWhileTheBrowserStarts(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{
		{syscall.SIGINT, 130},
		{syscall.SIGTERM, 143},
	} {
		t.Run(signalName(tc.sig), func(t *testing.T) {
			dir := t.TempDir()
			feature := filepath.Join(dir, "stopped.feature")
			if err := os.WriteFile(feature, []byte(interruptFeature), 0o644); err != nil {
				t.Fatal(err)
			}
			chrome, started := heldBrowser(t, dir)
			out := filepath.Join(dir, "out")
			cmd := unbindCommand(t, "--no-color", "--chrome", chrome, "--out", out, feature)
			cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ended := make(chan error, 1)
			go func() { ended <- cmd.Wait() }()
			waitForFIFO(t, started, 30*time.Second)
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			select {
			case <-ended:
			case <-time.After(30 * time.Second): // a hang, not a slow machine
				cmd.Process.Kill()
				<-ended
				t.Fatalf("still running 30 s after %v:\n%s\n%s", tc.sig, stdout.String(), stderr.String())
			}
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			t.Logf("stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
			if want := "unbind: interrupted: 4 scenarios: 0 passed, 0 failed, 4 not run (interrupted)"; !strings.Contains(stdout.String(), want) {
				t.Errorf("the summary lacks %q", want)
			}
			if _, err := os.Stat(filepath.Join(out, "junit.xml")); err != nil {
				t.Fatalf("no reports: %v", err)
			}
			validateJUnit(t, filepath.Join(out, "junit.xml"))
			if n := strings.Count(readFile(t, filepath.Join(out, "junit.xml")), "<skipped>interrupted</skipped>"); n != 4 {
				t.Errorf("junit.xml has %d scenarios skipped as interrupted, want 4", n)
			}
			if !strings.Contains(readFile(t, filepath.Join(out, "cucumber.ndjson")), `"message":"interrupted"`) {
				t.Error("cucumber.ndjson does not report the steps as skipped, interrupted")
			}
			if !strings.Contains(readFile(t, filepath.Join(out, "report.html")), "interrupted") {
				t.Error("report.html does not say the run was interrupted")
			}
			rerun := readFile(t, filepath.Join(out, suite.RerunFile))
			if want := feature + ":2\n" + feature + ":7\n" + feature + ":12\n" + feature + ":17\n"; rerun != want {
				t.Errorf("rerun.txt = %q, want every scenario, %q", rerun, want)
			}
			if left := sessionProcesses(t, cmd.Process.Pid); len(left) > 0 {
				t.Errorf("processes of the run left behind: %v", left)
			}
		})
	}
}
