package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"testing"
)

func TestParentOf(t *testing.T) {
	cases := []struct {
		name, why, stat string
		want            int
		ok              bool
	}{
		{"plain", "the parent is the fourth field", "42 (chromium) S 7 42 42 0", 7, true},
		{"name with spaces and parens", "a command name may hold ') S 9 '; the last ')' ends it",
			"43 (Web Content) S 9) S 11 43 43 0", 11, true},
		{"truncated", "a stat line cut short is not a parent", "44 (x", 0, false},
	}
	for _, c := range cases {
		got, ok := parentOf(c.stat)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: parentOf(%q) = %d, %v; want %d, %v (%s)", c.name, c.stat, got, ok, c.want, c.ok, c.why)
		}
	}
}

// A child process that holds childMB of memory of its own, so that the
// measure does not hang on pages it shares with other processes, whose
// share moves whenever a process anywhere on the machine starts or stops.
const childMB = 64

// childEnv makes the test binary act as that child: it fills its memory,
// says "ready" and waits until its stdin closes.
const childEnv = "UNBIND_PSS_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		held := make([]byte, childMB<<20)
		for i := range held {
			held[i] = 1
		}
		fmt.Println("ready")
		io.Copy(io.Discard, os.Stdin)
		runtime.KeepAlive(held)
		return
	}
	os.Exit(m.Run())
}

// The memory of a child process counts; the process measuring does not.
func TestTreePSSCountsTheChildren(t *testing.T) {
	before, err := treePSS(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	child := exec.Command(os.Args[0], "-test.run", "^$")
	child.Env = append(os.Environ(), childEnv+"=1")
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		child.Wait()
	}()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "ready\n" {
		t.Fatalf("the child said %q, %v; want ready", line, err)
	}
	after, err := treePSS(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if grew := (after - before) >> 20; grew < childMB {
		t.Errorf("with a child holding %d MB the tree went from %d to %d bytes (+%d MB)", childMB, before, after, grew)
	}
	// The child has no children: the tree below it, itself left out, is empty.
	if own, err := treePSS(child.Process.Pid); err != nil || own != 0 {
		t.Errorf("the tree below a process without children = %d bytes, %v; want 0", own, err)
	}
}
