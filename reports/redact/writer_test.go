package redact

import (
	"bytes"
	"strings"
	"testing"
)

// godog's pretty output, a line at a time: a step in colour, a data table
// whose rows name the CVV or whose first row does, and a failure.
func TestWriterMasksEveryLine(t *testing.T) {
	var got bytes.Buffer
	w := Writer(&got)
	for _, line := range []string{
		"    \x1b[32mAnd I fill \x1b[0m\x1b[32;1m\"CVV\"\x1b[0m\x1b[32m with \x1b[0m\x1b[32;1m\"862\"\x1b[0m  \x1b[37m# form.go:10\x1b[0m\n",
		"    And I fill \"Card number\" with \"4111 1111 1111 1111\"  # form.go:10\n",
		"      | field   | value               |\n",
		"      | CVV/CVC | 862                 |\n",
		"      | Card    | 5555-5555-5555-4444 |\n",
		"    And I fill in the card:\n",
		"      | card | cvv |\n",
		"      | Visa | 862 |\n",
		"    Error: the field \"CVV\" holds \"862\"\n",
		"    \x1b[32mAnd I open \"https://www.aliexpress.com/\"\x1b[0m\n",
		"3 scenarios (1 passed, 2 failed)\n",
	} {
		if n, err := w.Write([]byte(line)); n != len(line) || err != nil {
			t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(line))
		}
	}
	want := strings.Join([]string{
		"    And I fill \"CVV\" with \"•••\"  # form.go:10\n",
		"    And I fill \"Card number\" with \"•••• 1111\"  # form.go:10\n",
		"      | field   | value               |\n",
		"      | CVV/CVC | •••                 |\n",
		"      | Card    | •••• 4444           |\n",
		"    And I fill in the card:\n",
		"      | card | cvv |\n",
		"      | Visa | ••• |\n",
		"    Error: the field \"CVV\" holds \"•••\"\n",
		"    \x1b[32mAnd I open \"https://www.aliexpress.com/\"\x1b[0m\n",
		"3 scenarios (1 passed, 2 failed)\n",
	}, "")
	if got.String() != want {
		t.Errorf("the writer wrote\n%q\nwant\n%q", got.String(), want)
	}
}

func TestLinesMasksTablesAsTables(t *testing.T) {
	in := "Pay with:\n| card | cvv |\n| 4111111111111111 | 862 |\nCVV 862 ends it\n| Quantity | 862 |\n"
	want := "Pay with:\n| card | cvv |\n| •••• 1111        | ••• |\nCVV ••• ends it\n| Quantity | 862 |\n"
	if got := Lines(in); got != want {
		t.Errorf("Lines =\n%s\nwant\n%s", got, want)
	}
}
