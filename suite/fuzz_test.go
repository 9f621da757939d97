package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzFeature: no bytes in a feature file panic the plan's checks (line
// lengths, the Gherkin parse) or godog's own parse, and a refusal names the
// file.
func FuzzFeature(f *testing.F) {
	f.Add([]byte("Feature: broken\n  Scenario: a\n    Given x\n  Examples:\n"))
	f.Add([]byte("Feature: x\n  @P1\n  Scenario: a\n    Given x\n\n  Rule: r\n    Scenario: b\n      Given y\n"))
	f.Add([]byte("Feature: x\n  Scenario Outline: o <a>\n    Given a <a>\n    Examples:\n      | a |\n      | 1 |\n"))
	f.Add([]byte("# language: ru\nФункция: x\n  Сценарий: y\n    Дано z\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "fuzz.feature")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := NewPlan(Options{Paths: []string{path}}); err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Errorf("the refusal does not name the file: %v", err)
			}
		}
	})
}

// FuzzShard: any --shard value is refused or names a shard 1 <= i <= n,
// and picking that shard's scenarios, dealt or by durations, neither
// panics nor takes more than its share.
func FuzzShard(f *testing.F) {
	for _, s := range []string{"1/2", "4/4", "0/2", "3/2", "1-2", "a/b", "1/2000000000", "-1/-2", "+1/+1", "1/"} {
		f.Add(s, uint8(5))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		sh, err := ParseShard(s)
		if err != nil {
			return
		}
		if sh.Index < 1 || sh.Index > sh.Total {
			t.Fatalf("ParseShard(%q) = %+v", s, sh)
		}
		all := make([]Planned, n)
		durations := map[string]time.Duration{}
		for i := range all {
			all[i] = Planned{ID: string(rune('a'+i%26)) + strings.Repeat("x", i/26), Location: "f:" + string(rune('0'+i%10))}
			durations[all[i].Location] = time.Duration(i) * time.Second
		}
		for _, d := range []map[string]time.Duration{nil, durations} {
			keep := sh.pick(all, d)
			if max := (len(all) + sh.Total - 1) / sh.Total; sh.Total <= len(all) && d == nil && len(keep) > max {
				t.Errorf("shard %s keeps %d of %d scenarios, more than %d", s, len(keep), len(all), max)
			}
		}
	})
}

// FuzzShardDurations: no bytes in an earlier run's cucumber.ndjson given to
// --shard-durations panic the run; they are read or refused.
func FuzzShardDurations(f *testing.F) {
	f.Add([]byte(`{"meta":{"protocolVersion":"21.0.1"}}` + "\n"))
	f.Add([]byte(`{"testCaseStarted":{"id":"x","testCaseId":"y"}}` + "\n"))
	f.Add([]byte("not json\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "cucumber.ndjson")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		DurationsFrom(path)
	})
}
