package browser

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/chromedp/chromedp"
)

// process is a browser this package started: its main process, which heads
// a process group of its own that every helper process it starts joins,
// the pipe it speaks the DevTools protocol on (its file descriptors 3 and
// 4), and the last lines it printed.
type process struct {
	path    string
	cmd     *exec.Cmd
	pid     int
	conn    *chromedp.PipeConn
	out     *lastLines
	outDone chan struct{} // closed when every process holding the output has let it go
	exited  chan struct{} // closed once the main process has exited and is reaped
	state   *os.ProcessState
	waitErr error
}

// startProcess starts path with args in a process group of its own. The
// kernel kills the browser if this program dies (see startLocked).
func startProcess(path string, args []string) (*process, error) {
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("making the DevTools pipe: %w", err)
	}
	resR, resW, err := os.Pipe()
	if err != nil {
		closeAll(cmdR, cmdW)
		return nil, fmt.Errorf("making the DevTools pipe: %w", err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		closeAll(cmdR, cmdW, resR, resW)
		return nil, fmt.Errorf("making the browser's output pipe: %w", err)
	}
	cmd := exec.Command(path, args...)
	cmd.Stdout, cmd.Stderr = outW, outW
	cmd.ExtraFiles = []*os.File{cmdR, resW}
	cmd.SysProcAttr = processAttr()
	p := &process{path: path, cmd: cmd, out: newLastLines(lastLinesKept), outDone: make(chan struct{}), exited: make(chan struct{})}
	err = p.startLocked()
	closeAll(cmdR, resW, outW)
	if err != nil {
		closeAll(cmdW, resR, outR)
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	go p.readOutput(outR)
	p.conn = chromedp.NewPipeConn(resR, cmdW)
	return p, nil
}

// startLocked starts the process from a goroutine locked to its thread,
// which waits for it: the parent-death signal is sent when the thread that
// started the process ends, not when this program does.
func (p *process) startLocked() error {
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := p.cmd.Start(); err != nil {
			started <- err
			return
		}
		p.pid = p.cmd.Process.Pid
		started <- nil
		p.waitErr = p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.exited)
	}()
	return <-started
}

func (p *process) readOutput(r *os.File) {
	defer close(p.outDone)
	defer r.Close()
	_, _ = io.Copy(p.out, r)
}

// exitStatus says how the main process ended ("exit status 1", "signal:
// killed"); call it once exited is closed.
func (p *process) exitStatus() string {
	if p.state != nil {
		return p.state.String()
	}
	return p.waitErr.Error()
}

// lastOutput returns the last lines the browser printed, indented for an
// error message, or a note that it printed nothing. It waits a moment for
// the output of a process that has just exited.
func (p *process) lastOutput() string {
	select {
	case <-p.outDone:
	case <-time.After(outputGrace):
	}
	lines := p.out.lines()
	if len(lines) == 0 {
		return "it printed nothing"
	}
	return "its last lines:\n    " + strings.Join(lines, "\n    ")
}

// outputGrace bounds the wait for the rest of a dead browser's output.
const outputGrace = 2 * time.Second

// stop ends the whole process tree: it asks the main process to exit
// (SIGTERM) and waits up to grace for it, then kills the process group, and
// waits up to reapTimeout for every process of the group to be gone,
// reaping those that were left to this program.
func (p *process) stop(grace time.Duration) error {
	if grace > 0 {
		_ = syscall.Kill(p.pid, syscall.SIGTERM)
		select {
		case <-p.exited:
		case <-time.After(grace):
		}
	}
	p.kill()
	select {
	case <-p.exited:
	case <-time.After(reapTimeout):
		return fmt.Errorf("the browser process %d did not exit once killed", p.pid)
	}
	if err := p.reapGroup(reapTimeout); err != nil {
		return err
	}
	_ = p.conn.Close()
	return nil
}

// reapTimeout bounds the wait for killed processes to be gone.
const reapTimeout = 10 * time.Second

// kill sends SIGKILL to the browser's whole process group.
func (p *process) kill() {
	_ = syscall.Kill(-p.pid, syscall.SIGKILL)
}

// lastLinesKept is how many lines of the browser's output an error quotes.
const lastLinesKept = 12

// lastLines keeps the last lines written to it, each cut to a readable
// length. It is safe for concurrent use.
type lastLines struct {
	mu      sync.Mutex
	max     int
	kept    []string
	partial []byte
}

func newLastLines(max int) *lastLines { return &lastLines{max: max} }

// Write keeps the complete lines of b and holds back a partial last line.
func (l *lastLines) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.partial = append(l.partial, b...)
	for {
		i := strings.IndexByte(string(l.partial), '\n')
		if i < 0 {
			break
		}
		l.add(string(l.partial[:i]))
		l.partial = l.partial[i+1:]
	}
	if len(l.partial) > maxLineLength {
		l.add(string(l.partial))
		l.partial = nil
	}
	return len(b), nil
}

// maxLineLength is where a kept line is cut.
const maxLineLength = 300

func (l *lastLines) add(line string) {
	line = strings.TrimRight(line, "\r")
	if strings.TrimSpace(line) == "" {
		return
	}
	if len(line) > maxLineLength {
		line = strings.ToValidUTF8(line[:maxLineLength], "") + "…"
	}
	l.kept = append(l.kept, line)
	if len(l.kept) > l.max {
		l.kept = l.kept[len(l.kept)-l.max:]
	}
}

// lines returns the kept lines, with a partial last line.
func (l *lastLines) lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := append([]string(nil), l.kept...)
	if s := strings.TrimSpace(string(l.partial)); s != "" {
		out = append(out, s)
	}
	return out
}

func closeAll(files ...*os.File) {
	for _, f := range files {
		_ = f.Close()
	}
}

// errNotAnswering is the cause of a start that got no answer in time.
var errNotAnswering = errors.New("no answer on the DevTools pipe")
