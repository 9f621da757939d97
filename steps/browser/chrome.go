package browser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// ErrNoChrome is returned, wrapped with a message that says how to install
// one, when no Chromium or Chrome can be found.
var ErrNoChrome = errors.New("no Chromium or Chrome found")

// installHint tells a person how to get a browser the harness can drive.
const installHint = "install Debian's chromium: sudo apt-get install chromium, or pass --chrome PATH / set UNBIND_CHROME"

// ChromeEnv is the environment variable that names the browser binary when
// no explicit path is given.
const ChromeEnv = "UNBIND_CHROME"

// realChromium is Debian's Chromium binary; /usr/bin/chromium is a shell
// wrapper around it.
const realChromium = "/usr/lib/chromium/chromium"

// realHeadlessShell is the binary of Debian's chromium-headless-shell
// package; /usr/bin/chromium-headless-shell is a shell wrapper around it.
const realHeadlessShell = "/usr/lib/chromium/chromium-headless-shell"

// headlessShellNames are the names the headless shell goes by: Chromium
// built without the browser's windows and their user interface, which runs
// the same pages for an automated, windowless run. On a small machine it
// loads a page in about half the time and with half the memory of the full
// browser started with --headless, whose window, tab strip and address bar
// keep running unseen.
var headlessShellNames = []string{"chrome-headless-shell", "chromium-headless-shell", "headless_shell"}

// FindChrome returns the path of the browser to start: explicit if it is not
// empty, else $UNBIND_CHROME, else the first of chromium, chromium-browser,
// google-chrome, google-chrome-stable, chrome and headless_shell on PATH,
// else /usr/lib/chromium/chromium. When the binary found on PATH is a shell
// wrapper and /usr/lib/chromium/chromium exists, the real binary is returned.
// An explicit path or $UNBIND_CHROME that is not an executable file is an
// error; it does not fall back to a search.
func FindChrome(explicit string) (string, error) {
	return defaultFinder().find(explicit)
}

// FindHeadlessChrome returns the path of the browser for a run without a
// window: explicit if it is not empty, else $UNBIND_CHROME, else a headless
// shell (chrome-headless-shell, chromium-headless-shell or headless_shell on
// PATH, else /usr/lib/chromium/chromium-headless-shell, Debian's
// chromium-headless-shell package), else what [FindChrome] finds.
func FindHeadlessChrome(explicit string) (string, error) {
	return defaultFinder().findHeadless(explicit)
}

// finder holds what FindChrome consults, so that tests can replace it.
type finder struct {
	getenv        func(string) string
	lookPath      func(string) (string, error)
	names         []string
	fallback      string
	shellNames    []string
	shellFallback string
	isWrapper     func(string) bool
}

func defaultFinder() finder {
	return finder{
		getenv:        os.Getenv,
		lookPath:      exec.LookPath,
		names:         []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"},
		fallback:      realChromium,
		shellNames:    headlessShellNames,
		shellFallback: realHeadlessShell,
		isWrapper:     isShellScript,
	}
}

func (f finder) findHeadless(explicit string) (string, error) {
	if explicit != "" || f.getenv(ChromeEnv) != "" {
		return f.find(explicit)
	}
	if p, ok := f.onPath(f.shellNames, f.shellFallback); ok {
		return p, nil
	}
	if isExecutable(f.shellFallback) {
		return f.shellFallback, nil
	}
	return f.find("")
}

// onPath returns the first of names found on PATH; a shell wrapper is
// replaced by real when that exists.
func (f finder) onPath(names []string, real string) (string, bool) {
	for _, name := range names {
		p, err := f.lookPath(name)
		if err != nil {
			continue
		}
		if f.isWrapper(p) && isExecutable(real) {
			return real, true
		}
		return p, true
	}
	return "", false
}

func (f finder) find(explicit string) (string, error) {
	if explicit != "" {
		return checkExecutable(explicit, "the path given")
	}
	if env := f.getenv(ChromeEnv); env != "" {
		return checkExecutable(env, "$"+ChromeEnv)
	}
	if p, ok := f.onPath(f.names, f.fallback); ok {
		return p, nil
	}
	if isExecutable(f.fallback) {
		return f.fallback, nil
	}
	return "", fmt.Errorf("%w on PATH (looked for %v) nor at %s: %s", ErrNoChrome, f.names, f.fallback, installHint)
}

// checkExecutable returns path if it names an executable file.
func checkExecutable(path, source string) (string, error) {
	if !isExecutable(path) {
		return "", fmt.Errorf("%w: %s, %s, is not an executable file: %s", ErrNoChrome, source, path, installHint)
	}
	return path, nil
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

// isShellScript reports whether the file at path starts with "#!".
func isShellScript(path string) bool {
	f, err := os.Open(filepath.Clean(path))
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 2)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return bytes.Equal(head, []byte("#!"))
}
