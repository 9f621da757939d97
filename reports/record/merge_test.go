package record_test

import (
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

func TestMergeRefuses(t *testing.T) {
	other := fake.Interrupted()
	other.Features[0].Scenarios[0].Name = "Another scenario, same id"
	other.Features[0].Scenarios[0].Line = 30
	cases := []struct {
		why  string
		runs []*record.Run
		want string
	}{
		{"a scenario that ran in two shards", []*record.Run{fake.Interrupted(), fake.Interrupted()}, "ran in two of them"},
		{"two scenarios with one id", []*record.Run{fake.Interrupted(), {Features: []*record.Feature{{URI: "features/p2.feature", Scenarios: other.Features[0].Scenarios[:1]}}}}, "the runs parsed different feature files"},
	}
	for _, tc := range cases {
		if _, err := record.Merge(tc.runs...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.why, err, tc.want)
		}
	}
}

// TestMergeTimes: the merged run spans its shards, and is unfinished while
// one of them is.
func TestMergeTimes(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	cases := []struct {
		why          string
		a, b         record.Run
		start, final time.Time
	}{
		{"both finished", record.Run{Started: t0.Add(time.Second), Finished: t0.Add(3 * time.Second)}, record.Run{Started: t0, Finished: t0.Add(2 * time.Second)}, t0, t0.Add(3 * time.Second)},
		{"one still running", record.Run{Started: t0, Finished: t0.Add(3 * time.Second)}, record.Run{Started: t0.Add(time.Second)}, t0, time.Time{}},
	}
	for _, tc := range cases {
		m, err := record.Merge(&tc.a, &tc.b)
		if err != nil {
			t.Fatal(err)
		}
		if !m.Started.Equal(tc.start) || !m.Finished.Equal(tc.final) {
			t.Errorf("%s: %v to %v, want %v to %v", tc.why, m.Started, m.Finished, tc.start, tc.final)
		}
	}
}
