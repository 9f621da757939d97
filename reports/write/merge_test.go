package write

import (
	"bytes"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestMergeShards: two shards that split the scenarios between them merge
// into the reports of one run of them all.
func TestMergeShards(t *testing.T) {
	a := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true, Tags: "@evidence"})
	b := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true, Tags: "~@evidence"})
	merged, err := record.Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	fake.Normalise(merged)
	var buf bytes.Buffer
	if err := JUnit(&buf, merged, JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	fake.CheckGolden(t, "report.junit.xml.golden", buf.Bytes())
}
