package record_test

import (
	"bytes"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestLineFilteredRun: a rerun names feature files with lines
// (x.feature:14), which godog runs as line filters and names
// "x.feature:14". The record names the files, and a file run for two of
// its lines is one feature whose scenarios keep their keyword, line,
// example row and tags, in the run and in its messages read back.
func TestLineFilteredRun(t *testing.T) {
	r := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true, Paths: []string{
		"testdata/features/card_list.feature:14",
		"testdata/features/card_list.feature:23",
		"testdata/features/statuses.feature:8",
	}})
	checkFilteredRun(t, "the run", r)
	var buf bytes.Buffer
	if err := record.WriteMessages(&buf, r, record.MessagesOptions{Meta: fake.Meta()}); err != nil {
		t.Fatal(err)
	}
	back, err := record.ReadMessages(&buf)
	if err != nil {
		t.Fatal(err)
	}
	checkFilteredRun(t, "its messages read back", back)
}

func checkFilteredRun(t *testing.T, what string, r *record.Run) {
	t.Helper()
	want := []struct {
		uri       string
		locations []string
	}{
		{"testdata/features/card_list.feature", []string{
			"testdata/features/card_list.feature:14", "testdata/features/card_list.feature:30",
			"testdata/features/card_list.feature:31", "testdata/features/card_list.feature:36",
		}},
		{"testdata/features/statuses.feature", []string{"testdata/features/statuses.feature:8"}},
	}
	if len(r.Features) != len(want) {
		t.Fatalf("%s: %d features, want %d", what, len(r.Features), len(want))
	}
	for i, w := range want {
		f := r.Features[i]
		if f.URI != w.uri || f.Document == nil || f.Document.Uri != w.uri {
			t.Errorf("%s: feature %d is %q (document %q), want %q", what, i+1, f.URI, documentURI(f), w.uri)
		}
		var got []string
		for _, sc := range f.Scenarios {
			got = append(got, sc.Location())
			checkFilteredScenario(t, what, f, sc)
		}
		if !equalStrings(got, w.locations) {
			t.Errorf("%s: %s ran %v, want %v", what, w.uri, got, w.locations)
		}
	}
}

// checkFilteredScenario: what a scenario takes from its document is there,
// which it is only when its pickle's AST node ids are the document's.
func checkFilteredScenario(t *testing.T, what string, f *record.Feature, sc *record.Scenario) {
	t.Helper()
	if sc.URI != f.URI || sc.Keyword == "" || record.ScenarioNode(f.Document, sc.Pickle.AstNodeIds[0]) == nil {
		t.Errorf("%s: %s: URI %q, keyword %q: not tied to its document", what, sc.Name, sc.URI, sc.Keyword)
	}
	if len(sc.Pickle.AstNodeIds) > 1 && sc.Example == nil {
		t.Errorf("%s: %s: the outline row is lost", what, sc.Name)
	}
	for _, tag := range sc.Tags {
		if tag.Line == 0 {
			t.Errorf("%s: %s: tag %s has no line", what, sc.Name, tag.Name)
		}
	}
	for _, st := range sc.Steps {
		if st.Line == 0 || st.Keyword == "" {
			t.Errorf("%s: %s: step %q has no line or keyword", what, sc.Name, st.Text)
		}
	}
}

func documentURI(f *record.Feature) string {
	if f.Document == nil {
		return ""
	}
	return f.Document.Uri
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestFileURI: only godog's line filter is taken off a URI.
func TestFileURI(t *testing.T) {
	cases := []struct{ why, uri, want string }{
		{"a line filter is taken off", "features/p1_my_alipay.feature:12", "features/p1_my_alipay.feature"},
		{"a plain file stays", "features/p1_my_alipay.feature", "features/p1_my_alipay.feature"},
		{"a colon and digits elsewhere stay", "C:12/features/x.feature", "C:12/features/x.feature"},
		{"only a feature file has a line filter", "notes.txt:3", "notes.txt:3"},
	}
	for _, tc := range cases {
		if got := record.FileURI(tc.uri); got != tc.want {
			t.Errorf("%s: fileURI(%q) = %q, want %q", tc.why, tc.uri, got, tc.want)
		}
	}
}

// TestFileOfIsRelative: a feature named by an absolute path under the
// working folder is recorded relative to it; others as they were named.
func TestFileOfIsRelative(t *testing.T) {
	cases := []struct{ why, dir, uri, want string }{
		{"under the working folder", "/work/main", "/work/main/features/p1.feature", "features/p1.feature"},
		{"under it, with a line filter", "/work/main", "/work/main/features/p1.feature:12", "features/p1.feature"},
		{"outside it: as it was named", "/work/main", "/tmp/x/p1.feature", "/tmp/x/p1.feature"},
		{"a folder that only starts like it", "/work/main", "/work/mainline/p1.feature", "/work/mainline/p1.feature"},
		{"a relative name stays", "/work/main", "features/p1.feature", "features/p1.feature"},
		{"no working folder known", "", "/work/main/features/p1.feature", "/work/main/features/p1.feature"},
	}
	for _, tc := range cases {
		if got := record.FileOf(tc.dir, tc.uri); got != tc.want {
			t.Errorf("%s: %q in %q is recorded as %q, want %q", tc.why, tc.uri, tc.dir, got, tc.want)
		}
	}
}
