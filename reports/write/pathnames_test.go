package write

import (
	"os"
	"regexp"
	"testing"
)

// The report names each documented path as README.md's table of path tags
// does, and knows every path of it.
func TestPathNamesAreTheREADMEs(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := regexp.MustCompile("(?m)^\\| `(@P\\d+)` \\| ([^|]+) \\| `features/").FindAllStringSubmatch(string(readme), -1)
	if len(rows) != len(PathNames) {
		t.Errorf("README.md's table has %d paths, the report names %d", len(rows), len(PathNames))
	}
	for _, r := range rows {
		if got := PathNames[r[1]]; got != r[2] {
			t.Errorf("%s: the report names it %q, README.md %q", r[1], got, r[2])
		}
	}
}
