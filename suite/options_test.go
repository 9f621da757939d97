package suite

import (
	"strings"
	"testing"
)

// Without Options.Color godog's console output loses its colours, and
// keeps its text.
func TestNoColor(t *testing.T) {
	var b strings.Builder
	n, err := noColor{&b}.Write([]byte("\x1b[31mfailed\x1b[0m \x1b[1;30m# x.feature:3\x1b[0m\n"))
	if err != nil || n != 41 || b.String() != "failed # x.feature:3\n" {
		t.Errorf("wrote %d, %v: %q", n, err, b.String())
	}
}
