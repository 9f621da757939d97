package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagValuesSayWhatTheFlagWants: a value a number or duration flag
// cannot read is refused with what the flag wants, never the flag
// package's bare "parse error", from the command line, the environment
// and the configuration file alike; a duration written without its unit
// gets it suggested.
func TestFlagValuesSayWhatTheFlagWants(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		why  string
		args []string
		env  map[string]string
		file string
		want string
	}{
		{"a word for a number", []string{"--concurrency", "abc"}, nil, "",
			`unbind: --concurrency "abc": want a whole number; see 'unbind run --help'`},
		{"a fraction for a number", []string{"--concurrency", "1.5"}, nil, "",
			`unbind: --concurrency "1.5": want a whole number; see 'unbind run --help'`},
		{"a number without its unit", []string{"--step-timeout", "5"}, nil, "",
			`unbind: --step-timeout "5": want a duration with its unit, like 5s; see 'unbind run --help'`},
		{"a word for a duration", []string{"--start-timeout", "x"}, nil, "",
			`unbind: --start-timeout "x": want a duration, like 30s or 2m; see 'unbind run --help'`},
		{"a variable without its unit", nil, map[string]string{"UNBIND_STEP_TIMEOUT": "5"}, "",
			`unbind: UNBIND_STEP_TIMEOUT=5: want a duration with its unit, like 5s`},
		{"a file's number without its unit", nil, nil, "step-timeout: 2.5\n",
			`unbind.yaml:1: step-timeout "2.5": want a duration with its unit, like 2.5s`},
	} {
		t.Run(tt.why, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			args := append([]string{"run"}, tt.args...)
			if tt.file != "" {
				cfg := filepath.Join(t.TempDir(), "unbind.yaml")
				if err := os.WriteFile(cfg, []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, "--config", cfg)
			}
			args = append(args, "--out", filepath.Join(dir, "out"), "features")
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), args, &stdout, &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), tt.want) || strings.Contains(stderr.String(), "parse error") {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitUsage, tt.want)
			}
		})
	}
}
