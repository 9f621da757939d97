package matrix

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/sim"
)

func TestColumns(t *testing.T) {
	fs := []feature{
		{Path: "a.feature", Contents: []byte("@article-001\nFeature: a\n  @profile:edit-delete+alert-confirm\n  Scenario: x\n")},
		{Path: "b.feature", Contents: []byte("Feature: b\n  @P1 @profile:check-card\n  Scenario: y\n  @profile:edit-delete+alert-confirm\n  Scenario: z\n")},
	}
	cols := Columns(fs)
	if !slices.Equal(cols[:3], []string{None, "edit-delete+alert-confirm", "check-card"}) {
		t.Errorf("columns start %v, want none, then the features' own profiles in order", cols[:3])
	}
	for _, p := range sim.Profiles() {
		if n := strings.Count(strings.Join(cols, " ")+" ", p+" "); !slices.Contains(cols, p) || (p == "check-card" && n != 1) {
			t.Errorf("profile %s is in the columns %d times, want once", p, n)
		}
	}
	if err := CheckColumns([]string{None, "edit-delete+alert-confirm"}); err != nil {
		t.Error(err)
	}
	if err := CheckColumns([]string{"edit-delte"}); err == nil || !strings.Contains(err.Error(), "edit-delte") {
		t.Errorf("a misspelt profile: %v, want an error naming it", err)
	}
}

func TestVariantName(t *testing.T) {
	for _, tc := range []struct{ path, profile, want string }{
		{"features/articles/000_hi.feature", "edit-delete", "features/articles/000_hi@edit-delete.feature"},
		{"../../features/articles/003_ru.feature", None, "features/articles/003_ru@none.feature"},
	} {
		if got := variantName(tc.path, tc.profile); got != tc.want {
			t.Errorf("variantName(%q, %q) = %q, want %q", tc.path, tc.profile, got, tc.want)
		}
	}
}

// The text table: a line per profile, a column per article, "ok", the
// article line where it broke, "*" on the profiles it is written for, and
// each broken cell told below.
func TestWriteText(t *testing.T) {
	tb := &Table{Profiles: []string{None, "alert-confirm"}, Rows: []Row{{
		Feature: "features/articles/009_xx.feature", Article: "009", File: "009_made_up.txt", Own: []string{"alert-confirm"},
		Cells: []Cell{
			{Profile: None, Status: record.StatusFailed, Scenarios: 2, Passed: 1, Broke: &Broken{
				Scenario: "Take the card off", Location: "features/articles/009_xx.feature:4", Step: "When I accept the alert", StepLine: 8,
				ArticleLine: 5, Error: "no browser dialog opened",
			}},
			{Profile: "alert-confirm", Status: record.StatusPassed, Own: true, Scenarios: 2, Passed: 2},
		},
	}}}
	var buf bytes.Buffer
	if err := tb.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	want := `profile        009      
none           line 5   
alert-confirm  ok*      
(ok: every scenario passed; line N: the first step that broke stands for line N of the article; * a profile some scenario of the article is written for)

009 under none: failed, 1 of 2 passed
  features/articles/009_xx.feature:4 › Take the card off
  step 8: When I accept the alert
  article 009_made_up.txt line 5
  no browser dialog opened
`
	if got := buf.String(); got != want {
		t.Errorf("text table:\n%s\nwant:\n%s", got, want)
	}
	buf.Reset()
	if err := tb.WriteHTML(&buf); err != nil || !strings.Contains(buf.String(), `<a href="#a1-p1">line 5</a>`) {
		t.Errorf("matrix.html (%v) does not link the broken cell:\n%s", err, buf.String())
	}
}
