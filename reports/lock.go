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

// LockFile is the file in a report folder that the run writing the folder
// holds locked (flock) and that names its process id.
const LockFile = ".unbind.lock"

// FolderLock is a report folder held by one run: no other run can write a
// report set into it until Release.
type FolderLock struct {
	f *os.File
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
// or the end of the process, however it ends.
func Lock(dir string) (*FolderLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating the report folder: %w", err)
	}
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("the report folder %s cannot be written: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &FolderInUseError{Dir: dir, PID: holder(path)}
		}
		return nil, fmt.Errorf("locking the report folder %s: %w", dir, err)
	}
	if err := writePID(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("the report folder %s cannot be written: %w", dir, err)
	}
	return &FolderLock{f: f}, nil
}

func writePID(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return err
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

// Release lets another run write the folder. The lock file stays: removing
// it would let two runs lock two different files of the same name.
func (l *FolderLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
