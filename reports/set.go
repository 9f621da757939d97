package reports

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// stagingPrefix starts the name of the hidden folder a report set is put
// together in, inside the report folder.
const stagingPrefix = ".unbind-next-"

// Staging is one run's report set being put together in a hidden folder
// inside its report folder, so that the report folder only ever holds a
// whole set: the previous run's until Commit, then this one's. A reader of
// any report file sees a complete file of one run; a disk that fills up
// while the set is written leaves the previous set as it was.
type Staging struct {
	out, dir string
}

// NewStaging makes the staging folder of a new set in out, which proves out
// can be written. Staging folders that a run which was killed left behind
// are removed first: the caller must hold out's Lock.
func NewStaging(out string) (*Staging, error) {
	old, _ := filepath.Glob(filepath.Join(out, stagingPrefix+"*"))
	for _, d := range old {
		os.RemoveAll(d)
	}
	dir, err := os.MkdirTemp(out, stagingPrefix+"*")
	if err != nil {
		return nil, fmt.Errorf("the report folder %s cannot be written: %w", out, err)
	}
	return &Staging{out: out, dir: dir}, nil
}

// readFolder is the folder the reports written into dir are read from:
// dir, or the report folder of a staging folder.
func readFolder(dir string) string {
	if strings.HasPrefix(filepath.Base(dir), stagingPrefix) {
		return filepath.Dir(dir)
	}
	return dir
}

// Dir is the staging folder: write the set's files and folders into it.
func (s *Staging) Dir() string { return s.dir }

// Final is where a path inside the staging folder will be once the set is
// committed; other paths are returned as they are.
func (s *Staging) Final(path string) string {
	rel, err := filepath.Rel(s.dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return path
	}
	return filepath.Join(s.out, rel)
}

// Discard removes the staging folder and leaves the report folder as it was.
func (s *Staging) Discard() error {
	if err := os.RemoveAll(s.dir); err != nil {
		return fmt.Errorf("removing the unfinished report set: %w", err)
	}
	return nil
}

// Commit replaces the report folder's set by the staged one: every file and
// folder of the staging folder takes the place of the one of its name (a
// folder that is there is moved aside first, then removed). When a move
// fails, every name of the set is removed from the report folder, so that
// it holds no set rather than a mix, and the error says so.
func (s *Staging) Commit() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("reading the staged report set: %w", err)
	}
	aside, err := os.MkdirTemp(s.dir, ".previous-")
	if err != nil {
		return fmt.Errorf("preparing to replace the report set: %w", err)
	}
	if err := s.swap(entries, aside); err != nil {
		for _, e := range entries {
			os.RemoveAll(filepath.Join(s.out, e.Name()))
		}
		os.RemoveAll(s.dir)
		return fmt.Errorf("replacing the report set in %s, which now holds none: %w", s.out, err)
	}
	return errors.Join(syncDir(s.out), s.Discard())
}

// swap moves the staged entries into the report folder, the folders they
// replace into aside.
func (s *Staging) swap(entries []os.DirEntry, aside string) error {
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		old := filepath.Join(s.out, e.Name())
		if err := os.Rename(old, filepath.Join(aside, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("moving the previous %s aside: %w", e.Name(), err)
		}
	}
	for _, e := range entries {
		if err := os.Rename(filepath.Join(s.dir, e.Name()), filepath.Join(s.out, e.Name())); err != nil {
			return fmt.Errorf("moving %s into place: %w", e.Name(), err)
		}
	}
	return nil
}
