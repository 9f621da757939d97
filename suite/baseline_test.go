package suite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/steps"
)

// baselineScenarios are scenarios of the suite that show the card list
// with its "Remove card" label on some of their steps and not on others.
var baselineScenarios = []string{
	"../features/p01_my_alipay.feature:48", // cancels, the card stays
	"../features/p03_help_center.feature:23",
}

// removeCardRed draws the "Remove card" label of the card lists in red.
const removeCardRed = `.js-remove-card { color: rgb(200, 0, 0) !important; }`

// runWithBaselines runs baselineScenarios with a screenshot after every
// step, compared with (or, with update, kept as) the baselines in dir, on
// a sim that adds css to its stylesheet.
func runWithBaselines(t *testing.T, dir string, update bool, css string) *Result {
	t.Helper()
	o := Options{Paths: baselineScenarios, Concurrency: 2, Launch: steps.LaunchOptions{
		Evidence: steps.EvidenceOptions{Dir: t.TempDir(), EveryStep: true,
			Baseline: steps.BaselineOptions{Dir: dir, Update: update}},
		Sim: sim.Options{DriftStylesheet: css},
	}}
	res := runAll(t, context.Background(), o)
	if err := res.Err(); err != nil {
		t.Fatalf("the scenarios did not pass: %v", err)
	}
	return res
}

// drifted names the steps that drifted, "Scenario name: 7".
func drifted(t *testing.T, res *Result) []string {
	t.Helper()
	var out []string
	for _, f := range res.Run.Features {
		for _, sc := range f.Scenarios {
			for i, st := range sc.Steps {
				if !st.Drifted() {
					continue
				}
				out = append(out, fmt.Sprintf("%s: %02d", sc.Name, i+1))
				if st.Status != record.StatusPassed {
					t.Errorf("%s step %d drifted and is %s; drift is a warning", sc.Name, i+1, st.Status)
				}
				checkDiffBesideShot(t, st)
			}
		}
	}
	return out
}

// checkDiffBesideShot checks that a step that drifted has its diff image
// beside its screenshot in the evidence folder, as step-NN-passed-diff.png.
func checkDiffBesideShot(t *testing.T, st *record.Step) {
	t.Helper()
	var shot, diff string
	for _, a := range st.Attachments {
		switch a.Kind {
		case record.Screenshot:
			shot = a.Path
		case record.Drift:
			diff = a.Path
		}
	}
	if shot == "" || diff != strings.TrimSuffix(shot, ".png")+"-diff.png" {
		t.Errorf("step %q: diff image %q, want one beside its screenshot %q", st.Text, diff, shot)
		return
	}
	if _, err := os.Stat(diff); err != nil {
		t.Errorf("step %q: %v", st.Text, err)
	}
}

// TestBaselinesDriftOnlyWhereThePageLooksDifferent: screenshots kept as
// baselines, then two runs of the same code against them drift by nothing;
// a run whose sim draws one label in another colour drifts on exactly the
// steps whose screenshot shows that label, each with a diff image.
func TestBaselinesDriftOnlyWhereThePageLooksDifferent(t *testing.T) {
	dir := t.TempDir()
	runWithBaselines(t, dir, true, "")
	kept, _ := filepath.Glob(filepath.Join(dir, "*", "*", "step-*.png"))
	if len(kept) == 0 {
		t.Fatal("--update-baselines kept no screenshot")
	}
	for run := 1; run <= 2; run++ {
		if got := drifted(t, runWithBaselines(t, dir, false, "")); len(got) > 0 {
			t.Errorf("run %d of the same code drifted on %q; want none", run, got)
		}
	}
	got := drifted(t, runWithBaselines(t, dir, false, removeCardRed))
	// The card list shows the label from the click on "Edit cards" (or
	// "Sign in") on, the pop-up over it included; the steps that check
	// the world leave the list shown. The steps before it, the sign-in
	// form being filled in among them, show no such label.
	want := []string{
		"Cancel in the pop-up keeps the card: 05",                       // click "Edit cards"
		"Cancel in the pop-up keeps the card: 06",                       // click "Remove card": the pop-up over the list
		"Cancel in the pop-up keeps the card: 07",                       // click "Cancel"
		"Cancel in the pop-up keeps the card: 08",                       // see the card
		"Cancel in the pop-up keeps the card: 09",                       // the buyer's cards, the list still shown
		"The button needs the storefront login in the same browser: 07", // click "Sign in": the card list
		"The button needs the storefront login in the same browser: 08", // see the card
		"The button needs the storefront login in the same browser: 09", // the buyer's cards, the list still shown
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("with a red \"Remove card\" the steps that drifted are\n%q\nwant\n%q", got, want)
	}
}
