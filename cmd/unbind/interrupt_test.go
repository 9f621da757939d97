package main

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/unbind/unbind/suite"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// interruptFeature: the first scenario passes, the second waits for a text
// that never comes (until the signal cuts it), the others have not started
// when the signal comes.
const interruptFeature = `Feature: A run stopped half way
  Scenario: Passes before the signal
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"

  Scenario: Cut by the signal
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "A text no page has"

  Scenario: Not started one
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "Ivan Petrov"

  Scenario: Not started two
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
`

// stepCounter calls at once the progress formatter has printed n step
// results (one character each).
type stepCounter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	n    int
	at   func()
	once sync.Once
}

func (w *stepCounter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Count(w.buf.String(), ".") >= w.n {
		w.once.Do(w.at)
	}
	return len(p), nil
}

func (w *stepCounter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// A run interrupted by SIGINT reports what ran as it ended, the scenario it
// cut and those it never started as not run ("interrupted"), in every
// report, says so in its summary and exits with 130.
func TestRunInterruptedReportsNotRun(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "stopped.feature")
	if err := os.WriteFile(feature, []byte(interruptFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	// 3 steps of the first scenario and 2 of the second: the second's
	// third step is waiting for its text.
	stdout := &stepCounter{n: 5}
	stdout.at = func() { cancel(interruption{sig: syscall.SIGINT, at: time.Now()}) }
	var stderr bytes.Buffer
	code := run(ctx, []string{"--format", "progress", "--concurrency", "1", "--out", out, feature}, stdout, &stderr)
	if code != 130 {
		t.Fatalf("exit %d, want 130\n%s\n%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "interrupted") || !strings.Contains(stdout.String(), "1 passed, 0 failed, 3 not run (interrupted)") {
		t.Errorf("the summary does not say the run was interrupted:\n%s", stdout.String())
	}
	checkInterruptedReports(t, out, feature)
}

// checkInterruptedReports checks the reports of interruptFeature's run.
func checkInterruptedReports(t *testing.T, out, feature string) {
	t.Helper()
	validateJUnit(t, filepath.Join(out, "junit.xml"))
	junit := readFile(t, filepath.Join(out, "junit.xml"))
	if n := strings.Count(junit, "<skipped>interrupted</skipped>"); n != 3 {
		t.Errorf("junit.xml has %d scenarios skipped as interrupted, want 3:\n%s", n, junit)
	}
	if strings.Contains(junit, "<failure") || strings.Contains(junit, "<error") {
		t.Errorf("junit.xml reports a failure or error, though nothing failed:\n%s", junit)
	}
	ndjson := readFile(t, filepath.Join(out, "cucumber.ndjson"))
	if strings.Contains(ndjson, `"FAILED"`) || !strings.Contains(ndjson, `"message":"interrupted"`) {
		t.Errorf("cucumber.ndjson does not report the unrun steps as skipped, interrupted")
	}
	var cuke []struct {
		Elements []struct {
			Name  string
			Steps []struct {
				Result struct {
					Status string `json:"status"`
					Error  string `json:"error_message"`
				} `json:"result"`
			} `json:"steps"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "cucumber.json"))), &cuke); err != nil {
		t.Fatal(err)
	}
	for _, sc := range cuke[0].Elements[1:] {
		last := sc.Steps[len(sc.Steps)-1].Result
		if last.Status != "skipped" || last.Error != "interrupted" {
			t.Errorf("cucumber.json: %q ends %+v, want skipped, interrupted", sc.Name, last)
		}
	}
	html := readFile(t, filepath.Join(out, "report.html"))
	if strings.Contains(html, "Steps that no longer work") || !strings.Contains(html, "interrupted") {
		t.Error("report.html lists unrun steps as no longer working, or does not say the run was interrupted")
	}
	// The evidence of the step the signal cut is named for what happened
	// to it, as the reports count it: interrupted, not failed.
	var cut, failed []string
	filepath.WalkDir(filepath.Join(out, "evidence"), func(path string, _ os.DirEntry, _ error) error {
		switch name := filepath.Base(path); {
		case strings.Contains(name, "-failed"):
			failed = append(failed, path)
		case strings.Contains(name, "-interrupted"):
			cut = append(cut, path)
		}
		return nil
	})
	if len(failed) > 0 || len(cut) == 0 {
		t.Errorf("evidence named failed %q, interrupted %q: want the cut step's named interrupted only", failed, cut)
	}
	rerun := readFile(t, filepath.Join(out, suite.RerunFile))
	if want := feature + ":7\n" + feature + ":12\n" + feature + ":17\n"; rerun != want {
		t.Errorf("rerun.txt = %q, want the scenarios that did not run, %q", rerun, want)
	}
}

// A signal from outside, as a shell's Ctrl-C or a CI cancel sends it: the
// command ends within 5 s with the status shells expect, its reports say
// what did not run, and no Chromium process of its own is left behind.
func TestSignalEndsTheRun(t *testing.T) {
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
			out := filepath.Join(dir, "out")
			cmd := unbindCommand(t, "--format", "progress", "--concurrency", "1", "--out", out, feature)
			cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} // its processes share its session id
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			printed := waitForSteps(t, stdout, 5)
			sent := time.Now()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			ended := make(chan error, 1)
			go func() { _, _ = io.Copy(&printed, stdout); ended <- cmd.Wait() }()
			select {
			case <-ended:
			case <-time.After(5 * time.Second):
				cmd.Process.Kill()
				<-ended
				t.Fatalf("still running 5 s after %v:\n%s\n%s", tc.sig, printed.String(), stderr.String())
			}
			t.Logf("ended %v after the signal", time.Since(sent))
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Errorf("exit %d, want %d\n%s\n%s", code, tc.code, printed.String(), stderr.String())
			}
			checkInterruptedReports(t, out, feature)
			if left := sessionProcesses(t, cmd.Process.Pid); len(left) > 0 {
				t.Errorf("processes of the run left behind: %v", left)
			}
		})
	}
}

// waitForSteps reads the progress formatter's output until n step results
// have been printed, and returns what it read.
func waitForSteps(t *testing.T, r io.Reader, n int) bytes.Buffer {
	t.Helper()
	var seen bytes.Buffer
	buf := make([]byte, 256)
	for strings.Count(seen.String(), ".") < n {
		k, err := r.Read(buf)
		seen.Write(buf[:k])
		if err != nil {
			t.Fatalf("the run ended before %d steps ran: %v\n%s", n, err, seen.String())
		}
	}
	return seen
}

// sessionProcesses lists the processes, zombies included, still in the
// session sid leads: those the run started and left.
func sessionProcesses(t *testing.T, sid int) []string {
	t.Helper()
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, p := range stats {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // it ended meanwhile
		}
		s := string(b)
		end := strings.LastIndexByte(s, ')')
		if end < 0 {
			continue
		}
		// after "pid (comm)": state ppid pgrp session ...
		f := strings.Fields(s[end+1:])
		if len(f) > 3 && f[3] == strconv.Itoa(sid) {
			left = append(left, strings.TrimSpace(s[:end+1])+" "+f[0])
		}
	}
	return left
}

// unbindCommand is the unbind command run as a user would, as its own
// process: this test binary, which TestMain turns into unbind.
func unbindCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "UNBIND_TEST_AS_MAIN=1")
	return cmd
}
