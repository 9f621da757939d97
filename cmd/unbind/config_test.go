package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeConfig writes an unbind.yaml into dir and returns its path.
func writeConfig(t *testing.T, dir, src string) string {
	t.Helper()
	path := filepath.Join(dir, ConfigFile)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// parseIn parses run's flags in dir, its environment as the test set it.
func parseIn(t *testing.T, dir string, args ...string) (runOptions, int, string) {
	t.Helper()
	t.Chdir(dir)
	var stderr bytes.Buffer
	o, code, _ := parseRunFlags(args, &stderr)
	return o, code, stderr.String()
}

// Each setting comes from the first of: the command line, the environment
// (UNBIND_*), the configuration file, the default.
func TestSettingsOverrideInOrder(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "features"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeConfig(t, dir, `# a team's settings
tags: "@P1 and not @wip"
concurrency: 3
step-timeout: 20s
retries: 1
out: reports
name: [Remove, Add]
`)
	for _, tt := range []struct {
		why   string
		env   map[string]string
		args  []string
		check func(o runOptions) string // "" when right
	}{
		{"the file over the defaults", nil, nil, func(o runOptions) string {
			return want(o.Tags == "@P1 and not @wip" && o.Concurrency == 3 && o.Launch.Browser.StepTimeout == 20*time.Second &&
				o.Retries == 1 && o.out == "reports" && slices.Equal(o.Names, []string{"Remove", "Add"}) && o.FailOnFlaky == false, o)
		}},
		{"the environment over the file", map[string]string{"UNBIND_TAGS": "@P2", "UNBIND_STEP_TIMEOUT": "5s", "UNBIND_FAIL_ON_FLAKY": "true"}, nil, func(o runOptions) string {
			return want(o.Tags == "@P2" && o.Launch.Browser.StepTimeout == 5*time.Second && o.Concurrency == 3 && o.FailOnFlaky, o)
		}},
		{"the command line over both", map[string]string{"UNBIND_TAGS": "@P2", "UNBIND_CONCURRENCY": "2"}, []string{"--tags", "@P3", "--name", "Only"}, func(o runOptions) string {
			return want(o.Tags == "@P3" && o.Concurrency == 2 && slices.Equal(o.Names, []string{"Only"}) && o.Retries == 1, o)
		}},
		{"no file: the defaults", nil, []string{"--config", filepath.Join(dir, "empty.yaml")}, func(o runOptions) string {
			return want(o.Tags == "" && o.Retries == 0 && o.out == "out" && o.Launch.Browser.StepTimeout == 10*time.Second, o)
		}},
	} {
		t.Run(tt.why, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(dir, "empty.yaml"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			o, code, stderr := parseIn(t, dir, tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if msg := tt.check(o); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func want(ok bool, o runOptions) string {
	if ok {
		return ""
	}
	return fmt.Sprintf("got tags %q, names %q, concurrency %d, step timeout %v, retries %d, out %q, fail on flaky %v",
		o.Tags, o.Names, o.Concurrency, o.Launch.Browser.StepTimeout, o.Retries, o.out, o.FailOnFlaky)
}

// The paths a file names are relative to it, wherever it is read from; a
// run's paths on the command line replace the file's.
func TestConfigPathsAreRelativeToIt(t *testing.T) {
	project := t.TempDir()
	for _, d := range []string{"specs", "articles"} {
		if err := os.MkdirAll(filepath.Join(project, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(project, "articles", "001.txt"), []byte("an article"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, project, "paths: [specs]\ndocs: articles\nout: ../elsewhere\n")
	o, code, stderr := parseIn(t, t.TempDir(), "--config", cfg)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !slices.Equal(o.Paths, []string{filepath.Join(project, "specs")}) || o.docs != filepath.Join(project, "articles") || o.out != filepath.Join(filepath.Dir(project), "elsewhere") {
		t.Errorf("paths %v, docs %q, out %q; want them under %s", o.Paths, o.docs, o.out, project)
	}
	t.Setenv("UNBIND_CONFIG", cfg)
	o, code, stderr = parseIn(t, t.TempDir(), filepath.Join(project, "specs"))
	if code != exitOK || o.docs != filepath.Join(project, "articles") {
		t.Errorf("UNBIND_CONFIG: exit %d, docs %q (%s)", code, o.docs, stderr)
	}
}

// A file that sets what no flag is, or a value a flag refuses, is refused
// with exit 2, naming the file and the line; so is an environment variable
// with a value its flag refuses.
func TestConfigMistakes(t *testing.T) {
	for _, tt := range []struct {
		why  string
		src  string
		env  map[string]string
		args []string
		want string
	}{
		{"an unknown key", "concurrency: 2\ntag: \"@P1\"\n", nil, nil, `unbind.yaml:2: unknown key "tag"; did you mean tags?`},
		{"a key that is no flag's name at all", "colour: red\n", nil, nil, `unbind.yaml:1: unknown key "colour"; the keys are the flags`},
		{"a list for one value", "tags:\n  - \"@P1\"\n  - \"@P2\"\n", nil, nil, "unbind.yaml:2: tags takes one value, not a list"},
		{"a key twice", "retries: 1\nretries: 2\n", nil, nil, "unbind.yaml:2: retries is set already, on line 1"},
		{"a duration that is none", "\n\nstep-timeout: ten\n", nil, nil, `unbind.yaml:3: step-timeout "ten": want a duration, like 30s or 2m`},
		{"a value a flag refuses", "retries: 99\n", nil, nil, `unbind.yaml:1: retries "99": want a whole number from 0 to 10`},
		{"a key without a value", "tags:\n", nil, nil, "unbind.yaml:1: tags has no value"},
		{"not a mapping", "- tags\n", nil, nil, "unbind.yaml:1: want keys and values"},
		{"not YAML", "tags: [\n", nil, nil, "unbind.yaml: line"},
		{"a bad variable", "", map[string]string{"UNBIND_CONCURRENCY": "many"}, nil, "UNBIND_CONCURRENCY=many: want a whole number"},
		{"a bad boolean variable", "", map[string]string{"UNBIND_HEADFUL": "sure"}, nil, "UNBIND_HEADFUL=sure: want true or false"},
		{"a file named that is not there", "", nil, []string{"--config", "nosuch.yaml"}, "configuration file: stat nosuch.yaml"},
		{"a file the variable names that is not there", "", map[string]string{"UNBIND_CONFIG": "nosuch.yaml"}, nil, "configuration file: stat nosuch.yaml"},
		{"a tag expression of the file that does not parse", "tags: \"@P1 and\"\n", nil, []string{"--list"}, "--tags, column 8"},
	} {
		t.Run(tt.why, func(t *testing.T) {
			dir := t.TempDir()
			writeConfig(t, dir, tt.src)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			code := run(t.Context(), append([]string{"run"}, tt.args...), &stdout, &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitUsage, tt.want)
			}
		})
	}
}

// The docs folder: none by default, whatever the working folder holds
// beside it; a folder the file names that is not there is left out with a
// note, and one without articles is said to be empty.
func TestDocsFolder(t *testing.T) {
	outer := t.TempDir()
	if err := os.MkdirAll(filepath.Join(outer, "shared", "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	project := filepath.Join(outer, "project")
	if err := os.MkdirAll(filepath.Join(project, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outer, "shared", "seeds", "001.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	o, _, stderr := parseIn(t, project)
	if o.docs != "" {
		t.Errorf("docs %q by default, want none (not ../shared/seeds, outside the project)", o.docs)
	}
	writeConfig(t, project, "docs: gone\n")
	o, code, stderr := parseIn(t, project)
	if code != exitOK || o.docs != "" || !strings.Contains(stderr, "docs gone is not a folder here") {
		t.Errorf("a missing docs folder of the file: exit %d, docs %q, stderr %q; want it left out with a note", code, o.docs, stderr)
	}
	writeConfig(t, project, "docs: empty\n")
	o, code, stderr = parseIn(t, project)
	if code != exitOK || o.docs != "empty" || !strings.Contains(stderr, "docs empty holds no articles") {
		t.Errorf("an empty docs folder: exit %d, docs %q, stderr %q; want a note", code, o.docs, stderr)
	}
	_, code, stderr = parseIn(t, project, "--docs", "gone")
	if code != exitUsage || !strings.Contains(stderr, "--docs gone is not a folder") {
		t.Errorf("--docs naming no folder: exit %d, stderr %q; want 2", code, stderr)
	}
}

// runFlagSamples is a value for every flag of `unbind run` and what the
// run's options hold once it is set; a flag added without one fails
// TestEveryFlagFromEverySource, so that each is set from the file, the
// environment and the command line at least once.
var runFlagSamples = map[string]struct {
	value string
	got   func(o runOptions) string
	with  []string // the command line it needs besides
}{
	"tags":            {"@P1 or @P2", func(o runOptions) string { return o.Tags }, nil},
	"name":            {"Remove", func(o runOptions) string { return strings.Join(o.Names, ",") }, nil},
	"order":           {"random:7", func(o runOptions) string { return o.Order.String() }, nil},
	"list":            {"true", func(o runOptions) string { return fmt.Sprint(o.list) }, nil},
	"dry-run":         {"true", func(o runOptions) string { return fmt.Sprint(o.list) }, nil},
	"concurrency":     {"3", func(o runOptions) string { return fmt.Sprint(o.Concurrency) }, nil},
	"isolation":       {"fresh", func(o runOptions) string { return o.Launch.Browser.Isolation.String() }, nil},
	"out":             {"reports", func(o runOptions) string { return o.out }, nil},
	"format":          {"progress", func(o runOptions) string { return o.formats.style }, nil},
	"verbose":         {"true", func(o runOptions) string { return fmt.Sprint(o.verbose) }, nil},
	"headful":         {"true", func(o runOptions) string { return fmt.Sprint(o.Launch.Browser.Headful) }, nil},
	"chrome":          {"true", func(o runOptions) string { return o.Launch.Browser.ExecPath }, nil}, // /usr/bin/true: a program
	"browser":         {"ws://127.0.0.1:9222/devtools/browser/x", func(o runOptions) string { return o.Launch.Browser.RemoteURL }, nil},
	"step-timeout":    {"20s", func(o runOptions) string { return o.Launch.Browser.StepTimeout.String() }, nil},
	"start-timeout":   {"40s", func(o runOptions) string { return o.Launch.Browser.StartTimeout.String() }, nil},
	"screenshots":     {"steps", func(o runOptions) string { return o.screenshots }, nil},
	"shard":           {"2/3", func(o runOptions) string { return o.Shard.String() }, nil},
	"shard-durations": {"", func(o runOptions) string { return o.durations }, nil},
	"sim-addr":        {"127.0.0.1:8099", func(o runOptions) string { return o.Launch.SimAddr }, nil},
	"docs":            {"articles", func(o runOptions) string { return o.docs }, nil},
	"retries":         {"2", func(o runOptions) string { return fmt.Sprint(o.Retries) }, nil},
	"fail-fast":       {"true", func(o runOptions) string { return fmt.Sprint(o.MaxFailures == 1) }, nil},
	"max-failures":    {"4", func(o runOptions) string { return fmt.Sprint(o.MaxFailures) }, nil},
	"fail-on-flaky":   {"true", func(o runOptions) string { return fmt.Sprint(o.FailOnFlaky) }, nil},
	"no-color":        {"true", func(o runOptions) string { return fmt.Sprint(o.noColor) }, nil},
	"baseline":        {"shots", func(o runOptions) string { return o.Launch.Evidence.Baseline.Dir }, []string{"--screenshots", "steps"}},
	"update-baselines": {"true", func(o runOptions) string { return fmt.Sprint(o.Launch.Evidence.Baseline.Update) },
		[]string{"--screenshots", "steps", "--baseline", "shots"}},
	"fail-on-drift": {"true", func(o runOptions) string { return fmt.Sprint(o.FailOnDrift) },
		[]string{"--screenshots", "steps", "--baseline", "shots"}},
	"lint":   {"true", func(o runOptions) string { return fmt.Sprint(o.lint) }, []string{"--docs", "articles"}},
	"config": {"", nil, nil}, // the file itself
}

// Every flag of `unbind run` is set the same from a configuration file, an
// environment variable and the command line.
func TestEveryFlagFromEverySource(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "features"), 0o755); err != nil {
		t.Fatal(err)
	}
	runFlags(&runOptions{}).VisitAll(func(f *flag.Flag) {
		s, ok := runFlagSamples[f.Name]
		if !ok {
			t.Errorf("--%s has no sample in runFlagSamples", f.Name)
			return
		}
		if s.got == nil {
			return
		}
		want := s.value
		switch f.Name {
		case "fail-fast", "list", "dry-run":
			want = "true"
		case "chrome":
			want = "true"
		}
		for _, src := range []string{"file", "environment", "command line"} {
			t.Run(f.Name+" from the "+src, func(t *testing.T) {
				var args []string
				config := ""
				switch src {
				case "file":
					config = fmt.Sprintf("%s: %q\n", f.Name, s.value)
				case "environment":
					t.Setenv(envName(f.Name), s.value)
				default:
					args = []string{"--" + f.Name + "=" + s.value}
				}
				writeConfig(t, dir, config)
				o, code, stderr := parseIn(t, dir, append(args, s.with...)...)
				if code != exitOK {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				if got := s.got(o); got != want && !(f.Name == "baseline" && src == "file" && got == filepath.Join(dir, want)) {
					t.Errorf("--%s %q from the %s: got %q", f.Name, s.value, src, got)
				}
			})
		}
	})
}

// README names every flag of `unbind run` and its variable.
func TestREADMENamesEveryFlag(t *testing.T) {
	readme := readFile(t, filepath.Join("..", "..", "README.md"))
	runFlags(&runOptions{}).VisitAll(func(f *flag.Flag) {
		if !strings.Contains(readme, "`--"+f.Name) {
			t.Errorf("README does not name --%s", f.Name)
		}
	})
	for _, s := range []string{"UNBIND_CONFIG", "UNBIND_STEP_TIMEOUT", "NO_COLOR", ConfigFile} {
		if !strings.Contains(readme, s) {
			t.Errorf("README does not name %s", s)
		}
	}
}

// Colours only on a terminal (a character device), and never with
// --no-color or NO_COLOR set to anything.
func TestColorOnlyOnATerminal(t *testing.T) {
	tty, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0) // a character device, as a terminal is
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	r, pipe, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer pipe.Close()
	t.Setenv("NO_COLOR", "")
	for _, tt := range []struct {
		why     string
		w       io.Writer
		noColor bool
		env     string
		want    bool
	}{
		{"a character device", tty, false, "", true},
		{"--no-color", tty, true, "", false},
		{"NO_COLOR", tty, false, "1", false},
		{"a pipe", pipe, false, "", false},
		{"a buffer", &bytes.Buffer{}, false, "", false},
	} {
		t.Setenv("NO_COLOR", tt.env)
		if got := colorFor(tt.w, tt.noColor); got != tt.want {
			t.Errorf("%s: colour %v, want %v", tt.why, got, tt.want)
		}
	}
}

// Every command reads the same file: one a run reads is one serve, merge
// and steps read too, each taking the flags it shares with run.
func TestEveryCommandReadsTheFile(t *testing.T) {
	dir := t.TempDir()
	writeConfig(t, dir, "tags: \"@P1\"\nretries: 1\nout: reports\n")
	t.Chdir(dir)
	for _, args := range [][]string{{"steps"}, {"merge"}, {"version"}} {
		var stdout, stderr bytes.Buffer
		code := run(t.Context(), args, &stdout, &stderr)
		if strings.Contains(stderr.String(), "unknown key") || code == exitUsage && args[0] != "merge" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr.String())
		}
		if args[0] == "merge" && !strings.Contains(stderr.String(), "name at least one results file") {
			t.Errorf("merge with the file: stderr %q, want it to go on to its own check", stderr.String())
		}
	}
}
