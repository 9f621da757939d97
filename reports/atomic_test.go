package reports

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	errHalfway := errors.New("the run was interrupted")
	cases := []struct {
		why     string
		old     string // content before, "" for no file
		write   func(io.Writer) error
		wantErr error
		want    string // content after
	}{
		{"a new file is written whole", "", func(w io.Writer) error {
			_, err := io.WriteString(w, "<testsuites/>")
			return err
		}, nil, "<testsuites/>"},
		{"an old report is replaced", "old", func(w io.Writer) error {
			_, err := io.WriteString(w, "new")
			return err
		}, nil, "new"},
		{"a failed write leaves the old report as it was", "old", func(w io.Writer) error {
			io.WriteString(w, "half")
			return errHalfway
		}, errHalfway, "old"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "junit.xml")
			if tc.old != "" {
				writeFiles(t, dir, map[string]string{"junit.xml": tc.old})
			}
			err := WriteFileAtomic(path, tc.write)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tc.want {
				t.Errorf("file holds %q, want %q", got, tc.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("the folder holds %d files, want only the report (no temporary files left)", len(entries))
			}
			if fi, err := os.Stat(path); err == nil && fi.Mode().Perm() != 0o644 && tc.wantErr == nil {
				t.Errorf("mode %v, want 0644", fi.Mode().Perm())
			}
		})
	}
}

func TestWriteFileAtomicNoFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "junit.xml")
	err := WriteFileAtomic(path, func(io.Writer) error { return nil })
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v, want one saying the folder does not exist", err)
	}
}
