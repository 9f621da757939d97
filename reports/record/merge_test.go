package record_test

import (
	"bytes"
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

// Shards say which of how many they are, through their message streams:
// a merge of all of a split's shards lacks none; one that lacks one says
// which and is no success; shards of different splits or plans, or one
// shard twice, are refused.
func TestMergeTellsAMissingShard(t *testing.T) {
	shard := func(i, n, planned int) *record.Run {
		r := &record.Run{Started: time.Unix(1, 0), Finished: time.Unix(2, 0), Shard: &record.Shard{Index: i, Total: n, Planned: planned}}
		var buf bytes.Buffer
		if err := record.WriteMessages(&buf, r, record.MessagesOptions{}); err != nil {
			t.Fatal(err)
		}
		back, err := record.ReadMessages(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if back.Shard == nil || *back.Shard != *r.Shard {
			t.Fatalf("shard %v read back from its messages as %v", r.Shard, back.Shard)
		}
		return back
	}
	all, err := record.Merge(shard(2, 3, 9), shard(1, 3, 9), shard(3, 3, 9))
	if err != nil || len(all.MissingShards) != 0 || !all.Success() || all.Shard != nil {
		t.Errorf("every shard: missing %v, success %v, shard %v, error %v", all.MissingShards, all.Success(), all.Shard, err)
	}
	some, err := record.Merge(shard(3, 3, 9), shard(1, 3, 9))
	if err != nil || len(some.MissingShards) != 1 || some.MissingShards[0].String() != "2/3" || some.Success() {
		t.Errorf("shards 1/3 and 3/3: missing %v, success %v, error %v; want 2/3 missing, no success", some.MissingShards, some.Success(), err)
	}
	// The merged results say what they lack when read back, and merge
	// with the shard they lack into the whole.
	var buf bytes.Buffer
	if err := record.WriteMessages(&buf, some, record.MessagesOptions{}); err != nil {
		t.Fatal(err)
	}
	back, err := record.ReadMessages(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.MissingShards) != 1 || back.MissingShards[0].String() != "2/3" || back.Success() {
		t.Errorf("the merge of 1/3 and 3/3 read back: missing %v, success %v; want 2/3 missing, no success", back.MissingShards, back.Success())
	}
	if whole, err := record.Merge(back, shard(2, 3, 9)); err != nil || len(whole.MissingShards) != 0 || !whole.Success() {
		t.Errorf("that merge and shard 2/3: missing %v, success %v, error %v; want the whole split", whole.MissingShards, whole.Success(), err)
	}
	if _, err := record.Merge(back, shard(3, 3, 9)); err == nil || !strings.Contains(err.Error(), "shard 3/3") {
		t.Errorf("that merge and shard 3/3 again: error %v, want one naming shard 3/3", err)
	}
	for _, tc := range []struct {
		why  string
		runs []*record.Run
		want string
	}{
		{"different splits", []*record.Run{shard(1, 2, 9), shard(2, 3, 9)}, "different splits"},
		{"different plans", []*record.Run{shard(1, 2, 9), shard(2, 2, 8)}, "--tags"},
		{"one shard twice", []*record.Run{shard(1, 2, 9), shard(1, 2, 9)}, "two of the results are of shard 1/2"},
	} {
		if _, err := record.Merge(tc.runs...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.why, err, tc.want)
		}
	}
}
