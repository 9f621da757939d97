package main

import (
	"bytes"
	"context"
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
		wantErr string
	}{
		{"help names every command", []string{"--help"}, exitOK, "unbind serve", ""},
		{"run --help teaches with examples", []string{"run", "--help"}, exitOK, "", "unbind --tags @P2"},
		{"an unknown flag is bad usage", []string{"--no-such-flag"}, exitUsage, "", "flag provided but not defined"},
		{"screenshots takes two values only", []string{"--screenshots", "always"}, exitUsage, "", "--screenshots must be failures or steps"},
		{"concurrency below one is refused", []string{"--concurrency", "0"}, exitUsage, "", "--concurrency 0: want 1 to 64"},
		{"serve --help says how to open the sites", []string{"serve", "--help"}, exitOK, "", "buyer@example.com"},
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
		if !strings.Contains(errb.String(), tt.wantErr) {
			t.Errorf("%s: stderr %q lacks %q", tt.why, errb.String(), tt.wantErr)
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
