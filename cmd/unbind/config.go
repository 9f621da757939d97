package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// ConfigFile is the name of the configuration file a command reads from
// the working folder when neither --config nor UNBIND_CONFIG names one.
const ConfigFile = "unbind.yaml"

// A command's settings come, each flag on its own, from the first of: the
// command line, the environment (UNBIND_ and the flag's name in capitals,
// dashes as underscores: UNBIND_STEP_TIMEOUT), the configuration file (the
// flag's name as a key: step-timeout), and the flag's default.

// config is what a configuration file sets: flags by name, each with the
// line that sets it, and the paths of a run.
type config struct {
	file     string
	settings []setting
	fromFile map[string]bool // the flags the file set (not the command line or the environment)
	given    []string        // the flags the command line set, by name
}

// setting is one key of a configuration file: its values (more than one
// for a list) and the line it is on.
type setting struct {
	key    string
	values []string
	line   int
}

// listKeys are the keys that take a list: the paths, and the flags that
// may be given more than once.
var listKeys = []string{"paths", "name"}

// pathKeys are the keys whose values are files or folders: given in a
// configuration file, they are relative to its folder.
var pathKeys = []string{"paths", "out", "docs", "shard-durations", "chrome", "baseline"}

// envName is the environment variable of a flag: UNBIND_STEP_TIMEOUT for
// step-timeout.
func envName(flagName string) string {
	return "UNBIND_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// findConfig is the configuration file to read: --config, else
// $UNBIND_CONFIG, else unbind.yaml in the working folder if there is one
// ("" when there is none). A file named but missing is an error.
func findConfig(flagValue string) (string, error) {
	named := flagValue
	if named == "" {
		named = os.Getenv(envName("config"))
	}
	if named != "" {
		if _, err := os.Stat(named); err != nil {
			return "", fmt.Errorf("configuration file: %w", err)
		}
		return named, nil
	}
	if _, err := os.Stat(ConfigFile); err == nil {
		return ConfigFile, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("configuration file: %w", err)
	}
	return "", nil
}

// loadConfig reads a configuration file: a YAML mapping of keys known
// says yes to. An unknown key, a list where one value belongs, or a key
// given twice is an error naming the file and line.
func loadConfig(path string, known func(key string) bool) (*config, error) {
	cfg := &config{file: path}
	if path == "" {
		return cfg, nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("configuration file: %w", err)
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return cfg, nil // an empty file sets nothing
		}
		return nil, fmt.Errorf("%s: %v", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	top := &doc
	if top.Kind == yaml.DocumentNode && len(top.Content) == 1 {
		top = top.Content[0]
	}
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want keys and values, like 'tags: \"@P1\"'", path, top.Line)
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		s, err := readSetting(path, top.Content[i], top.Content[i+1], known)
		if err != nil {
			return nil, err
		}
		if at, ok := seen[s.key]; ok {
			return nil, fmt.Errorf("%s:%d: %s is set already, on line %d", path, s.line, s.key, at)
		}
		seen[s.key] = s.line
		cfg.settings = append(cfg.settings, s)
	}
	return cfg, nil
}

// readSetting reads one key and its value: a scalar, or a list of them
// for the keys that take one.
func readSetting(path string, k, v *yaml.Node, known func(string) bool) (setting, error) {
	s := setting{key: k.Value, line: k.Line}
	if !known(s.key) {
		if near := nearestFlag(runFlags(&runOptions{}), s.key); near != "" && known(near) {
			return s, fmt.Errorf("%s:%d: unknown key %q; did you mean %s?", path, k.Line, s.key, near)
		}
		return s, fmt.Errorf("%s:%d: unknown key %q; the keys are the flags of 'unbind run --help' (like tags, concurrency, step-timeout) and paths", path, k.Line, s.key)
	}
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return s, fmt.Errorf("%s:%d: %s has no value", path, v.Line, s.key)
		}
		s.values = []string{v.Value}
	case yaml.SequenceNode:
		if !slices.Contains(listKeys, s.key) {
			return s, fmt.Errorf("%s:%d: %s takes one value, not a list", path, v.Line, s.key)
		}
		for _, item := range v.Content {
			if item.Kind != yaml.ScalarNode {
				return s, fmt.Errorf("%s:%d: %s: want a list of values", path, item.Line, s.key)
			}
			s.values = append(s.values, item.Value)
		}
	default:
		return s, fmt.Errorf("%s:%d: %s: want a value or a list of them", path, v.Line, s.key)
	}
	if slices.Contains(pathKeys, s.key) {
		for i, val := range s.values {
			s.values[i] = relativeTo(path, s.key, val)
		}
	}
	return s, nil
}

// relativeTo reads a path of a configuration file as relative to the
// file's folder. A browser named without a slash is a program on PATH.
func relativeTo(file, key, val string) string {
	if val == "" || filepath.IsAbs(val) || key == "chrome" && !strings.Contains(val, "/") {
		return val
	}
	dir := filepath.Dir(file)
	if dir == "." {
		return val
	}
	return filepath.Join(dir, val)
}

// paths are the paths the file sets, nil when it sets none.
func (c *config) paths() []string {
	for _, s := range c.settings {
		if s.key == "paths" {
			return s.values
		}
	}
	return nil
}

// apply sets every flag of fs that the command line did not set from the
// environment, else from the file. A value that the flag refuses is an
// error naming the variable, or the file and line.
func (c *config) apply(fs *flag.FlagSet) error {
	set := map[string]bool{"config": true}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		v, ok := os.LookupEnv(envName(f.Name))
		if set[f.Name] || !ok {
			return
		}
		set[f.Name] = true
		if err := fs.Set(f.Name, v); err != nil {
			errs = append(errs, fmt.Errorf("%s=%s: %v", envName(f.Name), v, valueError(f, v, err)))
		}
	})
	c.fromFile = map[string]bool{}
	for _, s := range c.settings {
		if set[s.key] || fs.Lookup(s.key) == nil {
			continue // the command line or the environment set it, or this command has no such flag
		}
		c.fromFile[s.key] = true
		for _, v := range s.values {
			if err := fs.Set(s.key, v); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %s %q: %v", c.file, s.line, s.key, v, valueError(fs.Lookup(s.key), v, err)))
			}
		}
	}
	return errors.Join(errs...)
}

// colorFor says whether output to w may be in colour: only on a terminal,
// and neither --no-color nor $NO_COLOR (any value but empty) says no.
func colorFor(w io.Writer, noColor bool) bool {
	f, ok := w.(*os.File)
	if noColor || os.Getenv("NO_COLOR") != "" || !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// checkDocs says so when the docs folder holds no articles: the reports
// then name the articles the scenarios cite without quoting them. A folder
// the configuration file names that is not there (another checkout, a
// machine without it) is left out with a note; one the command line or the
// environment names is checked by the command (checkDocs).
func (c *config) checkDocs(fs *flag.FlagSet, w io.Writer) {
	f := fs.Lookup("docs")
	if f == nil || f.Value.String() == "" {
		return
	}
	dir := f.Value.String()
	entries, err := os.ReadDir(dir)
	switch {
	case err != nil && c.fromFile["docs"]:
		fmt.Fprintf(w, "unbind: %s: docs %s is not a folder here; the reports name the articles without quoting them\n", c.file, dir)
		_ = fs.Set("docs", "")
	case err == nil && !slices.ContainsFunc(entries, func(e os.DirEntry) bool { return e.Type().IsRegular() }):
		fmt.Fprintf(w, "unbind: docs %s holds no articles; the reports name the articles without quoting them\n", dir)
	}
}

// valueError says what a flag wants when the flag package only says
// "parse error" of value; a duration written as a bare number is given
// its unit.
func valueError(f *flag.Flag, value string, err error) error {
	if err.Error() != "parse error" {
		return err
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return err
	}
	switch g.Get().(type) {
	case time.Duration:
		if d, derr := time.ParseDuration(value + "s"); derr == nil && d > 0 {
			return fmt.Errorf("want a duration with its unit, like %ss", value)
		}
		return errors.New("want a duration, like 30s or 2m")
	case bool:
		return errors.New("want true or false")
	case int, int64, uint, uint64:
		return errors.New("want a whole number")
	}
	return err
}
