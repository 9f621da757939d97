package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// --dry-run and --list say what a run would execute, as file:line and
// name, in its order, and exit 0 without a browser (the one named does not
// exist) and without touching the report folder.
func TestListStartsNothing(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "broken.feature")
	if err := os.WriteFile(feature, []byte(brokenFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no-such-chrome")
	t.Setenv("UNBIND_CHROME", missing)
	out := filepath.Join(dir, "out")
	for _, tt := range []struct {
		why  string
		args []string
		want []string // lines of stdout
	}{
		{"every scenario", []string{"--dry-run"}, []string{
			feature + ":2   Click a label the page does not have",
			feature + ":10  A step that works",
			"unbind: 2 scenarios would run; nothing was started",
		}},
		{"by name", []string{"--list", "--name", "works$"}, []string{
			feature + ":10  A step that works",
			"unbind: 1 scenario would run; nothing was started",
		}},
		{"by either of two names", []string{"--list", "--name", "^Click", "--name", "works$"}, []string{
			feature + ":2   Click a label the page does not have",
			feature + ":10  A step that works",
			"unbind: 2 scenarios would run; nothing was started",
		}},
		{"a shard's share", []string{"--list", "--shard", "2/2"}, []string{
			feature + ":10  A step that works",
			"unbind: 1 scenario would run (shard 2/2, of 2); nothing was started",
		}},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"run", "--chrome", missing, "--out", out}, tt.args...)
		code := run(context.Background(), append(args, feature), &stdout, &stderr)
		if code != exitOK {
			t.Errorf("%s: exit %d, want 0\n%s", tt.why, code, stderr.String())
		}
		if got := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: stdout\n%s\nwant\n%s", tt.why, stdout.String(), strings.Join(tt.want, "\n"))
		}
		if strings.Contains(stderr.String(), "Chrome/") {
			t.Errorf("%s: a browser started: %s", tt.why, stderr.String())
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a list made the report folder %s (%v)", out, err)
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"--list", "--name", "(x", feature}, &bytes.Buffer{}, &stderr); code != exitUsage || !strings.Contains(stderr.String(), `"(x"`) {
		t.Errorf("a name pattern that does not compile: exit %d, stderr %q; want 2 naming it", code, stderr.String())
	}
}

// A random order prints its seed; the seed given again lists the same
// order, which is not the defined one.
func TestListInRandomOrder(t *testing.T) {
	list := func(args ...string) (stdout, stderr string) {
		t.Helper()
		var o, e bytes.Buffer
		if code := run(context.Background(), append([]string{"--list", "--tags", "@P1 or @P2 or @P3"}, args...), &o, &e); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, e.String())
		}
		return o.String(), e.String()
	}
	t.Chdir(filepath.Join("..", ".."))
	defined, _ := list()
	shuffled, note := list("--order", "random")
	var seed int64
	if _, err := fmt.Sscanf(note, "unbind: random order, seed %d", &seed); err != nil || seed <= 0 {
		t.Fatalf("stderr %q names no seed", note)
	}
	again, note2 := list("--order", fmt.Sprintf("random:%d", seed))
	if again != shuffled {
		t.Errorf("--order random:%d listed\n%s\nthe first time\n%s", seed, again, shuffled)
	}
	if note2 != note {
		t.Errorf("the seed given again printed %q, the first run %q", note2, note)
	}
	if shuffled == defined {
		t.Error("the random order is the defined one")
	}
	lines := func(s string) []string { l := strings.Split(s, "\n"); slices.Sort(l); return l }
	if !slices.Equal(lines(shuffled), lines(defined)) {
		t.Errorf("the random order lists other scenarios than the defined one")
	}
}

// A dry run checks the steps too: a step no step of the vocabulary (in any
// of its languages) matches is named with its line and the closest steps,
// and the dry run exits 1, as the run would fail it; steps written in
// another language of the vocabulary are defined.
func TestDryRunNamesUndefinedSteps(t *testing.T) {
	dir := t.TempDir()
	feature := filepath.Join(dir, "typo.feature")
	src := "# language: ru\nФункция: опечатка\n  Сценарий: нажать\n    Дано покупатель с привязанной картой Visa, оканчивающейся на 4242\n    Когда я открываю «https://intl.alipay.com/»\n    И я тыкаю «Удалить карту»\n  Сценарий: английский\n    * I click \"Remove card\"\n  Сценарий: снова\n    * я тыкаю «Удалить карту»\n"
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("UNBIND_CHROME", filepath.Join(dir, "no-such-chrome"))
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"run", "--dry-run", "--out", filepath.Join(dir, "out"), feature}, &stdout, &stderr)
	all := stdout.String() + stderr.String()
	if code != exitFailed {
		t.Errorf("exit %d, want %d:\n%s", code, exitFailed, all)
	}
	for _, want := range []string{
		`no step matches "И я тыкаю «Удалить карту»" (` + feature + `:6, ` + feature + `:10)`,
		"И я нажимаю «Удалить карту»",
		"'unbind steps --lang ru' lists every step",
		"unbind: 2 steps match no step of the vocabulary; a run would fail at them",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the dry run does not say %q:\n%s", want, all)
		}
	}
	for _, defined := range []string{"Дано покупатель", "Когда я открываю", "I click"} {
		if strings.Contains(all, `no step matches "`+defined) {
			t.Errorf("a defined step is called undefined (%s):\n%s", defined, all)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Errorf("the dry run wrote a report folder")
	}
}
