package steps_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// runFeature runs a feature in a real headless Chromium against the
// embedded sim and returns the evidence each step got, by pickle step id,
// and the suite's status.
func runFeature(t *testing.T, ev steps.EvidenceOptions, features ...godog.Feature) (map[string][]record.Attachment, int) {
	t.Helper()
	ev.Dir = t.TempDir()
	l, err := steps.Launch(context.Background(), steps.LaunchOptions{Evidence: ev})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Errorf("closing: %v", err)
		}
	})
	var mu sync.Mutex
	got := map[string][]record.Attachment{}
	l.Harness.Attach = func(id string, a record.Attachment) {
		mu.Lock()
		defer mu.Unlock()
		got[id] = append(got[id], a)
	}
	var out bytes.Buffer
	opts := godog.Options{Format: "pretty", Strict: true, Output: &out, FeatureContents: features, Concurrency: 1}
	suite := godog.TestSuite{ScenarioInitializer: l.Harness.InitializeScenario, Options: &opts}
	status := suite.Run()
	t.Log(out.String())
	return got, status
}

// A click that sends a form is done when the sim has its answer: the next
// step, which moves the world's clock, moves it after the letter was sent,
// so the letter's link is 25 hours old.
func TestClockMovesAfterTheClickThatSentTheForm(t *testing.T) {
	const feature = `Feature: the clock after a click
  Scenario: The link is 25 hours old when the clock moves right after the click
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I enter the captcha
    And I click "Send confirmation email"
    And 25 hours pass
    And I follow the link in it
    Then I should see "This link has expired"
`
	if _, status := runFeature(t, steps.EvidenceOptions{}, godog.Feature{Name: "clock.feature", Contents: []byte(feature)}); status != 0 {
		t.Fatalf("the scenario failed (status %d): the clock moved before the form reached the sim", status)
	}
}

// With screenshots of every step, every step gets one of the state it left,
// or a note saying why not, and taking them changes nothing: the mobile
// app's scenarios pass as they do without.
func TestEveryStepGetsAScreenshotOrANote(t *testing.T) {
	src, err := os.ReadFile("../features/p08_mobile_app.feature")
	if err != nil {
		t.Fatal(err)
	}
	got, status := runFeature(t, steps.EvidenceOptions{EveryStep: true}, godog.Feature{Name: "p08_mobile_app.feature", Contents: src})
	if status != 0 {
		t.Errorf("the mobile app's scenarios fail with a screenshot after every step (status %d)", status)
	}
	steps, missing := 0, []string{}
	for id, as := range got {
		steps++
		if !hasShotOrNote(as) {
			missing = append(missing, fmt.Sprintf("%s: %v", id, names(as)))
		}
	}
	if want := strings.Count(string(src), "\n    Given ") + strings.Count(string(src), "\n    And ") +
		strings.Count(string(src), "\n    When ") + strings.Count(string(src), "\n    Then "); steps != want {
		t.Errorf("%d steps got evidence, want all %d", steps, want)
	}
	if len(missing) > 0 {
		t.Errorf("steps with neither a screenshot nor a note:\n%s", strings.Join(missing, "\n"))
	}
}

// hasShotOrNote reports whether a step's evidence holds a screenshot that
// shows something (not a blank page) or a note.
func hasShotOrNote(as []record.Attachment) bool {
	for _, a := range as {
		if (a.Kind == record.Screenshot && !blank(a.Body)) || a.Kind == record.Note {
			return true
		}
	}
	return false
}

// blank reports whether a PNG is one colour all over, or no image at all.
func blank(b []byte) bool {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return true
	}
	r := img.Bounds()
	first := img.At(r.Min.X, r.Min.Y)
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			if img.At(x, y) != first {
				return false
			}
		}
	}
	return true
}

func names(as []record.Attachment) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

// A screenshot a scenario asks for by name is kept as a screenshot, under
// that name, so the reports show it as one.
func TestNamedScreenshotIsAScreenshot(t *testing.T) {
	const feature = `Feature: a named screenshot
  Scenario: The card list, kept for the article
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    And I take a screenshot "card list"
`
	got, status := runFeature(t, steps.EvidenceOptions{}, godog.Feature{Name: "shot.feature", Contents: []byte(feature)})
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	var shots []string
	for _, as := range got {
		for _, a := range as {
			if a.Kind == record.Screenshot {
				shots = append(shots, a.Name)
			}
		}
	}
	if len(shots) != 1 || !strings.HasPrefix(shots[0], "card") || !strings.HasSuffix(shots[0], ".png") {
		t.Errorf("screenshots kept: %v, want the one named after \"card list\"", shots)
	}
}

// A step that leaves the browser's own alert open gets, instead of a
// screenshot, a note quoting the alert and saying why there is no picture.
func TestAnOpenAlertsStepNotesItsText(t *testing.T) {
	const feature = `Feature: an alert's evidence
  Scenario: The step that opens the alert
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    And I click "Delete card"
    Then I accept the alert
`
	got, status := runFeature(t, steps.EvidenceOptions{EveryStep: true}, godog.Feature{Name: "alert.feature", Contents: []byte(feature)})
	if status != 0 {
		t.Fatalf("the scenario failed (status %d)", status)
	}
	var notes []string
	for _, as := range got {
		for _, a := range as {
			if a.Kind == record.Note {
				notes = append(notes, string(a.Body))
			}
		}
	}
	want := `No screenshot: the browser's own alert is open (confirm "Delete this card? This cannot be undone." on https://intl.alipay.com/ihome/user/queryUserBindCard.htm); headless Chromium draws no picture of it`
	for _, n := range notes {
		if strings.Contains(n, want) {
			return
		}
	}
	t.Errorf("no note says %s; the notes: %q", want, notes)
}
