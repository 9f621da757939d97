package reports

import (
	"bytes"
	"io"
	"testing"

	messages "github.com/cucumber/messages/go/v21"
)

// writer is one report writer under test; its golden files end in ext.
type writer struct {
	ext   string
	write func(io.Writer, *Run) error
}

func writers() []writer {
	return []writer{
		{".junit.xml", func(w io.Writer, r *Run) error { return WriteJUnit(w, r, JUnitOptions{}) }},
		{".cucumber.json", func(w io.Writer, r *Run) error {
			return WriteCucumberJSON(w, r, CucumberJSONOptions{Indent: "  "})
		}},
		{".messages.ndjson", func(w io.Writer, r *Run) error { return WriteMessages(w, r, MessagesOptions{Meta: testMeta()}) }},
	}
}

// TestWritersGolden runs the fake suite for real and compares every report
// with its golden file.
func TestWritersGolden(t *testing.T) {
	cases := []struct {
		name   string
		run    fakeRun
		golden string
	}{
		{"with the collector's hooks, the way the harness runs", fakeRun{concurrency: 1, timedByHooks: true}, "report"},
		{"four scenarios at once give the same reports, in file order", fakeRun{concurrency: 4, timedByHooks: true, meet: 4}, "report"},
		{"without the hooks, what steps godog.Attach is not seen", fakeRun{concurrency: 1}, "report-no-hooks"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runFake(t, tc.run)
			normalise(r)
			for _, w := range writers() {
				var buf bytes.Buffer
				if err := w.write(&buf, r); err != nil {
					t.Fatalf("%s: %v", w.ext, err)
				}
				checkGolden(t, tc.golden+w.ext+".golden", buf.Bytes())
			}
		})
	}
}

// testMeta is the meta message of the golden files: no versions that change
// with the machine.
func testMeta() *messages.Meta {
	return &messages.Meta{
		ProtocolVersion: MessagesProtocolVersion,
		Implementation:  &messages.Product{Name: "unbind"},
		Runtime:         &messages.Product{Name: "go"},
		Os:              &messages.Product{Name: "linux"},
		Cpu:             &messages.Product{Name: "amd64"},
	}
}
