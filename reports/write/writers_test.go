package write

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// writer is one report writer under test; its golden files end in ext.
type writer struct {
	ext   string
	write func(io.Writer, *record.Run) error
}

func writers() []writer {
	return []writer{
		{".junit.xml", func(w io.Writer, r *record.Run) error { return JUnit(w, r, JUnitOptions{}) }},
		{".cucumber.json", func(w io.Writer, r *record.Run) error {
			return CucumberJSON(w, r, CucumberJSONOptions{Indent: "  "})
		}},
		{".messages.ndjson", func(w io.Writer, r *record.Run) error {
			return record.WriteMessages(w, r, record.MessagesOptions{Meta: fake.Meta()})
		}},
		{".html", func(w io.Writer, r *record.Run) error { return HTML(w, r, HTMLOptions{}) }},
	}
}

// TestWritersGolden runs the fake suite for real and compares every report
// with its golden file.
func TestWritersGolden(t *testing.T) {
	cases := []struct {
		name   string
		run    fake.Options
		golden string
	}{
		{"with the collector's hooks, the way the harness runs", fake.Options{Concurrency: 1, TimedByHooks: true}, "report"},
		{"four scenarios at once give the same reports, in file order", fake.Options{Concurrency: 4, TimedByHooks: true, Meet: 4}, "report"},
		{"without the hooks, what steps godog.Attach is not seen", fake.Options{Concurrency: 1}, "report-no-hooks"},
		{"without the hooks, four at once: evidence waits for its scenario", fake.Options{Concurrency: 4, Meet: 4}, "report-no-hooks"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := fake.Run(t, tc.run)
			fake.Normalise(r)
			for _, w := range writers() {
				var buf bytes.Buffer
				if err := w.write(&buf, r); err != nil {
					t.Fatalf("%s: %v", w.ext, err)
				}
				fake.CheckGolden(t, tc.golden+w.ext+".golden", buf.Bytes())
			}
		})
	}
}

// failingWriter fails every write, as a full disk would.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// TestWritersReturnWriteErrors: a writer that cannot write says so to its
// caller, and prints nothing.
func TestWritersReturnWriteErrors(t *testing.T) {
	r := fake.Interrupted()
	for _, w := range writers() {
		if err := w.write(failingWriter{}, r); !errors.Is(err, errDiskFull) {
			t.Errorf("%s: error %v, want one wrapping %v", w.ext, err, errDiskFull)
		}
	}
}

// TestMissingEvidenceFile: evidence whose file is gone fails the writers
// that must embed it, naming the file.
func TestMissingEvidenceFile(t *testing.T) {
	r := fake.Interrupted()
	st := r.Features[0].Scenarios[0].Steps[0]
	st.Attachments = []record.Attachment{{Name: "gone.png", MediaType: "image/png", Path: filepath.Join(t.TempDir(), "gone.png")}}
	for _, w := range writers() {
		if w.ext == ".junit.xml" {
			continue // lists evidence, does not embed it
		}
		err := w.write(io.Discard, r)
		if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "gone.png") {
			t.Errorf("%s: error %v, want a missing-file error naming gone.png", w.ext, err)
		}
	}
}
