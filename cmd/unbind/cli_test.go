package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/unbind/unbind/steps"
)

func TestUsage(t *testing.T) {
	tests := []struct {
		why     string
		args    []string
		code    int
		wantOut string
		wantErr string // "" wants nothing on stderr
	}{
		{"help names every command", []string{"--help"}, exitOK, "unbind serve", ""},
		{"help is a command too", []string{"help"}, exitOK, "unbind's version", ""},
		{"run --help teaches with examples, on stdout", []string{"run", "--help"}, exitOK, "unbind --tags @P2", ""},
		{"help run is run --help", []string{"help", "run"}, exitOK, "unbind --tags @P2", ""},
		{"help after flags and paths", []string{"--tags", "@P1", "features", "-h"}, exitOK, "Usage: unbind run", ""},
		{"serve --help says how to open the sites", []string{"serve", "--help"}, exitOK, "buyer@example.com", ""},
		{"help serve", []string{"help", "serve"}, exitOK, "buyer@example.com", ""},
		{"merge --help", []string{"merge", "--help"}, exitOK, "Usage: unbind merge", ""},
		{"report --help", []string{"report", "-help"}, exitOK, "Usage: unbind merge", ""},
		{"steps --help", []string{"steps", "--help"}, exitOK, "Usage: unbind steps", ""},
		{"help of no command", []string{"help", "nosuch"}, exitUsage, "", `unbind: no command "nosuch"; see 'unbind help'`},
		{"--version", []string{"--version"}, exitOK, "unbind ", ""},
		{"version", []string{"version"}, exitOK, "unbind ", ""},
		{"an unknown flag is one line and a hint", []string{"--no-such-flag"}, exitUsage, "", "unbind: unknown flag --no-such-flag; see 'unbind run --help'"},
		{"an unknown flag of a command names its help", []string{"serve", "--foo"}, exitUsage, "", "unbind: unknown flag --foo; see 'unbind serve --help'"},
		{"an unknown flag a reader would guess names the flag it means", []string{"--reports", "/tmp/r"}, exitUsage, "", "unbind: unknown flag --reports (did you mean --out?); see 'unbind run --help'"},
		{"a misspelt flag names the nearest", []string{"--step-timout", "3s"}, exitUsage, "", "unbind: unknown flag --step-timout (did you mean --step-timeout?)"},
		{"workers is concurrency", []string{"--workers=3"}, exitUsage, "", "(did you mean --concurrency?)"},
		{"a single-dash flag with its value", []string{"-tag=@P1"}, exitUsage, "", "unknown flag --tag (did you mean --tags?)"},
		{"a run has no language of its own", []string{"--lang", "hi"}, exitUsage, "", "unknown flag --lang (a feature's language is its first line, such as # language: hi;"},
		{"a flag without its value", []string{"run", "--out"}, exitUsage, "", "unbind: --out needs a value; see 'unbind run --help'"},
		{"a bad value", []string{"--retries", "x"}, exitUsage, "", `unbind: --retries "x": want a whole number from 0 to 10; see 'unbind run --help'`},
		{"a bad boolean", []string{"--fail-on-flaky=maybe"}, exitUsage, "", `unbind: --fail-on-flaky takes true or false, not "maybe"; see 'unbind run --help'`},
		{"an order that is not one", []string{"--order", "shuffled"}, exitUsage, "", `unbind: --order "shuffled": want defined, random or random:SEED; see 'unbind run --help'`},
		{"a seed of zero", []string{"--order", "random:0"}, exitUsage, "", "the seed is a whole number above 0"},
		{"shards of a random order need one seed", []string{"--order", "random", "--shard", "1/2"}, exitUsage, "", "give the seed every shard shares"},
		{"max failures below zero", []string{"--max-failures", "-1"}, exitUsage, "", `unbind: --max-failures "-1": want a whole number, 0 (no limit) or more`},
		{"a name that is no regular expression", []string{"--name", "(x", "--list"}, exitUsage, "", `scenario name pattern "(x"`},
		{"screenshots takes two values only", []string{"--screenshots", "always"}, exitUsage, "", "--screenshots must be failures or steps"},
		{"concurrency below one is refused", []string{"--concurrency", "0"}, exitUsage, "", "--concurrency 0: want 1 to 64"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(context.Background(), tt.args, &out, &errb)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tt.why, code, tt.code, errb.String())
		}
		if !strings.Contains(out.String(), tt.wantOut) {
			t.Errorf("%s: stdout %q lacks %q", tt.why, out.String(), tt.wantOut)
		}
		switch got := errb.String(); {
		case tt.wantErr == "" && got != "":
			t.Errorf("%s: stderr %q, want nothing", tt.why, got)
		case !strings.Contains(got, tt.wantErr):
			t.Errorf("%s: stderr %q lacks %q", tt.why, got, tt.wantErr)
		case tt.code == exitUsage && strings.Count(got, "\n") != 1:
			t.Errorf("%s: stderr %q, want one line", tt.why, got)
		}
	}
}

func TestStepsListsEveryExample(t *testing.T) {
	var out bytes.Buffer
	if code := run(context.Background(), []string{"steps"}, &out, &out); code != exitOK {
		t.Fatalf("unbind steps exited %d: %s", code, out.String())
	}
	for _, st := range steps.Vocabulary() {
		if !strings.Contains(out.String(), st.Example) {
			t.Errorf("unbind steps does not show %q", st.Example)
		}
	}
}

// Each command's help lists its flags as a user types them and as the help
// and README write them: --tags, not -tags.
func TestHelpListsFlagsWithTwoDashes(t *testing.T) {
	for _, cmd := range []string{"run", "serve", "lint", "coverage", "merge", "steps"} {
		var stdout, stderr bytes.Buffer
		run(context.Background(), []string{cmd, "--help"}, &stdout, &stderr)
		help := stdout.String() + stderr.String()
		if !strings.Contains(help, "\n  --") || regexp.MustCompile(`(?m)^  -[a-z]`).MatchString(help) {
			t.Errorf("unbind %s --help lists flags with one dash:\n%s", cmd, help)
		}
	}
}

// A first word that is neither a command nor a file or folder is said to
// be an unknown command, with the one it is nearest to, not a missing
// feature path; a folder of that name is still run.
func TestAMistypedCommandIsSaidToBeOne(t *testing.T) {
	var b bytes.Buffer
	if code := run(context.Background(), []string{"mrege", "a.ndjson"}, &b, &b); code != exitUsage {
		t.Errorf("exit %d, want %d:\n%s", code, exitUsage, b.String())
	}
	for _, want := range []string{`no command "mrege"`, `(did you mean "merge"?)`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the error does not say %s:\n%s", want, b.String())
		}
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("checkout", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("checkout", "a.feature"), []byte("Feature: a\n  Scenario: b\n    When I open \"https://www.aliexpress.com/\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if code := run(context.Background(), []string{"checkout", "--dry-run"}, &b, &b); code != exitOK {
		t.Errorf("a folder named like a command: exit %d, want %d:\n%s", code, exitOK, b.String())
	}
}
