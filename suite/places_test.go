package suite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// placesFeature clicks, in Russian, the word for "edit" that the card
// pages show only under the profile edit-delete: once without the
// profile, once with it.
const placesFeature = `# language: ru
Функция: Где сайт показывает кнопку

  Сценарий: Без профиля
    Допустим покупатель с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я навожу курсор на «Мой AliExpress»
    И я нажимаю «Мой Alipay»
    И я нажимаю «редактировать»

  Сценарий: На другой странице
    Допустим покупатель с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я открываю «https://intl.alipay.com/user/queryUserBindCard.htm»
    И я нажимаю «Forgot password»

  Сценарий: Шаг пропущен
    Допустим покупатель с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я открываю «https://intl.alipay.com/»
    И я нажимаю «Remove card»

  Сценарий: Рядом с картой на этой странице
    Допустим покупатель с привязанными картами «Visa 4242, MasterCard 5454»
    И я вошёл в аккаунт на AliExpress
    Когда я открываю «https://intl.alipay.com/user/queryUserBindCard.htm»
    И я нажимаю «Forgot password» рядом с «MasterCard •••• 5454»

  @profile:edit-delete
  Сценарий: С профилем
    Допустим покупатель с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я навожу курсор на «Мой AliExpress»
    И я нажимаю «Мой Alipay»
    И я нажимаю «редактировать»
`

// A step that cannot find a label the site shows only under a profile (or
// in another locale) says under which tags it does, and those tags work.
func TestAMissingLabelSaysWhereTheSiteShowsIt(t *testing.T) {
	res := runFeatureText(t, "places.feature", placesFeature, 3*time.Second)
	got := failures(res) // scenario → the error of its failing step
	statuses := map[string]record.Status{}
	for _, f := range res.Run.Features {
		for _, sc := range f.Scenarios {
			statuses[sc.Name] = sc.Status()
		}
	}
	if statuses["С профилем"] != record.StatusPassed {
		t.Errorf("under @profile:edit-delete the scenario is %s (%s); want passed", statuses["С профилем"], got["С профилем"])
	}
	msg := got["Без профиля"]
	for _, want := range []string{
		"«редактировать» is on the site, but not as this scenario runs it (no profile, en_US)",
		`"Edit" on intl.alipay.com/ with @profile:edit-delete`,
		"@locale:ru_RU @profile:edit-delete",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the step without the profile failed with\n%s\nwhich lacks %q", msg, want)
		}
	}
	// The row's words are on the page: the hint is about the label only.
	msg = got["Рядом с картой на этой странице"]
	if !strings.Contains(msg, "«Forgot password» is on other pages") || strings.Contains(msg, "«MasterCard •••• 5454» is on") {
		t.Errorf("the step next to a row of this page failed with\n%s\nwant a hint for its label only", msg)
	}
	// A link of this page leads to a page that has the label: the click
	// on it may be the step left out.
	msg = got["Шаг пропущен"]
	if want := `; this page's "Edit cards" leads to intl.alipay.com/account/cards.htm: a step that clicks it may be missing before this one`; !strings.Contains(msg, want) {
		t.Errorf("the step whose page's link was not clicked failed with\n%s\nwhich lacks %q", msg, want)
	}
	msg = got["На другой странице"]
	for _, want := range []string{
		"«Forgot password» is on other pages of the site as this scenario runs it: ",
		`"Forgot password" on intl.alipay.com/login.htm`,
		"this page is intl.alipay.com/user/queryUserBindCard.htm",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the step on another page failed with\n%s\nwhich lacks %q", msg, want)
		}
	}
}

// cutFeature interrupts the run, then clicks: the click runs in a step
// context that has ended.
const cutFeature = `Feature: Cut
  Scenario: A click after the interrupt
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When the run is interrupted here
    And I click "Edit"
`

// A step cut by the end of the run (an interrupt) does not ask where the
// site shows its labels: the run ends now, not after the sites' pages are
// rendered.
func TestACutStepDoesNotLookForItsLabels(t *testing.T) {
	feature := filepath.Join(t.TempDir(), "cut.feature")
	if err := os.WriteFile(feature, []byte(cutFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var asked []string
	places := func(_ context.Context, label string) (string, []steps.LabelPlace) {
		mu.Lock()
		defer mu.Unlock()
		asked = append(asked, label)
		return "", nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	interrupt := steps.Step{Group: "Test", Pattern: `^the run is interrupted here$`,
		Example: "When the run is interrupted here", Help: "Cancels the run's context.",
		Bind: func(*steps.Scenario) any { return func() error { cancel(); return nil } }}
	o := Options{Paths: []string{feature}, Concurrency: 1,
		Launch: steps.LaunchOptions{Places: places, Steps: []steps.Step{interrupt}}}
	runAll(t, ctx, o)
	mu.Lock()
	defer mu.Unlock()
	if len(asked) > 0 {
		t.Errorf("the step the interrupt cut asked where the site shows %q", asked)
	}
}

// Asked with a context that has ended, sitePlaces renders nothing and
// knows no label; asked again with a live one, it renders the pages then.
func TestSitePlacesEndsWithItsContext(t *testing.T) {
	siteIndex.mu.Lock()
	siteIndex.site, siteIndex.failed = nil, false // as in a process that has not rendered them
	siteIndex.mu.Unlock()
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	if _, places := sitePlaces(ended, "Edit cards"); len(places) > 0 {
		t.Errorf("with an ended context sitePlaces rendered the pages and found %v", places)
	}
	if _, places := sitePlaces(context.Background(), "Edit cards"); len(places) == 0 {
		t.Error("after a cut rendering sitePlaces knows no \"Edit cards\"")
	}
}
