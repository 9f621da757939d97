package browser

import (
	"fmt"
	"os"
)

// Window is a browser with a window for a person to use, started by
// [OpenWindow], in a process group of its own with every helper it starts.
type Window struct {
	p   *process
	dir string
}

// OpenWindow starts the browser at path with a window, a profile of its
// own and args. It returns once the program has started; [Window.Exited]
// says when it ends and [Window.Err] why.
func OpenWindow(path string, args ...string) (*Window, error) {
	dir, err := os.MkdirTemp("", "unbind-window-")
	if err != nil {
		return nil, fmt.Errorf("making a profile folder for the browser: %w", err)
	}
	if os.Geteuid() == 0 {
		args = append([]string{"--no-sandbox"}, args...)
	}
	p, err := startProcess(path, append([]string{"--user-data-dir=" + dir, "--no-first-run"}, args...))
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	return &Window{p: p, dir: dir}, nil
}

// Exited is closed once the browser's main process has exited.
func (w *Window) Exited() <-chan struct{} { return w.p.exited }

// Err says why a browser that exited with a failure did: no display, with
// Chromium's last lines. It is nil while the browser runs and after it
// exited with status 0, as when a person closes its window.
func (w *Window) Err() error {
	select {
	case <-w.p.exited:
	default:
		return nil
	}
	if w.p.state != nil && w.p.state.Success() {
		return nil
	}
	what := fmt.Sprintf("%s exited (%s)", w.p.path, w.p.exitStatus())
	out := w.p.lastOutput()
	if reason := windowReason(w.p.out.lines()); reason != "" {
		what = reason + ": " + what
	}
	return fmt.Errorf("%s; %s", what, out)
}

// Close ends the browser's whole process tree and removes its profile.
func (w *Window) Close() error {
	err := w.p.stop(closeGrace)
	if rerr := removeProfile(w.dir); rerr != nil && err == nil {
		err = fmt.Errorf("removing the browser profile %s: %w", w.dir, rerr)
	}
	return err
}
