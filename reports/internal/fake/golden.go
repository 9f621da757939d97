package fake

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/record"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Normalise fixes what changes from run to run (times, durations, where the
// Go sources live and their lines) so reports of a run can be compared with golden files.
func Normalise(r *record.Run) {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	r.Started, r.Finished = t0, t0.Add(time.Minute)
	for i, f := range r.Features {
		for j, sc := range f.Scenarios {
			sc.Started = t0.Add(time.Duration(10*i+j) * time.Second)
			sc.Finished = sc.Started.Add(time.Duration(len(sc.Steps)) * 250 * time.Millisecond)
			normaliseSteps(sc)
		}
	}
}

func normaliseSteps(sc *record.Scenario) {
	for k, st := range sc.Steps {
		st.Started, st.Duration = time.Time{}, 0
		if st.Status != record.StatusUnknown {
			st.Started = sc.Started.Add(time.Duration(k) * 250 * time.Millisecond)
			st.Duration = 250 * time.Millisecond
		}
		if st.Match != nil && st.Match.File != "" { // the golden files outlive edits of the step definitions
			st.Match.File, st.Match.Line = filepath.Base(st.Match.File), 1
		}
	}
}

// CheckGolden compares got with testdata/<name>, or rewrites it under -update.
func CheckGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("updating %s: %v", path, err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading the golden file (go test -update writes it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, LineDiff(string(want), string(got)))
	}
}

// LineDiff shows the first line where want and got part, from a little
// before the first byte that differs, and the lines after it.
func LineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	from := 0
	if i < len(w) && i < len(g) {
		from = max(commonPrefix(w[i], g[i])-40, 0)
	}
	for k := i; k < min(i+4, len(w)); k++ {
		fmt.Fprintf(&b, "- %d  %s\n", k+1, clip(w[k], from))
	}
	for k := i; k < min(i+4, len(g)); k++ {
		fmt.Fprintf(&b, "+ %d  %s\n", k+1, clip(g[k], from))
	}
	return b.String()
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// clip shows 160 bytes of s from byte from.
func clip(s string, from int) string {
	if from >= len(s) {
		return ""
	}
	s = s[from:]
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	if from > 0 {
		s = "…" + s
	}
	return s
}
