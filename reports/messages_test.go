package reports

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestMessagesRoundTrip: a run written as messages and read back is the
// same run, times and evidence included (the stream is the record other
// reports and shard merges are made from).
func TestMessagesRoundTrip(t *testing.T) {
	cases := []struct {
		why string
		run fakeRun
	}{
		{"one scenario at a time", fakeRun{concurrency: 1, timedByHooks: true}},
		{"four at once", fakeRun{concurrency: 4, timedByHooks: true, meet: 4}},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			want := runFake(t, tc.run)
			var buf bytes.Buffer
			if err := WriteMessages(&buf, want, MessagesOptions{}); err != nil {
				t.Fatal(err)
			}
			got, err := ReadMessages(&buf)
			if err != nil {
				t.Fatal(err)
			}
			want.Name = "" // the stream has no place for it
			loadBodies(t, want)
			if w, g := asJSON(t, want), asJSON(t, got); w != g {
				t.Errorf("the run read back differs (-want +got):\n%s", lineDiff(w, g))
			}
		})
	}
}

// loadBodies reads the evidence kept only as files, as the writers do.
func loadBodies(t *testing.T, r *Run) {
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

func asJSON(t *testing.T, r *Run) string {
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
	r := runFake(t, fakeRun{concurrency: 1, timedByHooks: true})
	var buf bytes.Buffer
	if err := WriteMessages(&buf, r, MessagesOptions{}); err != nil {
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
	got, err := ReadMessages(strings.NewReader(strings.Join(lines, "")))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Finished.IsZero() || len(got.Features) != 2 || len(got.Features[0].Scenarios) != 1 {
		t.Fatalf("read back: finished %v, %d features, want an unfinished run of 2 features, 1 scenario started", got.Finished, len(got.Features))
	}
	var statuses []Status
	for _, st := range got.Features[0].Scenarios[0].Steps {
		statuses = append(statuses, st.Status)
	}
	if want := []Status{StatusPassed, StatusUnknown, StatusUnknown}; !equal(statuses, want) {
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
		_, err := ReadMessages(strings.NewReader(tc.stream))
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
		if got := plainText(tc.mediaType, []byte(tc.body)); got != tc.want {
			t.Errorf("%s: plainText = %v, want %v", tc.why, got, tc.want)
		}
	}
}
