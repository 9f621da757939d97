package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/unbind/unbind/internal/editdist"
	"github.com/unbind/unbind/steps"
)

// Exit codes.
const (
	exitOK     = 0 // every scenario passed
	exitFailed = 1 // a scenario failed, or the run could not finish
	exitUsage  = 2 // bad usage or input
	// exitPanic is a bug in unbind: a panic, printed with its stack. It is
	// EX_SOFTWARE of sysexits.h, apart from the statuses of a run.
	exitPanic = 70
)

// errUsage marks an error the user can fix by changing the command line.
var errUsage = errors.New("usage")

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"run", "run feature files against the simulated sites (the default)", runCmd},
		{"serve", "serve the simulated sites for a person to explore", serveCmd},
		{"merge", "combine the results of shards into one set of reports", mergeCmd},
		{"report", "write the reports again from a saved cucumber.ndjson", reportCmd},
		{"steps", "list every step a scenario can use, with an example", stepsCmd},
		{"matrix", "run the article features under every site profile: which articles hold where", matrixCmd},
		{"version", "print unbind's version", versionCmd},
		{"lint", "check the labels the articles quote against the site, no browser", lintCmd},
		{"coverage", "which sentences, labels and addresses of the articles the scenarios cover", coverageCmd},
		{"help", "show this help, or a command's: unbind help run", nil},
	}
}

const usageHead = `unbind checks that documented UI procedures still work: Gherkin scenarios
written from how-to articles drive headless Chromium against a bundled,
simulated storefront and wallet.

Usage:
  unbind [run] [flags] [paths...]   run the suite (default paths: features)
  unbind serve [flags]              explore the simulated sites yourself
  unbind merge [--out DIR] FILES...  combine shards' results (cucumber.ndjson)
  unbind steps                      list the step vocabulary

Commands:
`

// run is the whole program, testable: it returns the exit code. A panic
// is printed with its stack and ends the program with exitPanic.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "unbind: internal error, please report it: panic: %v\n\n%s", p, debug.Stack())
			code = exitPanic
		}
	}()
	return dispatch(ctx, args, stdout, stderr)
}

// dispatch runs the command args name, `run` by default. Help, asked for
// anywhere, goes to stdout: a command asked for it is given stdout for its
// usage.
func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	name, rest := "run", args
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "help" && len(args) > 1:
			return helpCmd(ctx, args[1], stdout, stderr)
		case isHelp(a) || a == "help":
			printUsage(stdout)
			return exitOK
		case a == "--version" || a == "-version":
			return versionCmd(ctx, args[1:], stdout, stderr)
		case !strings.HasPrefix(a, "-"):
			if c, ok := commandNamed(a); ok {
				name, rest = c.name, args[1:]
			} else if err := notACommand(a); err != nil {
				fmt.Fprintf(stderr, "unbind: %v\n", err)
				return exitUsage
			}
		}
	}
	c, _ := commandNamed(name)
	if asksForHelp(rest) {
		stderr = stdout
	}
	return c.run(ctx, rest, stdout, stderr)
}

// commandWord is a first argument that reads as a command, not a path.
var commandWord = regexp.MustCompile(`^[a-z][a-z-]*$`)

// notACommand is the error of a first argument that is neither a command
// nor a path that exists but reads as a command ("unbind frobnicate"):
// said as such, with the command it is nearest to, rather than as a
// feature path that is missing.
func notACommand(a string) error {
	if !commandWord.MatchString(a) {
		return nil
	}
	if _, err := os.Stat(a); err == nil {
		return nil
	}
	var names []string
	best, bestD := "", 3
	for _, c := range commands() {
		names = append(names, c.name)
		if d := editdist.Runes(a, c.name); d < bestD {
			best, bestD = c.name, d
		}
	}
	msg := fmt.Sprintf("no command %q, and no file or folder of that name to run; the commands are %s", a, strings.Join(names, ", "))
	if best != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", best)
	}
	return errors.New(msg + "; see 'unbind help'")
}

func commandNamed(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c, true
		}
	}
	return command{}, false
}

// helpCmd is `unbind help COMMAND`: the command's own --help.
func helpCmd(ctx context.Context, name string, stdout, stderr io.Writer) int {
	if name == "help" {
		printUsage(stdout)
		return exitOK
	}
	c, ok := commandNamed(name)
	if !ok {
		fmt.Fprintf(stderr, "unbind: no command %q; see 'unbind help'\n", name)
		return exitUsage
	}
	return c.run(ctx, []string{"--help"}, stdout, stdout)
}

func isHelp(arg string) bool { return arg == "-h" || arg == "-help" || arg == "--help" }

// asksForHelp says whether a command's arguments ask for its help (before
// a "--" that ends its flags).
func asksForHelp(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if isHelp(a) {
			return true
		}
	}
	return false
}

// versionCmd prints unbind's version: the module's version, or "devel"
// when built from a checkout, with the commit when the build recorded it.
func versionCmd(_ context.Context, _ []string, stdout, _ io.Writer) int {
	v, rev := "devel", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && !strings.Contains(v, s.Value[:min(12, len(s.Value))]) {
				rev = " " + s.Value // a pseudo-version names the commit already
			}
		}
	}
	fmt.Fprintf(stdout, "unbind %s%s (%s)\n", v, rev, runtime.Version())
	return exitOK
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'unbind COMMAND --help' for the flags of a command.\n")
}

// parseFlags parses a command's flags, which may come before or after its
// paths, and turns -h and errors into exit codes. It returns the paths. A
// mistake is told in one line with a hint, not with the whole usage; -h
// prints the usage to w (dispatch gives a command asked for help stdout).
func parseFlags(fs *flag.FlagSet, args []string, w io.Writer) (paths []string, ok bool, code int) {
	paths, _, ok, code = parseArgs(fs, args, w)
	return paths, ok, code
}

// parseArgs is parseFlags, which then sets every flag the command line
// did not from the environment or the configuration file (--config), and
// returns that file too.
func parseArgs(fs *flag.FlagSet, args []string, w io.Writer) (paths []string, cfg *config, ok bool, code int) {
	if fs.Lookup("config") == nil {
		fs.String("config", "", "configuration file of flags' values (default: $UNBIND_CONFIG, then "+ConfigFile+" in the working folder)")
	}
	paths, ok, code = parseCommandLine(fs, args, w)
	if !ok {
		return nil, nil, ok, code
	}
	var given []string
	fs.Visit(func(f *flag.Flag) { given = append(given, f.Name) })
	file, err := findConfig(fs.Lookup("config").Value.String())
	if err == nil {
		cfg, err = loadConfig(file, knownKey())
	}
	if cfg != nil {
		cfg.given = given
	}
	if err == nil {
		err = cfg.apply(fs)
	}
	if err != nil {
		fmt.Fprintf(w, "unbind: %v\n", err)
		return nil, nil, false, exitUsage
	}
	cfg.checkDocs(fs, w)
	return paths, cfg, true, exitOK
}

// knownKey says whether a configuration file may set key: a flag of
// `unbind run`, or the paths of a run. Every command reads the same file,
// and takes from it the flags it shares with run (out, docs, chrome, ...).
func knownKey() func(string) bool {
	run := runFlags(&runOptions{})
	return func(key string) bool {
		return key == "paths" || key != "config" && run.Lookup(key) != nil
	}
}

// parseCommandLine parses the flags and paths of the command line.
func parseCommandLine(fs *flag.FlagSet, args []string, w io.Writer) (paths []string, ok bool, code int) {
	fs.SetOutput(io.Discard)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(w)
				fs.Usage()
				return nil, false, exitOK
			}
			fmt.Fprintf(w, "%s: %s; see '%s --help'\n", strings.Fields(fs.Name())[0], flagError(fs, err), fs.Name())
			return nil, false, exitUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, true, exitOK
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

// flagError words the flag package's errors as unbind's: flags with two
// dashes, as the usage writes them.
func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		name = strings.TrimPrefix(name, "-")
		if (name == "lang" || name == "language") && fs.Lookup("lang") == nil {
			return fmt.Sprintf("unknown flag --%s (a feature's language is its first line, such as # language: hi; 'unbind steps --lang hi' lists its steps)", name)
		}
		if near := nearestFlag(fs, name); near != "" {
			return fmt.Sprintf("unknown flag --%s (did you mean --%s?)", name, near)
		}
		return "unknown flag --" + name
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return "--" + strings.TrimPrefix(name, "-") + " needs a value"
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		// invalid value "x" for flag -name: reason
		if i := strings.Index(rest, " for flag -"); i >= 0 {
			name, reason, _ := strings.Cut(rest[i+len(" for flag -"):], ": ")
			name = strings.TrimPrefix(name, "-")
			if f := fs.Lookup(name); f != nil {
				if value, err := strconv.Unquote(rest[:i]); err == nil {
					reason = valueError(f, value, errors.New(reason)).Error()
				}
			}
			name = "--" + name
			if strings.HasPrefix(reason, name+" ") { // the reason names the flag itself
				return reason
			}
			return fmt.Sprintf("%s %s: %s", name, rest[:i], reason)
		}
	}
	if rest, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		if i := strings.Index(rest, " for -"); i >= 0 {
			name, _, _ := strings.Cut(rest[i+len(" for -"):], ":")
			return fmt.Sprintf("--%s takes true or false, not %s", strings.TrimPrefix(name, "-"), rest[:i])
		}
	}
	return msg
}

// flagSynonyms are the names other tools give some of unbind's flags, as
// a new user guesses them.
var flagSynonyms = map[string]string{
	"reports": "out", "report": "out", "report-dir": "out", "reports-dir": "out", "output": "out",
	"output-dir": "out", "outdir": "out", "results": "out", "o": "out",
	"workers": "concurrency", "parallel": "concurrency", "jobs": "concurrency", "j": "concurrency",
	"threads": "concurrency", "procs": "concurrency",
	"tag": "tags", "t": "tags", "timeout": "step-timeout", "headed": "headful", "dryrun": "dry-run",
	"retry": "retries", "bail": "fail-fast", "v": "verbose", "seed": "order",
}

// nearestFlag is the flag of fs that an unknown name most likely meant:
// its synonym, else a flag at most two edits away (a third of the name for
// short ones), else "".
func nearestFlag(fs *flag.FlagSet, name string) string {
	name = strings.ToLower(name)
	if to, ok := flagSynonyms[name]; ok && fs.Lookup(to) != nil {
		return to
	}
	best, bestD := "", min(2, max(1, len([]rune(name))/3))+1
	fs.VisitAll(func(f *flag.Flag) {
		if d := editdist.Runes(name, f.Name); d < bestD {
			best, bestD = f.Name, d
		}
	})
	return best
}

// extraStepsKey is the context key of steps a test of the command adds to
// the vocabulary of its runs.
type extraStepsKey struct{}

// withExtraSteps returns a context whose runs also have steps: steps that
// exist only for a test of the command.
func withExtraSteps(ctx context.Context, add ...steps.Step) context.Context {
	return context.WithValue(ctx, extraStepsKey{}, add)
}

// extraSteps are the steps withExtraSteps put in ctx.
func extraSteps(ctx context.Context) []steps.Step {
	add, _ := ctx.Value(extraStepsKey{}).([]steps.Step)
	return add
}

// printFlags lists the flags of fs as PrintDefaults does, each written as
// a user types it, with two dashes (--tags), as the help's text writes
// them.
func printFlags(fs *flag.FlagSet) {
	var b strings.Builder
	out := fs.Output()
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(out)
	fmt.Fprint(out, flagLine.ReplaceAllString(b.String(), "$1--"))
}

// flagLine is the start of a flag's line in PrintDefaults.
var flagLine = regexp.MustCompile(`(?m)^(  )-`)
