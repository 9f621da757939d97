package reports

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// LockFile is the file in a report folder that names the process id of
// the run writing the folder, while it does. The lock itself is the
// folder's (flock on the folder), so nothing stays behind when the run
// ends; a reader that must see one run's set whole takes the folder's
// lock shared (`flock -s out cp ...`).
const LockFile = ".unbind.pid"

// FolderLock is a report folder held by one run: no other run can write a
// report set into it until Release.
type FolderLock struct {
	dir *os.File
	pid string // the file naming this run
}

// ErrFolderInUse is the error Lock returns, wrapped in a *FolderInUseError,
// when another run holds the folder.
var ErrFolderInUse = errors.New("the report folder is in use")

// FolderInUseError names the folder another run holds and that run's
// process id (0 when it has not written it yet).
type FolderInUseError struct {
	Dir string
	PID int
}

func (e *FolderInUseError) Error() string {
	who := "another unbind run"
	if e.PID > 0 {
		who = fmt.Sprintf("another unbind run (pid %d)", e.PID)
	}
	return fmt.Sprintf("%s is writing its reports to %s: wait for it to end, or give this run another --out", who, e.Dir)
}

// Unwrap makes errors.Is(err, ErrFolderInUse) hold.
func (e *FolderInUseError) Unwrap() error { return ErrFolderInUse }

// Lock creates dir if needed and takes its lock without waiting: a
// *FolderInUseError when another run holds it. The lock lasts until Release
// or the end of the process, however it ends. Writing the file that names
// the run is the check that the folder can be written at all.
func Lock(dir string) (*FolderLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating the report folder: %w", err)
	}
	d, err := os.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("the report folder %s cannot be read: %w", dir, err)
	}
	path := filepath.Join(dir, LockFile)
	if err := syscall.Flock(int(d.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		d.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &FolderInUseError{Dir: dir, PID: holder(path)}
		}
		return nil, fmt.Errorf("locking the report folder %s: %w", dir, err)
	}
	if err := writePID(path); err != nil {
		d.Close()
		return nil, fmt.Errorf("the report folder %s cannot be written: %w", dir, err)
	}
	return &FolderLock{dir: d, pid: path}, nil
}

// writePID names this process in the file at path, in place where it is
// there already (a run killed before it could remove it), so that a full
// disk still takes it.
func writePID(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if err := f.Truncate(0); err != nil {
		f.Close()
		return err
	}
	if _, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// holder is the process id a lock file names, 0 when it names none.
func holder(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}

// Release lets another run write the folder, and removes the file that
// named this run first, while the folder is still held, so that it never
// removes the next run's.
func (l *FolderLock) Release() error {
	if l == nil || l.dir == nil {
		return nil
	}
	rmErr := os.Remove(l.pid)
	if errors.Is(rmErr, os.ErrNotExist) {
		rmErr = nil
	}
	err := l.dir.Close()
	l.dir = nil
	return errors.Join(rmErr, err)
}
