package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
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
	feature := filepath.Join(t.TempDir(), "places.feature")
	if err := os.WriteFile(feature, []byte(placesFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	o := Options{Paths: []string{feature}, Concurrency: 2, Launch: steps.LaunchOptions{
		Browser: browser.Options{StepTimeout: 3 * time.Second},
	}}
	res := runAll(t, o)
	got := map[string]string{} // scenario → the error of its failing step
	statuses := map[string]record.Status{}
	for _, f := range res.Run.Features {
		for _, sc := range f.Scenarios {
			statuses[sc.Name] = sc.Status()
			if st := sc.FailingStep(); st != nil {
				got[sc.Name] = st.Error
			}
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
}
