package reports

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// listing is every file under dir with its content, hidden ones included.
func listing(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func sameFiles(t *testing.T, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("files %v, want %v", got, want)
		return
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

var previousSet = map[string]string{
	JUnitFile: "old", MessagesFile: "old", "evidence/a/step-01-failed.png": "old",
}

// A committed set replaces the previous one whole, its evidence folder
// included, and leaves nothing of the staging behind.
func TestStagingCommitReplacesTheWholeSet(t *testing.T) {
	out := t.TempDir()
	writeFiles(t, out, previousSet)
	s, err := NewStaging(out)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, s.Dir(), map[string]string{JUnitFile: "new", MessagesFile: "new", "evidence/b/step-02-failed.png": "new"})
	if got, want := s.Final(filepath.Join(s.Dir(), "evidence", "b")), filepath.Join(out, "evidence", "b"); got != want {
		t.Errorf("Final = %s, want %s", got, want)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, listing(t, out), map[string]string{JUnitFile: "new", MessagesFile: "new", "evidence/b/step-02-failed.png": "new"})
}

// A set that could not be written whole (a full disk) is discarded, and the
// previous set stays as it was.
func TestStagingDiscardKeepsThePreviousSet(t *testing.T) {
	out := t.TempDir()
	writeFiles(t, out, previousSet)
	s, err := NewStaging(out)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, s.Dir(), map[string]string{JUnitFile: "new"})
	full := errors.New("no space left on device")
	err = WriteFileAtomic(filepath.Join(s.Dir(), MessagesFile), func(w io.Writer) error { return full })
	if !errors.Is(err, full) {
		t.Fatalf("error %v, want the write's", err)
	}
	if err := s.Discard(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, listing(t, out), previousSet)
}

// When the swap itself fails half way, the folder is left with no set, not
// with a mix of two.
func TestStagingFailedCommitLeavesNoSet(t *testing.T) {
	out := t.TempDir()
	writeFiles(t, out, map[string]string{MessagesFile: "old", "junit.xml/in-the-way": "a folder the new file cannot replace"})
	s, err := NewStaging(out)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, s.Dir(), map[string]string{MessagesFile: "new", JUnitFile: "new"})
	if err := s.Commit(); err == nil {
		t.Fatal("the commit succeeded, though junit.xml could not be replaced")
	}
	sameFiles(t, listing(t, out), map[string]string{})
}

// A staging folder that a killed run left is removed by the next run.
func TestStagingRemovesALeftOne(t *testing.T) {
	out := t.TempDir()
	writeFiles(t, out, map[string]string{stagingPrefix + "123/junit.xml": "half"})
	s, err := NewStaging(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Discard(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, listing(t, out), map[string]string{})
}

// A folder held by one run is refused to a second, which learns whose it is.
func TestLockRefusesASecondRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	first, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Lock(dir)
	var inUse *FolderInUseError
	if !errors.As(err, &inUse) || inUse.PID != os.Getpid() || !errors.Is(err, ErrFolderInUse) {
		t.Fatalf("second lock: %v, want the folder in use by pid %d", err, os.Getpid())
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	again, err := Lock(dir)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	if err := again.Release(); err != nil {
		t.Fatal(err)
	}
	// A run leaves nothing of its lock in the folder.
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("released, the folder holds %s", left[0].Name())
	}
}

// A reader that takes the folder's lock shared waits for the run that
// writes it, as the README's flock(1) line does.
func TestTheFolderIsTheLock(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	held, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Release()
	d, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := syscall.Flock(int(d.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); !errors.Is(err, syscall.EWOULDBLOCK) {
		t.Fatalf("a shared lock of the folder while a run holds it: %v, want it to wait", err)
	}
}

// A folder that cannot be written is found when it is locked.
func TestLockRefusesAFolderThatCannotBeWritten(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	writeFiles(t, filepath.Dir(file), map[string]string{"a-file": "x"})
	if _, err := Lock(filepath.Join(file, "out")); err == nil {
		t.Fatal("a folder under a file was locked")
	}
}
