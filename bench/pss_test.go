package main

import (
	"os"
	"os/exec"
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

// The memory of a child process counts; the process measuring does not.
func TestTreePSSCountsTheChildren(t *testing.T) {
	before, err := treePSS(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	child := exec.Command("cat")
	stdin, err := child.StdinPipe()
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
	kb, err := pssKB(child.Process.Pid)
	if err != nil {
		t.Fatal(err)
	}
	after, err := treePSS(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if kb <= 0 || after < before+kb*1024 {
		t.Errorf("with a child of %d kB the tree went from %d to %d bytes", kb, before, after)
	}
}
