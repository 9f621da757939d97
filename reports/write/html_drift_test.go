package write

import (
	"bytes"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// driftRun is a run of one scenario of three passing steps, the second of
// which drifted from its baseline.
func driftRun() *record.Run {
	shot := func(n string) record.Attachment {
		return record.Attachment{Name: "step-0" + n + "-passed.png", MediaType: "image/png", Kind: record.Screenshot, Body: fake.PixelPNG}
	}
	diff := record.Attachment{Name: "step-02-passed-diff.png", MediaType: "image/png", Kind: record.Drift, Body: fake.PixelPNG}
	sc := &record.Scenario{ID: "p1", URI: "features/cards.feature", Keyword: "Scenario", Name: "Remove a card", Line: 3, Steps: []*record.Step{
		{ID: "s1", Keyword: "Given ", Text: "I open the wallet", Line: 4, Status: record.StatusPassed, Attachments: []record.Attachment{shot("1")}},
		{ID: "s2", Keyword: "When ", Text: "I click \"Delete card\"", Line: 5, Status: record.StatusPassed, Attachments: []record.Attachment{shot("2"), diff}},
		{ID: "s3", Keyword: "Then ", Text: "I should see \"No cards\"", Line: 6, Status: record.StatusPassed, Attachments: []record.Attachment{shot("3")}},
	}}
	return &record.Run{Name: "wallet", Features: []*record.Feature{{URI: "features/cards.feature", Keyword: "Feature", Name: "Cards", Scenarios: []*record.Scenario{sc}}}}
}

// TestHTMLShowsDriftBesideTheScreenshot: a reader of the report learns
// that one step drifted, and finds its screenshot and diff image side by
// side; the step and its scenario are still passed.
func TestHTMLShowsDriftBesideTheScreenshot(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, driftRun(), HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if !strings.Contains(page, `<a href="#drift">drift: 1 step</a>`) {
		t.Error("the report's head does not say drift: 1 step, linked to the list")
	}
	_, section, ok := strings.Cut(page, `<h2 id="drift">`)
	if !ok {
		t.Fatal("no section of the steps that drifted")
	}
	section, _, _ = strings.Cut(section, "<section")
	if !strings.Contains(section, `I click &#34;Delete card&#34;`) || strings.Contains(section, "I open the wallet") {
		t.Errorf("the drift section should name the step that drifted and no other:\n%s", section)
	}
	shot := strings.Index(section, "Screenshot · step-02-passed.png")
	diff := strings.Index(section, "Drift from the baseline · step-02-passed-diff.png")
	if shot < 0 || diff < shot {
		t.Errorf("the drift section should show the screenshot, then the diff image beside it:\n%s", section)
	}
	if strings.Contains(page, `chip failed`) {
		t.Error("drift made a step or scenario failed; it is a warning")
	}
}

func TestHTMLWithoutDriftSaysNothingOfIt(t *testing.T) {
	r := driftRun()
	st := r.Features[0].Scenarios[0].Steps[1]
	st.Attachments = st.Attachments[:1]
	var buf bytes.Buffer
	if err := HTML(&buf, r, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "drift") {
		t.Error("a run with no drift speaks of drift")
	}
}
