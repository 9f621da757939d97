package record

import "testing"

func TestDriftIsADiffImageBesideTheScreenshot(t *testing.T) {
	if got := Drift.FileName("step-05-passed"); got != "step-05-passed-diff.png" {
		t.Errorf("Drift.FileName = %q, want step-05-passed-diff.png", got)
	}
	if Drift.MediaType() != "image/png" {
		t.Errorf("Drift.MediaType = %q", Drift.MediaType())
	}
	// Read back from Cucumber Messages, which keep only name and type.
	if k := kindOf("step-05-passed-diff.png", "image/png"); k != Drift {
		t.Errorf("a diff image read back is %q, want drift", k)
	}
	if k := kindOf("step-05-passed.png", "image/png"); k != Screenshot {
		t.Errorf("a screenshot read back is %q", k)
	}
}

func TestDriftedAreTheStepsWithADiffImage(t *testing.T) {
	shot := Attachment{Name: "step-01-passed.png", Kind: Screenshot}
	diff := Attachment{Name: "step-02-passed-diff.png", Kind: Drift}
	a := &Step{Text: "a", Attachments: []Attachment{shot}}
	b := &Step{Text: "b", Attachments: []Attachment{shot, diff}}
	c := &Step{Text: "c", Attachments: []Attachment{diff}}
	f := &Feature{Scenarios: []*Scenario{{Steps: []*Step{a, b}}, {Steps: []*Step{c}}}}
	got := Drifted(f)
	if len(got) != 2 || got[0] != b || got[1] != c {
		t.Errorf("Drifted = %v, want steps b and c", got)
	}
	if Drifted() != nil {
		t.Error("Drifted of no feature is not empty")
	}
}
