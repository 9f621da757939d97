package record_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestMessagesRoundTrip: a run written as messages and read back is the
// same run, times and evidence included (the stream is the record other
// reports and shard merges are made from).
func TestMessagesRoundTrip(t *testing.T) {
	cases := []struct {
		why string
		run fake.Options
	}{
		{"one scenario at a time", fake.Options{Concurrency: 1, TimedByHooks: true}},
		{"four at once", fake.Options{Concurrency: 4, TimedByHooks: true, Meet: 4}},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			want := fake.Run(t, tc.run)
			var buf bytes.Buffer
			if err := record.WriteMessages(&buf, want, record.MessagesOptions{}); err != nil {
				t.Fatal(err)
			}
			got, err := record.ReadMessages(&buf)
			if err != nil {
				t.Fatal(err)
			}
			want.Name = "" // the stream has no place for it
			loadBodies(t, want)
			if w, g := asJSON(t, want), asJSON(t, got); w != g {
				t.Errorf("the run read back differs (-want +got):\n%s", fake.LineDiff(w, g))
			}
		})
	}
}

// loadBodies reads the evidence kept only as files, as the writers do.
func loadBodies(t *testing.T, r *record.Run) {
	t.Helper()
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				for i, a := range st.Attachments {
					body, err := a.Data()
					if err != nil {
						t.Fatal(err)
					}
					st.Attachments[i].Body = body
				}
			}
		}
	}
}

func asJSON(t *testing.T, r *record.Run) string {
	t.Helper()
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMessagesInterrupted: a stream cut short (no testRunFinished, a
// scenario without testCaseFinished, a step never finished) reads back as
// an unfinished run.
func TestMessagesInterrupted(t *testing.T) {
	r := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true})
	var buf bytes.Buffer
	if err := record.WriteMessages(&buf, r, record.MessagesOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	cut := 0
	for i, l := range lines { // stop just after the second step of the first scenario started
		if strings.HasPrefix(l, `{"testStepStarted"`) {
			cut++
			if cut == 2 {
				lines = lines[:i+1]
				break
			}
		}
	}
	got, err := record.ReadMessages(strings.NewReader(strings.Join(lines, "")))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Finished.IsZero() || len(got.Features) != 2 || len(got.Features[0].Scenarios) != 1 {
		t.Fatalf("read back: finished %v, %d features, want an unfinished run of 2 features, 1 scenario started", got.Finished, len(got.Features))
	}
	var statuses []record.Status
	for _, st := range got.Features[0].Scenarios[0].Steps {
		statuses = append(statuses, st.Status)
	}
	if want := []record.Status{record.StatusPassed, record.StatusUnknown, record.StatusUnknown}; !slices.Equal(statuses, want) {
		t.Errorf("step statuses %v, want %v", statuses, want)
	}
}

// TestReadMessagesErrors: a stream that does not hold together is refused
// with the number of the message at fault.
func TestReadMessagesErrors(t *testing.T) {
	cases := []struct {
		why, stream, want string
	}{
		{"not JSON", "{\"meta\":{}}\nnot json\n", "message 2"},
		{"a test case started that was never described", `{"testCaseStarted":{"id":"x","testCaseId":"nope"}}`, `test case "nope" started before it was described`},
		{"a step of a test case never started", `{"testStepFinished":{"testCaseStartedId":"x","testStepId":"y"}}`, `unknown test case started "x"`},
	}
	for _, tc := range cases {
		_, err := record.ReadMessages(strings.NewReader(tc.stream))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.why, err, tc.want)
		}
	}
}

// TestPlainText: which attachments the messages carry as text and which in
// base64, so that tools embedding the messages in an HTML script (the
// Cucumber HTML formatter) are not broken by a page snapshot.
func TestPlainText(t *testing.T) {
	cases := []struct {
		why, mediaType, body string
		want                 bool
	}{
		{"console text is text", "text/plain", "TypeError: cards is undefined\n", true},
		{"markup that is harmless in a script is text", "text/plain", "<b>4242</b> & <i>5454</i>", true},
		{"the DOM of a page is an HTML document: base64", "text/html", "<p>no scripts here</p>", false},
		{"text that would end a script element: base64", "text/plain", "page said: </SCRIPT><script>alert(1)", false},
		{"text that opens a script element: base64", "text/plain", "<script src=x>", false},
		{"an HTML comment opener can change how a script ends: base64", "text/plain", "<!-- hidden", false},
		{"bytes that are not UTF-8: base64", "text/plain", "\xff\xfe", false},
		{"images: base64", "image/png", "\x89PNG", false},
	}
	for _, tc := range cases {
		if got := record.PlainText(tc.mediaType, []byte(tc.body)); got != tc.want {
			t.Errorf("%s: plainText = %v, want %v", tc.why, got, tc.want)
		}
	}
}

// TestEvidenceKindsRoundTrip: the kind of every piece of evidence the
// harness keeps comes back from the messages, which carry it in the file
// name and media type the kind gives; what a step attached itself comes
// back as Custom.
func TestEvidenceKindsRoundTrip(t *testing.T) {
	r := fake.Interrupted()
	st := r.Features[0].Scenarios[0].Steps[0]
	var want []record.EvidenceKind
	for _, k := range []record.EvidenceKind{record.Screenshot, record.Note, record.Page, record.Console} {
		st.Attachments = append(st.Attachments, record.Attachment{Name: k.FileName("step-01-passed"), MediaType: k.MediaType(), Kind: k, Body: []byte("x")})
		want = append(want, k)
	}
	for _, a := range []record.Attachment{
		{Name: "totals.txt", MediaType: "text/plain"},
		{Name: "checkout.png", MediaType: "image/jpeg"}, // a .png ending with another media type is no screenshot of the harness
		{Name: "console.txt", MediaType: "text/plain"},
	} {
		a.Body = []byte("x")
		st.Attachments = append(st.Attachments, a)
		want = append(want, record.Custom)
	}
	var buf bytes.Buffer
	if err := record.WriteMessages(&buf, r, record.MessagesOptions{}); err != nil {
		t.Fatal(err)
	}
	back, err := record.ReadMessages(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var got []record.EvidenceKind
	for _, a := range back.Features[0].Scenarios[0].Steps[0].Attachments {
		got = append(got, a.Kind)
	}
	if !slices.Equal(got, want) {
		t.Errorf("kinds read back %q, want %q", got, want)
	}
}

// TestPathFrom: evidence is named relative to the folder of the report.
func TestPathFrom(t *testing.T) {
	cases := []struct{ why, path, dir, want string }{
		{"under the report folder", "/tmp/run/out/evidence/p1/step-01-failed.png", "/tmp/run/out", "evidence/p1/step-01-failed.png"},
		{"beside it", "/tmp/run/shots/a.png", "/tmp/run/out", "../shots/a.png"},
		{"no folder: as it is", "/tmp/run/out/a.png", "", "/tmp/run/out/a.png"},
		{"no path", "", "/tmp/run/out", ""},
	}
	for _, tc := range cases {
		if got := (record.Attachment{Path: tc.path}).PathFrom(tc.dir); got != tc.want {
			t.Errorf("%s: PathFrom(%q) of %q = %q, want %q", tc.why, tc.dir, tc.path, got, tc.want)
		}
	}
}

// A scenario without steps has an empty list of test steps, as the
// messages' schema wants an array, never null.
func TestMessagesOfAScenarioWithoutSteps(t *testing.T) {
	r := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true})
	f := r.Features[0]
	empty := *f.Scenarios[0]
	empty.Steps, empty.ID, empty.Name = nil, "empty-1", "no steps yet"
	f.Scenarios = append(f.Scenarios, &empty)
	var buf bytes.Buffer
	if err := record.WriteMessages(&buf, r, record.MessagesOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"testSteps":null`) {
		t.Errorf("a test case's testSteps is null:\n%s", buf.String())
	}
}
