package sim_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
)

// ARTICLES.md names the profile of every row ("default", or profiles
// joined by ", ", " / " or "+", before any remark in brackets); each name
// is a profile of the sim, and every profile of the sim has a row.
func TestArticlesTableNamesRealProfiles(t *testing.T) {
	data, err := os.ReadFile("ARTICLES.md")
	if err != nil {
		t.Fatal(err)
	}
	known := sim.Profiles()[1:]
	used := map[string]bool{}
	rows := 0
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) != 7 || strings.HasPrefix(strings.TrimSpace(cells[1]), "article") || strings.HasPrefix(cells[1], "---") {
			continue
		}
		rows++
		profile, _, _ := strings.Cut(cells[4], "(")
		for _, n := range strings.FieldsFunc(profile, func(r rune) bool { return r == ',' || r == '/' || r == '+' }) {
			n = strings.TrimSpace(n)
			if n == "default" || n == "—" {
				continue
			}
			if !slices.Contains(known, n) {
				t.Errorf("row %q names %q, which is not a profile (%s)", strings.TrimSpace(cells[2]), n, strings.Join(known, ", "))
			}
			used[n] = true
		}
	}
	if rows < 40 {
		t.Errorf("ARTICLES.md has %d rows; the table is missing", rows)
	}
	for _, p := range known {
		if !used[p] {
			t.Errorf("profile %q has no row in ARTICLES.md", p)
		}
	}
}
