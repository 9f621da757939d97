package steps

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cucumber/godog"
	"github.com/unbind/unbind/sim/catalog"

	"github.com/unbind/unbind/reports/record"
)

func testGlossary(t *testing.T) *glossary {
	t.Helper()
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	g, err := loadGlossary(cat)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// A term is found whatever its case and spacing, an article's term before
// a label of the site, a term the glossary marks wrong as well (a reader
// copies the article's misprint); a word close to a term names it when a
// step fails.
func TestGlossaryCandidatesAndNearest(t *testing.T) {
	g := testGlossary(t)
	for written, want := range map[string]string{
		"hapus  Kartu":     "cards.delete_card",
		"Futa kadi":        "cards.remove",
		"डिलीट":            "cards.delete",
		"Удалить карту":    "cards.remove",
		"Настойки":         "settings.title",
		"Lupa Kata Sandi":  "wlogin.forgot",
		"Edit map":         "wallet.icons.cards",
		"ई-मेल":            "register.email",
		"16-значный номер": "card.number",
		"CVV/CVC-код":      "card.cvv",
		// No entry has the words whole, but word by word they are the
		// site's "Save password".
		"Simpan kata sandi": "reset.submit",
	} {
		if keys, _ := g.candidates(written); !slices.Contains(keys, want) {
			t.Errorf("candidates(%q) = %v, want %s among them", written, keys, want)
		}
	}
	if keys, via := g.candidates("Simpan kata sandi"); via != "glossary id, word by word" {
		t.Errorf("candidates(Simpan kata sandi) = %v via %q, want it said to be word by word", keys, via)
	}
	// Words each a term, which together are no label of the site.
	if keys, _ := g.candidates("Hapus kartu Simpan"); keys != nil {
		t.Errorf("candidates(Hapus kartu Simpan) = %v, want none: the site has no \"Delete card Save\"", keys)
	}
	if keys, _ := g.candidates("Visa •••• 4242"); keys != nil {
		t.Errorf("a card's name is in a glossary: %v", keys)
	}
	near := g.nearest("Hapus kartuu", 3)
	if len(near) == 0 || !strings.Contains(near[0], "«Hapus kartu» (id)") || !strings.Contains(near[0], `"Delete card"`) {
		t.Errorf("nearest(Hapus kartuu) = %v", near)
	}
	if near := g.nearest("The card has been removed", 3); len(near) > 0 {
		t.Errorf("a sentence far from every term is near %v", near)
	}
	s := &Scenario{h: &Harness{glossary: g}}
	err := s.unknownLabels(context.Background(), errors.New("no visible button"), "Hapus kartuu", "Delete card")
	if !strings.Contains(err.Error(), "«Hapus kartuu» is in no glossary") || strings.Contains(err.Error(), "«Delete card» is in no") {
		t.Errorf("the failure says %v", err)
	}
}

// A step written with an article's label finds the element through the
// glossary, in the language the page is in, and the step's evidence notes
// the label it stood for; a label close to a term fails naming it.
func TestGlossaryResolvesOnThePage(t *testing.T) {
	const feature = `Feature: the articles' labels
  Scenario: Indonesian's Hapus kartu on the English page
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US"
    And I click "Hapus kartu"
    And I accept the alert
    Then I should see "The card has been removed"
    And the buyer has no bound cards

  Scenario: Swahili's Futa kadi on the Russian page
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"
    And I click "Futa kadi"
    And I accept the alert
    Then I should see "Карта удалена"

  Scenario: The site's Russian label on the English page
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    Then I should see "Akun Saya"

  Scenario: Swahili's numbered Swali la usalama 2 and Jibu 2 on the English page
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I enter the captcha
    And I click "Send confirmation email"
    And I follow the link in it
    And I select "What is your mother's maiden name?" from "Swali la usalama 2"
    And I fill "Jibu 2" with "Ivanova"
    Then the field "Answer 2" contains "Ivanova"
    And the field "Answer 1" is empty

  Scenario: Indonesian's card question of the mobile help, cut short
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "http://m.aliexpress.com/ru/index.htm"
    And I click "Pengaturan"
    And I click "Pusat Bantuan"
    And I click "Bagaimana cara mengubah informasi kartu saya..."
    Then I should see "Перейти к моим картам"

  Scenario: The site's English label cut short, on the Russian page
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "http://m.aliexpress.com/ru/index.htm"
    And I click "Settings"
    And I click "Help Center"
    And I click "How can I change my card information..."
    Then I should see "Перейти к моим картам"

  Scenario: A label close to a term
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US"
    And I click "Hapus kartuu"
`
	const hindi = `# language: hi
रूप लेख: लेख 000 के लेबल
  @profile:edit-delete
  परिदृश्य: संपादित करें, डिलीट, ओके
    अगर एक खरीदार जिसके खाते से 4242 पर ख़त्म होने वाला Visa कार्ड जुड़ा है
    और मैं AliExpress में लॉग इन हूँ
    जब "https://intl.alipay.com/" खोलें
    और "संपादित करें" बटन पर क्लिक करें
    और "डिलीट" पर क्लिक करें
    और "ओके" बटन पर क्लिक करें
    तब खरीदार के खाते से कोई कार्ड नहीं जुड़ा है
`
	notes, out := runGlossaryFeature(t, feature, hindi)
	for _, want := range []string{
		`«Hapus kartu» → "Delete card" (glossary id, page in en_US)`,
		`«Futa kadi» → "Удалить карту" (glossary sw, page in ru_RU)`,
		`«Мой Alipay» → "My Alipay" (the site's label, page in en_US)`,
		`«Akun Saya» → "My Account" (glossary id, page in en_US)`,
		`«संपादित करें» → "Edit" (glossary hi, page in en_US)`,
		`«ओके» → "OK" (glossary hi, page in en_US)`,
		`«Jibu 2» → "Answer 2" (glossary sw, page in en_US)`,
		`«Swali la usalama 2» → "Security question 2" (glossary sw, page in en_US)`,
		`«Bagaimana cara mengubah informasi kartu saya...» → "Как я могу изменить информацию о карте в своём аккаунте?..." (glossary id, page in ru_RU)`, // cut short as written and as looked for
		`«How can I change my card information...» → "Как я могу изменить информацию о карте в своём аккаунте?..." (the site's label, page in ru_RU)`,
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("no step notes %s; the notes:\n%s", want, notes)
		}
	}
	if !strings.Contains(out, "7 passed, 1 failed") {
		t.Errorf("want the six scenarios with the articles' labels to pass and the misspelt one to fail:\n%s", out)
	}
	if !strings.Contains(out, `«Hapus kartuu» is in no glossary and no label of the site; the nearest glossary entries and labels: «Hapus kartu» (id) → "Delete card"`) {
		t.Errorf("the misspelt label's failure does not name the glossary entry:\n%s", out)
	}
}

// runGlossaryFeature runs features in a real headless Chromium against the
// sim, and returns the text of the label notes the steps kept and godog's
// output.
func runGlossaryFeature(t *testing.T, features ...string) (string, string) {
	t.Helper()
	l := launchForTest(t)
	var notes strings.Builder
	l.Harness.Attach = func(_ string, a record.Attachment) {
		switch a.Kind {
		case record.Labels:
			notes.Write(a.Body)
		case record.Wording:
			notes.WriteString("wording: " + string(a.Body))
		}
	}
	var contents []godog.Feature
	for i, f := range features {
		contents = append(contents, godog.Feature{Name: fmt.Sprintf("labels-%d.feature", i+1), Contents: []byte(f)})
	}
	var out strings.Builder
	opts := godog.Options{Format: "pretty", NoColors: true, Output: &out, Concurrency: 1, FeatureContents: contents}
	godog.TestSuite{ScenarioInitializer: l.Harness.InitializeScenario, Options: &opts}.Run()
	return notes.String(), out.String()
}

// Every site label a glossary entry stands for is one the sim's pages
// show: its key is rendered by a page template or by the site's code, under
// some profile and locale, so a step written with the article's label has
// an element to find (sim/ARTICLES.md says on which page and profile).
func TestGlossaryLabelsAreOnTheSitesPages(t *testing.T) {
	used := map[string]bool{}
	// A key whole (T "cards.remove"), or the start of keys a page puts
	// together (T (print "mhelp.q." .), T("mhelp.q." + q)).
	key := regexp.MustCompile(`\bT\s*\(?\s*(?:print\s+)?"([a-z0-9_.]+)"`)
	err := filepath.WalkDir("../sim/internal/site", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") || !(strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".html")) {
			return err
		}
		src, err := os.ReadFile(p)
		for _, m := range key.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) < 50 {
		t.Fatalf("found only %d label keys in the sim's pages: the pattern no longer matches how they are written", len(used))
	}
	g := testGlossary(t)
	checked := 0
	entries := g.terms.Entries()
	for _, e := range entries {
		for _, k := range e.Keys {
			checked++
			if !used[k] && !used[k[:strings.LastIndex(k, ".")+1]] {
				t.Errorf("%s: «%s» stands for %s, which no page of the sim shows", e.File(), e.Term, k)
			}
		}
	}
	if checked == 0 {
		t.Error("the glossaries name no site label")
	}
	t.Logf("%d site labels of %d glossary entries are on the sim's pages", checked, len(entries))
}

// A step written with an article's word that fails says which site label
// the word was looked for as: the error speaks of the site's label, which
// the writer never wrote.
func TestAFailureSaysWhatTheArticlesWordWasLookedForAs(t *testing.T) {
	const feature = `Feature: the word looked for
  Scenario: not on this page
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/"
    Then I should see "Hapus kartu"
`
	_, out := runGlossaryFeature(t, feature)
	if want := `«Hapus kartu» was looked for as the site's "Delete card", its label in this page's language`; !strings.Contains(out, want) {
		t.Errorf("the failure does not say %s:\n%s", want, out)
	}
}

// The nearest a failure names count the site's labels in its other
// locales, and an entry the written words begin with or hold whole.
func TestNearestEntriesAndLabels(t *testing.T) {
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	g, err := loadGlossary(cat)
	if err != nil {
		t.Fatal(err)
	}
	for written, want := range map[string]string{
		"Удалить крату":  `«Удалить карту» (the site's ru_RU label) → "Delete card"`,
		"Futa kadi zote": `«Futa kadi» (sw) → "Remove card"`,
		"Hapus kartuu":   `«Hapus kartu» (id) → "Delete card"`,
	} {
		if near := g.nearest(written, 3); !slices.Contains(near, want) {
			t.Errorf("the nearest to «%s» are %q, want %s among them", written, near, want)
		}
	}
	if near := g.nearest("Zzyzx qwerty", 3); len(near) != 0 {
		t.Errorf("words near nothing have nearest %q", near)
	}
}

// A step written with a word its article gets wrong (a misprint its
// glossary knows) passes, as a reader who sees the site's label clicks
// it, and keeps a warning saying what the word is on the site.
func TestAnArticlesMisprintPassesWithAWarning(t *testing.T) {
	const feature = `Feature: an article's misprint
  @locale:ru_RU
  Scenario: The settings through the misprint
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Настойки"
    Then I should be on "intl.alipay.com/account/settings.htm"

  Scenario: The site's own word keeps no warning
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Settings"
    Then I should be on "intl.alipay.com/account/settings.htm"
`
	notes, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "2 passed") {
		t.Fatalf("the scenarios do not pass:\n%s", out)
	}
	want := `wording: «Настойки» (ru) is "Настройки" on the site: a misprint of «Настройки»`
	if !strings.Contains(notes, want) {
		t.Errorf("no warning says %s; the notes:\n%s", want, notes)
	}
	if n := strings.Count(notes, "wording: "); n != 1 {
		t.Errorf("%d warnings, want the misprint's only:\n%s", n, notes)
	}
}

// A check that words are not shown, written in a script the page's language
// is not written in and known to no glossary or locale of the site, would
// pass whatever the page shows: it fails and says so. Words of the site's
// other locale, and words in the page's own script, are checked.
func TestNotSeenInAnotherScriptIsRefused(t *testing.T) {
	const feature = `Feature: checks that words are gone
  Scenario: Hindi words no English page shows
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then I should not see "कार्ड में पैसे निकालें"

  Scenario: The Russian site's label on the English page is the English label
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then I should not see "Мой счёт"

  @locale:ru_RU
  Scenario: After a switch to English, the Russian words are checked as written
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/?locale=en_US"
    Then I should see "My Account"
    And I should not see "Мой счёт"

  @locale:ru_RU
  Scenario: Russian words on a Russian page are checked as written
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then I should not see "Удалить навсегда"
`
	_, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "2 passed, 2 failed") {
		t.Errorf("want the check no page could fail and the English label still shown to fail, the others to pass:\n%s", out)
	}
	for _, want := range []string{
		`cannot check that «कार्ड में पैसे निकालें» is not shown: the page is in English (en_US), its words are in Devanagari`,
		`the text "My Account" is still visible`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no failure says %s:\n%s", want, out)
		}
	}
}

// A "not see" check in Latin letters holding a word of an article's
// language (Indonesian «kartu») that no label of the page's language has,
// and that is no glossary term nor a label of the site, could not fail on
// the English page: it fails and says which word. A card the page does not
// show, and the site's own English, are checked as written.
func TestNotSeenInAnArticlesLatinWordsIsRefused(t *testing.T) {
	const feature = `Feature: checks that words are gone, in Latin letters
  Scenario: Indonesian words no English page shows
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then I should not see "Sunting kartu sekarang"

  Scenario: A card the page does not show, and English words it does not show
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then I should not see "Visa •••• 9999"
    And I should not see "Remove every card now"

  Scenario: Indonesian words in a button check
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then I should not see the button "Sunting kartu"
`
	_, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "1 passed, 2 failed") {
		t.Errorf("want the checks of Indonesian words to fail and the others to pass:\n%s", out)
	}
	for _, want := range []string{
		`cannot check that «Sunting kartu sekarang» is not shown: the page is in English (en_US), and «kartu» is a word of Indonesian`,
		`cannot check that «Sunting kartu» is not shown`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no failure says %s:\n%s", want, out)
		}
	}
}

// A check of the records that fails while the page holds a form changed
// and not sent says so, and names the button that sends it: the language
// chosen is only the wallet's once it is saved.
func TestRecordsCheckNamesAFormNotSent(t *testing.T) {
	const feature = `Feature: a form not sent
  Scenario: The language is chosen and not saved
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/settings.htm"
    And I select "Russian" from "Language"
    Then the buyer's wallet language is "ru_RU"

  Scenario: The language is chosen and saved
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/settings.htm"
    And I select "Russian" from "Language"
    And I click "Save"
    Then the buyer's wallet language is "ru_RU"
`
	_, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "1 passed, 1 failed") {
		t.Errorf("want the language not saved to fail and the one saved to pass:\n%s", out)
	}
	if want := `the form on the page holds changes it did not load with, not sent: "Language" is "Русский"; a reader sends it with its "Save": a step that clicks it may be missing`; !strings.Contains(out, want) {
		t.Errorf("the failure does not say %s:\n%s", want, out)
	}
}

// A check of the records that fails while an alert waits for its answer
// says the alert is open: the deletion it asks about has not happened.
func TestRecordsCheckNamesAnAlertLeftOpen(t *testing.T) {
	const feature = `Feature: an alert left open
  Scenario: The card is checked gone before the alert is answered
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    And I click "Delete card"
    Then the buyer has no bound cards
`
	const swahili = `Feature: an alert left open, in Swahili
  Scenario: The card is checked gone before the alert is answered
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    * Ninabofya "Delete card"
    * Mnunuzi hana kadi zilizounganishwa
`
	_, out := runGlossaryFeature(t, feature, swahili)
	want := `the browser's confirm "Delete this card? This cannot be undone." is still open, unanswered: what the page was asked to do may wait for its answer`
	if strings.Count(out, want) < 2 { // each failure, once or twice (as it runs, and in the summary)
		t.Errorf("the failures do not say %s:\n%s", want, out)
	}
	for _, want := range []string{
		"a step answers it first (I accept the alert, I dismiss the alert)",
		"a step answers it first (Ninakubali tahadhari ya kivinjari, ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the failure does not name the steps that answer it as %s:\n%s", want, out)
		}
	}
}

// The personal data an article lists (001's Jina la mwisho, Anwani...,
// 000's पता, 002's alamat tempat tinggal) are fields a writer fills by
// those names on the English page.
func TestTheArticlesPersonalDataFields(t *testing.T) {
	const feature = `Feature: personal data in the articles' words
  Scenario: The personal data by 001's, 000's and 002's names
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I enter the captcha
    And I click "Send confirmation email"
    And I follow the link in it
    And I fill "Payment password" with "271828"
    And I fill "Confirm payment password" with "271828"
    And I select "What was the name of your first pet?" from "Security question 1"
    And I fill "Answer 1" with "Barsik"
    And I select "In which city were you born?" from "Security question 2"
    And I fill "Answer 2" with "Kazan"
    And I select "What was the name of your first school?" from "Security question 3"
    And I fill "Answer 3" with "School No. 5"
    And I click "Submit"
    And I click "Check my identity"
    And I fill "Jina la mwisho" with "Petrov"
    And I fill "Jina la kwanza" with "Ivan"
    And I fill "tanggal lahir" with "14.02.1990"
    And I select "Russia" from "Uraia"
    And I fill "Nambari ya kitambulisho" with "4510 123456"
    And I fill "पता" with "Tverskaya 1, Moscow"
    And I fill "nomor telepon" with "+7 900 000-00-00"
    Then the field "Last name" is filled with "Petrov"
    And the field "First name" is filled with "Ivan"
    And the field "Date of birth" is filled with "14.02.1990"
    And the field "Document number" is filled with "4510 123456"
    And the field "Address" is filled with "Tverskaya 1, Moscow"
    And the field "Phone" is filled with "+7 900 000-00-00"
    When I click "Next"
    Then the buyer's wallet status is "registered"
`
	notes, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "1 passed") {
		t.Errorf("the personal data by the articles' names did not go in:\n%s", out)
	}
	for _, want := range []string{
		`«Jina la mwisho» → "Last name" (glossary sw, page in en_US)`,
		`«पता» → "Address" (glossary hi, page in en_US)`,
		`«nomor telepon» → "Phone" (glossary id, page in en_US)`,
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("no step notes %s; the notes:\n%s", want, notes)
		}
	}
}

// A label cut short stays cut short once it is the site's label, so that
// it matches what follows it on the page ("Alipay balance (US $12.99)").
func TestALabelCutShortStaysCutShort(t *testing.T) {
	g := testGlossary(t)
	keys, via := g.candidates("Alipay bal...")
	if !slices.Contains(keys, "checkout.balance") || via != "the site's label" {
		t.Fatalf("candidates(Alipay bal...) = %v, %s", keys, via)
	}
	for _, c := range [][3]string{
		{"Alipay bal...", "Alipay balance", "Alipay balance..."},
		{"Alipay bal…", "Alipay balance", "Alipay balance..."},
		{"...my account?", "How can I change my card information on my account?", "...How can I change my card information on my account?"},
		{"Kirim email…", "Send confirmation email", "Send confirmation email..."},
		{"Delete card", "Удалить карту", "Удалить карту"},
		{"Informasi tentang…", "Card Information…", "Card Information…"},
	} {
		if got := keepCut(c[0], c[1]); got != c[2] {
			t.Errorf("keepCut(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// A misspelt label on a page gets, first, the glossary entries whose label
// this page shows, in the page's language: «Futa kadi», which is "Remove
// card" here, for «Futa ramani»; on a Russian page none of the page's own
// labels turned into English («Удалить» → "Delete"): the error lists them.
func TestNearestPrefersWhatThePageShows(t *testing.T) {
	g := testGlossary(t)
	en, _ := g.cat.Lookup("en_US")
	ru, _ := g.cat.Lookup("ru_RU")
	for _, tt := range []struct {
		written string
		pg      *shownPage
		want    string
	}{
		{"Futa ramani", &shownPage{loc: en, dom: `<button>Remove card</button>`}, `«Futa kadi» (sw) → "Remove card", on this page`},
		{"Удалить навсегда", &shownPage{loc: ru, dom: `<button>Удалить карту</button>`}, ""},
	} {
		near := g.nearestOn(tt.written, 3, tt.pg)
		if tt.want != "" && (len(near) == 0 || !strings.Contains(near[0], tt.want)) {
			t.Errorf("nearest to «%s» on %s: %q, want first %s", tt.written, tt.pg.dom, near, tt.want)
		}
		for _, n := range near {
			if strings.Contains(n, "(the site's "+tt.pg.loc.Tag()) || tt.pg.loc.Tag() == "ru_RU" && strings.Contains(n, `→ "Delete"`) {
				t.Errorf("nearest to «%s» lists the page's own label: %s", tt.written, n)
			}
		}
	}
	// Letters alone do not make a label the page shows near («Настойки»
	// for «карточку»), and a label the same in both locales turns into
	// nothing («Alipay» for «AliPay password»).
	for written, pg := range map[string]*shownPage{
		"карточку":        {loc: ru, dom: `<a>Настройки</a>`},
		"AliPay password": {loc: en, dom: `<label>Payment password</label>`},
	} {
		for _, n := range g.nearestOn(written, 3, pg) {
			if strings.Contains(n, "«Настойки»") || strings.Contains(n, `«Alipay» (the site's ru_RU label) → "Alipay"`) {
				t.Errorf("nearest to «%s»: %s", written, n)
			}
		}
	}
	// A numbered label is offered as a reader writes its first.
	if near := g.nearestOn("Jibu", 3, &shownPage{loc: en}); !slices.Contains(near, `«Jibu 1» (sw) → "Answer 1"`) || strings.Contains(strings.Join(near, " "), "%d") {
		t.Errorf("nearest to «Jibu»: %q, want «Jibu 1» and no %%d", near)
	}
	if keys, _ := g.candidates("Akun"); !slices.Contains(keys, "nav.alipay_account") {
		t.Errorf("«Akun» (002 line 177) is %v, want the Account tab", keys)
	}
}

// A reader's everyday words for the sign-in and the settings, which the
// articles do not quote, are the site's labels too: «पासवर्ड», «साइन इन»,
// «Mipangilio».
func TestEverydayWordsOfTheSignIn(t *testing.T) {
	const feature = `Feature: everyday words
  Scenario: Signing in and opening the settings in Hindi and Swahili words
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://login.aliexpress.com/login.htm"
    And I fill "ईमेल" with "buyer@example.com"
    And I fill "पासवर्ड" with "secret123"
    And I click "साइन इन"
    And I open "https://intl.alipay.com/"
    And I click "Mipangilio"
    Then I should be on "intl.alipay.com/account/settings.htm"
    And I click "Simpan"
    And I open "https://www.aliexpress.com/item/1005001.html"
    And I should see the button "Nunua sasa"

  @profile:withdrawable-balance
  Scenario: The Indonesian word for withdrawing is not taken as written
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/withdraw.htm"
    Then I should not see "Tarik"
`
	notes, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "1 passed, 1 failed") || !strings.Contains(out, `the text "Withdraw to card" is still visible`) {
		t.Errorf("want the everyday words to reach the site's labels, and «Tarik» to be its Withdraw:\n%s", out)
	}
	for _, want := range []string{`«पासवर्ड» → "Password"`, `«साइन इन» → "Sign in"`, `«Mipangilio» → "Settings"`, `«Simpan» → "Save"`, `«Nunua sasa» → "Buy now"`} {
		if !strings.Contains(notes, want) {
			t.Errorf("no step notes %s; the notes:\n%s", want, notes)
		}
	}
}

// The note of a label cut short gives the site's label cut short, as the
// step looked for it.
func TestTheNoteOfACutLabelIsCutToo(t *testing.T) {
	const feature = `Feature: a cut label
  Scenario: the block by its first words
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Informasi tentang…"
`
	notes, out := runGlossaryFeature(t, feature)
	if !strings.Contains(out, "1 passed") {
		t.Errorf("the cut label was not clicked:\n%s", out)
	}
	if want := `«Informasi tentang…» → "Card Information..."`; !strings.Contains(notes, want) {
		t.Errorf("no step notes %s; the notes:\n%s", want, notes)
	}
}

// The wallet's card icon, named by its picture as articles 003 (line 80)
// and 004 (line 75) name it, is found whatever the site calls it, quoted
// or not, in each language; and words no entry has whole are a label
// when word by word they make it.
func TestTheCardIconByItsPicture(t *testing.T) {
	const english = `Feature: the card icon
  Scenario: hovered and clicked, unquoted, on the default site
    Given I am signed in as a buyer with a bound card
    When I open "https://intl.alipay.com/"
    And I hover over the card icon
    Then I should see "Edit cards"
    When I click the plastic card icon
    Then I should be on "intl.alipay.com/account/cards.htm"

  @profile:editing-card
  Scenario: quoted, where the site calls it Editing card
    Given I am signed in as a buyer with a bound card
    When I open "https://intl.alipay.com/"
    And I click "the card icon"
    Then I should be on "intl.alipay.com/account/cards.htm"

  Scenario: a password saved in Indonesian words no entry has whole
    Given a buyer with a bound card
    When I open "https://intl.alipay.com/login.htm"
    And I click "Forgot password"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Get password"
    And I open the latest email
    And I click "Set a new password"
    And I fill "New password" with "newpass2026"
    And I fill "Confirm new password" with "newpass2026"
    And I click "Simpan kata sandi"
    Then I should see "Your password has been changed"
`
	const russian = `# language: ru
Функция: значок карты
  @profile:edit-delete
  Сценарий: значок в форме пластиковой карточки, где он «Edit»
    Допустим я вошёл как покупатель с привязанной картой
    Когда я открываю «https://intl.alipay.com/»
    И я навожу курсор на значок в форме пластиковой карточки
    И я нажимаю на значок карты
    Тогда я нахожусь на странице «intl.alipay.com/account/cards.htm»
`
	const indonesian = `# language: id
Fitur: ikon kartu
  @profile:editing-card
  Skenario: ikon kartu plastik
    Diketahui saya sudah masuk sebagai pembeli dengan kartu tertaut
    Ketika saya membuka "https://intl.alipay.com/"
    Dan saya mengarahkan kursor ke ikon kartu plastik
    Maka saya melihat "kartu pengeditan"
    Ketika saya klik ikon kartu
    Maka saya berada di halaman "intl.alipay.com/account/cards.htm"
`
	const swahili = `Feature: aikoni ya kadi
  Scenario: aikoni ya kadi
    * Nimeingia kama mnunuzi mwenye kadi iliyounganishwa
    * Ninafungua "https://intl.alipay.com/"
    * Ninaweka mshale juu ya aikoni ya kadi
    * Ninabofya aikoni ya kadi
    * Niko kwenye ukurasa "intl.alipay.com/account/cards.htm"
`
	const hindi = `# language: hi
रूप लेख: कार्ड का आइकन
  परिदृश्य: कार्ड का आइकन
    अगर मैं जुड़े कार्ड वाले खरीदार के रूप में लॉग इन हूँ
    जब "https://intl.alipay.com/" खोलें
    और कार्ड के आइकन पर माउस ले जाएँ
    और कार्ड का आइकन पर क्लिक करें
    तब "intl.alipay.com/account/cards.htm" पेज पर हूँ
`
	notes, out := runGlossaryFeature(t, english, russian, indonesian, swahili, hindi)
	if !strings.Contains(out, "7 scenarios (7 passed)") {
		t.Errorf("want every scenario to find the card icon:\n%s", out)
	}
	for _, want := range []string{
		`«card icon» → "Edit cards" (glossary en, page in en_US)`,
		`«the card icon» → "Editing card" (glossary en, page in en_US)`,
		`«значок карты» → "Edit" (glossary ru, page in en_US)`,
		`«ikon kartu» → "Editing card" (glossary id, page in en_US)`,
		`«ikoni ya kadi» → "Edit cards" (glossary sw, page in en_US)`,
		`«कार्ड का आइकन» → "Edit cards" (glossary hi, page in en_US)`,
		`«Simpan kata sandi» → "Save password" (glossary id, word by word, page in en_US)`,
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("no step notes %s; the notes:\n%s", want, notes)
		}
	}
}
