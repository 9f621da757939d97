package steps

import (
	"context"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v26"
)

// Every step of the vocabulary is phrased in every language: a step added
// in English without its phrasings is named here, with the file to add it to.
func TestLangEveryStepIsPhrasedInEveryLanguage(t *testing.T) {
	for _, lang := range Languages()[1:] {
		p, err := loadPhrasings(lang)
		if err != nil {
			t.Fatal(err)
		}
		var missing []string
		for _, st := range Vocabulary() {
			if _, ok := p.byID[st.ID()]; !ok {
				missing = append(missing, st.ID())
			}
		}
		if len(missing) > 0 {
			t.Errorf("steps/lang/%s.txt has no phrasing of these steps (by ID):\n  %s", lang, strings.Join(missing, "\n  "))
		}
	}
}

// No two steps share an ID, so a phrasing names exactly one step.
func TestLangStepIDsAreUnique(t *testing.T) {
	seen := map[string]string{}
	for _, st := range Vocabulary() {
		if other, dup := seen[st.ID()]; dup {
			t.Errorf("%s and %s have the same ID %q", other, st.Pattern, st.ID())
		}
		seen[st.ID()] = st.Pattern
	}
	for pattern, want := range map[string]string{
		`^I open "([^"]*)" in a new tab$`:   "I open _ in a new tab",
		`^(\d+) hours? pass(?:es)?$`:        "_ hour pass",
		`^the buyer's (\S+) card is (a|b)$`: "the buyer's _ card is _",
	} {
		if got := (Step{Pattern: pattern}).ID(); got != want {
			t.Errorf("ID of %s = %q, want %q", pattern, got, want)
		}
	}
}

// Every example line, in every language, is one a writer can paste into a
// feature written in that language: it matches its own step's pattern and
// no other pattern of any language (godog would call it ambiguous).
func TestLangExamplesMatchExactlyOneStep(t *testing.T) {
	all, err := everyLanguage()
	if err != nil {
		t.Fatal(err)
	}
	res := make([]*regexp.Regexp, len(all))
	for i, st := range all {
		res[i] = regexp.MustCompile(st.Pattern)
	}
	for _, lang := range Languages() {
		list, err := Translated(lang)
		if err != nil {
			t.Fatal(err)
		}
		kws := dialectKeywords(t, lang)
		for _, st := range list {
			text, ok := stripAnyKeyword(kws, st.ExampleLine())
			if !ok {
				t.Errorf("%s: example %q starts with no step keyword of the language", lang, st.Example)
			}
			var matched []string
			for j, re := range res {
				if re.MatchString(text) {
					matched = append(matched, all[j].Pattern)
				}
			}
			if len(matched) != 1 || matched[0] != st.Pattern {
				t.Errorf("%s: example %q matches %q, want only %q", lang, st.Example, matched, st.Pattern)
			}
		}
	}
}

// The quoted arguments of a phrasing may be written in any of the
// quotation marks the languages use, and mean the same.
func TestLangQuotesOfEveryLanguage(t *testing.T) {
	p, err := loadPhrasings("ru")
	if err != nil {
		t.Fatal(err)
	}
	click := p.byID["I click _"].step
	re := regexp.MustCompile(click.Pattern)
	for _, line := range []string{`я нажимаю «Удалить карту»`, `я нажимаю "Удалить карту"`, `я нажимаю “Удалить карту”`,
		`я нажимаю „Удалить карту“`, `Я кликаю по кнопке «Удалить карту»`} {
		m := re.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("%q does not match %s", line, click.Pattern)
			continue
		}
		if got := firstNonEmpty(m[1:]); got != "Удалить карту" {
			t.Errorf("%q gives the argument %q", line, got)
		}
	}
	if m := re.FindStringSubmatch(`я нажимаю «Вход в «Мой Alipay»»`); m == nil || firstNonEmpty(m[1:]) != "Вход в «Мой Alipay»" {
		t.Errorf("«» inside «» is not one argument: %q", m)
	}
}

func firstNonEmpty(ss []string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// A phrasing calls the English step's function with the English arguments
// in their own order, its own words turned into the English values and
// numbers converted, as godog would call the English step.
func TestLangPhrasingCallsTheEnglishFunction(t *testing.T) {
	type call struct {
		with   string
		n      int
		fields []string
	}
	var got []call
	eng := Step{Pattern: `^I put (\d+) "([^"]*)" into "([^"]*)" (with|without) care$`, Bind: func(*Scenario) any {
		return func(_ context.Context, n int, what, where, with string) error {
			got = append(got, call{with, n, []string{what, where}})
			return nil
		}
	}}
	ph, err := compilePhrasing(eng, `я кладу в {3} {2} {4:бережно=with|как попало=without} — {1} шт.`, [2]string{"«", "»"})
	if err != nil {
		t.Fatal(err)
	}
	f := ph.step.Bind(nil)
	m := regexp.MustCompile(ph.step.Pattern).FindStringSubmatch(`Я кладу в “коробку” «часы» как попало — 3 шт.`)
	if m == nil {
		t.Fatalf("no match for %s", ph.step.Pattern)
	}
	if err := callWith(f, m[1:]); err != nil {
		t.Fatal(err)
	}
	want := call{"without", 3, []string{"часы", "коробку"}}
	if len(got) != 1 || got[0].with != want.with || got[0].n != want.n || !slices.Equal(got[0].fields, want.fields) {
		t.Errorf("the English function got %+v, want %+v", got, want)
	}
	if r := ph.render([]string{"3", "часы", "коробку", "with"}); r != `я кладу в «коробку» «часы» бережно — 3 шт.` {
		t.Errorf("rendered as %q", r)
	}
}

// A language file that names no step, leaves out an argument or repeats
// one is refused, saying where.
func TestLangFileErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"I clack _:\n\tя нажимаю {1}\n\tИ я нажимаю «X»\n", `line 1: no step has the ID "I clack _"`},
		{"I fill _ with _:\n\tя ввожу {2}\n\tИ я ввожу «X»\n", "argument {1} of"},
		{"I click _:\n\tя нажимаю {1} {1}\n\tИ я нажимаю «X»\n", "{1} is used twice"},
		{"I click _:\n\tя нажимаю {1}\n", "want a step ID"},
		{"speed: fast\n", `unknown header "speed: fast"`},
	} {
		_, err := parsePhrasings("xx", []byte(tc.file), Vocabulary())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one saying %q", tc.file, err, tc.want)
		}
	}
	if _, err := Translated("fr"); err == nil || !strings.Contains(err.Error(), strings.Join(Languages(), ", ")) {
		t.Errorf("an unknown language: %v", err)
	}
}

// Each phrasing, given the arguments of the English example, writes a line
// its own pattern matches: the feature tests in every language are
// written that way.
func TestLangRenderedLinesMatch(t *testing.T) {
	for _, lang := range Languages()[1:] {
		p, err := loadPhrasings(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range p.order {
			ph := p.byID[id]
			text := stripKeyword(ph.english.ExampleLine())
			m := regexp.MustCompile(ph.english.Pattern).FindStringSubmatch(text)
			line := ph.render(m[1:])
			if !regexp.MustCompile(ph.step.Pattern).MatchString(line) {
				t.Errorf("%s: %q renders as %q, which its pattern %s does not match", lang, id, line, ph.step.Pattern)
			}
		}
	}
}

// callWith calls a step function with a context and string groups, as
// godog calls a step function whose parameters are strings.
func callWith(f any, groups []string) error {
	v := reflect.ValueOf(f)
	in := []reflect.Value{}
	if v.Type().NumIn() > 0 && v.Type().In(0) == ctxType {
		in = append(in, reflect.ValueOf(context.Background()))
	}
	for _, g := range groups {
		in = append(in, reflect.ValueOf(g))
	}
	out := v.Call(in)
	if len(out) > 0 {
		if err, ok := out[len(out)-1].Interface().(error); ok {
			return err
		}
	}
	return nil
}

// dialectKeywords are the step keywords of the language's Gherkin dialect,
// "* " among them.
func dialectKeywords(t *testing.T, lang string) []string {
	t.Helper()
	dialect := English
	if lang != English {
		p, err := loadPhrasings(lang)
		if err != nil {
			t.Fatal(err)
		}
		dialect = p.dialect
	}
	d := gherkin.DialectsBuiltin().GetDialect(dialect)
	if d == nil {
		t.Fatalf("%s: no Gherkin dialect %q", lang, dialect)
	}
	var kws []string
	for _, k := range []string{"given", "when", "then", "and", "but"} {
		kws = append(kws, d.Keywords[k]...)
	}
	return kws
}

// stripAnyKeyword takes a step keyword off a line.
func stripAnyKeyword(kws []string, line string) (string, bool) {
	for _, kw := range kws {
		if rest, ok := strings.CutPrefix(line, kw); ok {
			return rest, true
		}
	}
	return line, false
}

// The word an article uses for the part of the page a control is in
// reads as "in the section": Indonesian writes of a block ("di blok"), as
// well as of a part ("di bagian").
func TestLangSectionWordsOfTheArticles(t *testing.T) {
	all, err := everyLanguage()
	if err != nil {
		t.Fatal(err)
	}
	matching := func(text string) []string {
		var out []string
		for _, st := range all {
			if regexp.MustCompile(st.Pattern).MatchString(text) {
				out = append(out, st.Pattern)
			}
		}
		return out
	}
	for _, tc := range []struct{ line, like string }{
		{`saya mengklik “Hapus kartu” di blok “Informasi Kartu”`, `saya mengklik “Hapus kartu” di bagian “Informasi Kartu”`},
		{`saya melihat “Visa” di blok “Informasi Kartu”`, `saya melihat “Visa” di bagian “Informasi Kartu”`},
	} {
		got, want := matching(tc.line), matching(tc.like)
		if len(want) != 1 || !slices.Equal(got, want) {
			t.Errorf("%q matches %q, want the step of %q: %q", tc.line, got, tc.like, want)
		}
	}
}

// An argument a language says in its own words also takes the English
// value the step's help names: a reader who writes "confirmed" in a Hindi
// or Swahili scenario means the same as the language's word for it.
func TestLangOwnWordsAlsoTakeTheEnglishValue(t *testing.T) {
	for _, tc := range []struct{ lang, line string }{
		{"hi", `खरीदार के वॉलेट की स्थिति "confirmed" है`},
		{"hi", `खरीदार के वॉलेट की स्थिति “पुष्ट” है`},
		{"sw", `hali ya pochi ya mnunuzi ni «registered»`},
		{"ru", `статус кошелька покупателя «none»`},
		{"id", `status dompet pembeli adalah "none"`},
	} {
		list, err := Translated(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, st := range list {
			if regexp.MustCompile(st.Pattern).MatchString(tc.line) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %q matches %d steps, want 1", tc.lang, tc.line, n)
		}
	}
	var got []string
	eng := Step{Pattern: `^the lid is "(open|shut)"$`, Bind: func(*Scenario) any {
		return func(_ context.Context, state string) error {
			got = append(got, state)
			return nil
		}
	}}
	ph, err := compilePhrasing(eng, `крышка {1:открыта=open|закрыта=shut}`, [2]string{"«", "»"})
	if err != nil {
		t.Fatal(err)
	}
	f := ph.step.Bind(nil)
	for _, line := range []string{`крышка «закрыта»`, `крышка "shut"`, `Крышка «open»`} {
		m := regexp.MustCompile(ph.step.Pattern).FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("%q: no match for %s", line, ph.step.Pattern)
		}
		if err := callWith(f, m[1:]); err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"shut", "shut", "open"}; !slices.Equal(got, want) {
		t.Errorf("the English function got %q, want %q", got, want)
	}
	if r := ph.render([]string{"shut"}); r != `крышка «закрыта»` {
		t.Errorf("rendered as %q, want the language's own word", r)
	}
}

// The words article 004 and 002 use for a bound card (terikat, terhubung,
// besides tertaut) and "seorang pembeli" (a buyer) read as the Indonesian
// Givens; after "*" the first word may have a capital, whether or not the
// optional word is written.
func TestLangIndonesianBoundCardWords(t *testing.T) {
	list, err := Translated("id")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"seorang pembeli dengan kartu Visa terikat berakhiran 4242",
		"Seorang pembeli dengan kartu Visa terhubung yang berakhiran 4242",
		"Pembeli dengan kartu Visa tertaut yang berakhiran 4242",
		"pembeli tidak memiliki kartu terikat",
		`kartu terhubung pembeli adalah “Visa 4242”`,
	} {
		var ids []string
		for _, st := range list {
			if regexp.MustCompile(st.Pattern).MatchString(line) {
				ids = append(ids, st.ID())
			}
		}
		if len(ids) != 1 {
			t.Errorf("%q matches %q, want one step", line, ids)
		}
	}
}

// Lines a Hindi reader writes from article 000 in words of their own, each
// read as the one step it means: "के खाते से" besides "जिसके खाते से",
// "बटन दबाएँ" for a click, a field "में ... डालें", "पेज पर ... दिखना",
// "संदेश", the alert's "ओके".
func TestLangHindiReadersWords(t *testing.T) {
	readersWords(t, "hi", map[string]string{
		`आपको "ओके" बटन पर क्लिक करना होगा`:             "I click _",
		`"Visa •••• 4242" के आगे "डिलीट" पर क्लिक करें`: "I click _ _ _",
		`"Visa •••• 4242" अब नहीं दिखना चाहिए`:          "I should not see _",
		`मुझे "intl.alipay.com/" पेज पर होना चाहिए`:     "I should be on _",
		`चेतावनी बॉक्स दिखाई देना चाहिए`:                "an alert appears",
		`एक पॉप-अप खुलता है`:                            "an alert appears",
		`मुझे ब्राउज़र का अलर्ट दिखना चाहिए`:            "an alert appears",
		`"माई अलीपे" चुनें`:                             "I click _",
		`ड्रॉप-डाउन मेनू में से "माई अलीपे" चुनें`:      "I click _",
		`Enter दबाएँ`:                                                            "I press Enter",
		`"डिलीट" को क्लिक करें`:                                                  "I click _",
		`"डिलीट" बटन क्लिक करें`:                                                 "I click _",
		`"https://intl.alipay.com/user/queryUserBindCard.htm" लिंक का पालन करें`: "I open _",
		`मेल पर आए संदेश के लिंक का अनुसरण करें`:                                 "I follow the link in it",
		`"My AliExpress" पर होवर करें`:                                           "I hover over _",
		`"My AliExpress" पर माउस रखें`:                                           "I hover over _",
		`कैप्चा भरें`:                                                            "I enter the captcha",
		`AliExpress पर लॉग इन करें`:                                              "I sign in to the storefront",
		`मैं AliExpress पर लॉग इन हूँ`:                                           "I am signed in to the storefront",
		`चेतावनी बॉक्स स्वीकार करें`:                                             "I accept the alert",
		`ब्राउज़र के अलर्ट में "ओके" पर क्लिक करें`:                              "I click _ in the pop-up",
		`चेतावनी बॉक्स में "Remove this card?" लिखा होना चाहिए`:                  "the alert says _",
		`अलर्ट में "Remove this card?" लिखा है`:                                  "the alert says _",
		`पॉप-अप में हटाने की पुष्टि करें`:                                        "I accept the alert",
		`मैं अलर्ट की पुष्टि करता हूँ`:                                           "I accept the alert",
		`पॉप-अप बंद करें`:                                                        "I dismiss the alert",
		`खरीदार के खाते से 4242 पर ख़त्म होने वाला Visa कार्ड जुड़ा है`:          "a buyer with a bound _ card ending in _",
		`मैं "https://intl.alipay.com/" खोलता हूँ`:                               "I open _",
		`"https://intl.alipay.com/user/queryUserBindCard.htm" लिंक खोलें`:        "I open _",
		`"ओके" बटन दबाएँ`:                                                        "I click _",
		`अलर्ट में "ओके" पर क्लिक करें`:                                          "I click _ in the pop-up",
		`पॉप-अप में "डिलीट" पर क्लिक करें`:                                       "I click _ in the pop-up",
		`"Email" फ़ील्ड में "buyer@example.com" डालें`:                           "I fill _ with _",
		`"कार्ड हटा दिया गया" संदेश दिखना चाहिए`:                                 "I should see _",
		`पेज पर "Visa •••• 4242" नहीं दिखना चाहिए`:                               "I should not see _",
		`खरीदार के खाते से कोई कार्ड नहीं जुड़ा होना चाहिए`:                      "the buyer has no bound cards",
		`"intl.alipay.com/" पेज खुलना चाहिए`:                                     "I should be on _",
	})
}

// Lines a Swahili reader writes from article 001 in words of their own:
// "ana kadi" (has a card), "akaunti ya AliExpress", "kipanya" (the mouse),
// "kitufe" without "cha", "nakubali", "ujumbe" (a message), "tena" (any
// more), "na" for with, the letter's link "kwenye barua pepe".
func TestLangSwahiliReadersWords(t *testing.T) {
	readersWords(t, "sw", map[string]string{
		`ninaenda kwenye "https://intl.alipay.com/"`:                        "I open _",
		`ninakwenda kwa "https://intl.alipay.com/"`:                         "I open _",
		`ninatembelea "https://intl.alipay.com/"`:                           "I open _",
		`ninapaswa kuona "Futa"`:                                            "I should see _",
		`sipaswi kuona "Visa •••• 4242"`:                                    "I should not see _",
		`ninapaswa kuwa kwenye ukurasa "intl.alipay.com/account/cards.htm"`: "I should be on _",
		`ninaelea juu ya "Aliexpress yangu"`:                                "I hover over _",
		`ninaweka mshale juu ya aikoni ya "Hariri ramani"`:                  "I hover over _",
		`ninabofya ikoni ya "Hariri ramani"`:                                "I click _",
		`ninabofya kifungo cha "hapa"`:                                      "I click _",
		`ninabofya kwenye kiungo cha "hapa"`:                                "I click _",
		`ninabofya "Futa kadi" kinyume na "Visa •••• 4242"`:                 "I click _ _ _",
		`ninabofya "Ondoa kadi" upande wa kulia wa "Visa •••• 4242"`:        "I click _ _ _",
		`ninabofya "Futa" katika "Remove this card?"`:                       "I click _ _ _",
		`ninafungua barua pepe ya uthibitisho`:                              "I open the latest email",
		`ninafungua kisanduku changu cha barua`:                             "I open the latest email",
		`ninabofya kiungo kwenye barua`:                                     "I follow the link in it",
		`ninatatua captcha`:                                                 "I enter the captcha",
		`dirisha ibukizi linaonekana`:                                       "an alert appears",
		`ninaona tahadhari ya kivinjari`:                                    "an alert appears",
		`tahadhari inaonekana`:                                              "an alert appears",
		`onyo linatokea`:                                                    "an alert appears",
		`Ninathibitisha vitendo vyangu`:                                     "I accept the alert",
		`thibitisha kufuta kadi`:                                            "I accept the alert",
		`ninakubali dirisha ibukizi`:                                        "I accept the alert",
		`ninafunga dirisha ibukizi`:                                         "I dismiss the alert",
		`Mnunuzi ana kadi ya Visa iliyounganishwa inayoishia na 4242`:       "a buyer with a bound _ card ending in _",
		`nimeingia kwenye akaunti ya AliExpress`:                            "I am signed in to the storefront",
		`ninaweka kipanya juu ya "Aliexpress yangu"`:                        "I hover over _",
		`bofya kitufe "Futa kadi"`:                                          "I click _",
		`nakubali tahadhari ya kivinjari`:                                   "I accept the alert",
		`ninaona ujumbe "Kadi imeondolewa"`:                                 "I should see _",
		`mnunuzi hana kadi yoyote iliyounganishwa`:                          "the buyer has no bound cards",
		`sioni tena "Visa •••• 4242"`:                                       "I should not see _",
		`ninajaza "Barua pepe" na "buyer@example.com"`:                      "I fill _ with _",
		`ninafungua barua pepe ya karibuni`:                                 "I open the latest email",
		`ninabofya kiungo kwenye barua pepe`:                                "I follow the link in it",
	})
}

// readersWords checks that each line matches one step of the language,
// the one whose English ID it is given with.
func readersWords(t *testing.T, lang string, lines map[string]string) {
	t.Helper()
	list, err := Translated(lang)
	if err != nil {
		t.Fatal(err)
	}
	english := Vocabulary()
	if len(list) != len(english) {
		t.Fatalf("%d %s steps for %d English ones", len(list), lang, len(english))
	}
	// The language's aliases (aliases.go) are its steps too: each has the
	// example of the step it is another way of writing.
	extra, err := Aliases(lang)
	if err != nil {
		t.Fatal(err)
	}
	patterns, idOf := []string{}, []string{}
	for i, st := range list {
		patterns, idOf = append(patterns, st.Pattern), append(idOf, english[i].ID())
	}
	for _, a := range extra {
		i := slices.IndexFunc(list, func(st Step) bool { return st.Example == a.Example })
		if i < 0 {
			t.Fatalf("%s: the alias %s has no step's example", lang, a.Pattern)
		}
		patterns, idOf = append(patterns, a.Pattern), append(idOf, english[i].ID())
	}
	for line, want := range lines {
		var ids []string
		for i, p := range patterns {
			if regexp.MustCompile(p).MatchString(line) {
				ids = append(ids, idOf[i])
			}
		}
		if len(ids) != 1 || ids[0] != want {
			t.Errorf("%s: %q matches %q, want only %q", lang, line, ids, want)
		}
	}
}

// Lines a Russian reader writes from article 003 in words of their own:
// "я" left out, "жму", "кликаю на", "наведу курсор", "сообщение",
// "надпись", "больше не вижу", "авторизован", "открываю страницу", a card
// "которая заканчивается на".
func TestLangRussianReadersWords(t *testing.T) {
	readersWords(t, "ru", map[string]string{
		`появляется всплывающее окно`:                         "an alert appears",
		`я вижу окно с предупреждением`:                       "an alert appears",
		`должно появиться окно подтверждения`:                 "an alert appears",
		`открываю «https://intl.alipay.com/» в новой вкладке`: "I open _ in a new tab",
		`ввожу капчу`:                                                         "I enter the captcha",
		`открываю последнее письмо`:                                           "I open the latest email",
		`перехожу по ссылке из письма`:                                        "I follow the link in it",
		`ставлю галочку «Bind card to Alipay»`:                                "I check _",
		`я нажал «Удалить карту»`:                                             "I click _",
		`нажала «Удалить карту»`:                                              "I click _",
		`я кликнул по «Удалить карту»`:                                        "I click _",
		`я нажму «Удалить карту»`:                                             "I click _",
		`я нажимаю на пункт «Мой Alipay»`:                                     "I click _",
		`я выбираю «Мой Alipay»`:                                              "I click _",
		`выбираю вкладку «Карты»`:                                             "I click _",
		`я навёл курсор на «Мой AliExpress»`:                                  "I hover over _",
		`я навожу мышку на «Мой AliExpress»`:                                  "I hover over _",
		`я открыл «https://intl.alipay.com/»`:                                 "I open _",
		`я ввёл «1» в поле «Ответ 1»`:                                         "I fill _ with _",
		`я должен увидеть «Карта удалена»`:                                    "I should see _",
		`на странице отображается «Карта удалена»`:                            "I should see _",
		`я нажимаю «Удалить» напротив «Visa •••• 4242»`:                       "I click _ _ _",
		`я нажимаю «Удалить» в окне «Удалить эту карту?»`:                     "I click _ _ _",
		`у покупателя привязана карта Visa, оканчивающаяся на 4242`:           "a buyer with a bound _ card ending in _",
		`покупатель с привязанной картой Visa, которая заканчивается на 4242`: "a buyer with a bound _ card ending in _",
		`я авторизован на AliExpress`:                                         "I am signed in to the storefront",
		`я наведу курсор на «Мой AliExpress»`:                                 "I hover over _",
		`Нажимаю «Удалить карту»`:                                             "I click _",
		`я жму «Удалить карту»`:                                               "I click _",
		`я кликаю на «Удалить карту»`:                                         "I click _",
		`я вижу сообщение «Карта удалена»`:                                    "I should see _",
		`я вижу надпись «Карта удалена»`:                                      "I should see _",
		`я больше не вижу «Visa •••• 4242»`:                                   "I should not see _",
		`я открываю страницу «https://intl.alipay.com/»`:                      "I open _",
		`я перехожу на «https://intl.alipay.com/»`:                            "I open _",
		`я подтверждаю удаление`:                                              "I accept the alert",
		`подтверждаю удаление карты`:                                          "I accept the alert",
		`я нажимаю «ОК» во всплывающем окне`:                                  "I click _ in the pop-up",
		`нажимаю «Удалить» в окне подтверждения`:                              "I click _ in the pop-up",
		`я закрываю всплывающее окно`:                                         "I dismiss the alert",
	})
}

// Lines an Indonesian reader writes from articles 002 and 004 in words of
// their own: "memiliki kartu", "login", "mouse", "klik" without "saya",
// "pesan", "muncul", "tidak lagi melihat", "membuka halaman", "email
// terakhir", "kode captcha".
func TestLangIndonesianReadersWords(t *testing.T) {
	readersWords(t, "id", map[string]string{
		`saya memilih blok “Informasi Kartu”`:                                      "I click _",
		`saya klik tombol “hapus” yang terletak di sebelah “MasterCard •••• 5454”`: "I click _ _ _",
		`saya seharusnya melihat “Kartu dihapus”`:                                  "I should see _",
		`saya masuk ke situs AliExpress`:                                           "I sign in to the storefront",
		`saya sudah login di situs AliExpress`:                                     "I am signed in to the storefront",
		`saya membuka kotak surat saya`:                                            "I open the latest email",
		`saya mengikuti tautan dalam surat`:                                        "I follow the link in it",
		`masukkan captcha`:                                                         "I enter the captcha",
		`muncul jendela pop-up`:                                                    "an alert appears",
		`jendela pop-up muncul`:                                                    "an alert appears",
		`saya melihat dialog konfirmasi`:                                           "an alert appears",
		`sudah masuk ke AliExpress`:                                                "I am signed in to the storefront",
		`Saya harus melihat “Kartu dihapus”`:                                       "I should see _",
		`halaman menampilkan “Kartu dihapus”`:                                      "I should see _",
		`saya memilih “Profil Saya”`:                                               "I click _",
		`memilih tab “Profil Saya”`:                                                "I click _",
		`saya mengetuk “Hapus kartu”`:                                              "I click _",
		`saya mengklik tombol berlabel “Hapus kartu”`:                              "I click _",
		`saya mengikuti tautan “Informasi Kartu”`:                                  "I click _",
		`saya mengklik “Hapus” di seberang “Visa •••• 4242”`:                       "I click _ _ _",
		`mencentang “Bind card to Alipay”`:                                         "I check _",
		`saya mengkonfirmasi penghapusan kartu`:                                    "I accept the alert",
		`konfirmasi penghapusan kartu di jendela pop-up`:                           "I accept the alert",
		`saya menutup jendela pop-up`:                                              "I dismiss the alert",
		`pembeli memiliki kartu Visa tertaut yang berakhiran 4242`:                 "a buyer with a bound _ card ending in _",
		`saya sudah login ke AliExpress`:                                           "I am signed in to the storefront",
		`saya telah masuk ke AliExpress`:                                           "I am signed in to the storefront",
		`saya mengarahkan mouse ke "Aliexpress Saya"`:                              "I hover over _",
		`klik tombol "Hapus kartu"`:                                                "I click _",
		`saya melihat pesan "Kartu telah dihapus"`:                                 "I should see _",
		`muncul "Kartu telah dihapus"`:                                             "I should see _",
		`saya tidak lagi melihat "Visa •••• 4242"`:                                 "I should not see _",
		`saya membuka halaman "https://intl.alipay.com/"`:                          "I open _",
		`saya pergi ke "https://intl.alipay.com/"`:                                 "I open _",
		`saya membuka email terakhir`:                                              "I open the latest email",
		`saya mengklik tautan di email`:                                            "I follow the link in it",
		`saya memasukkan kode captcha`:                                             "I enter the captcha",
	})
}

// The value before the field, as Russian, Indonesian and Swahili readers
// also write it, fills that field: the aliases of steps/aliases.go.
func TestLangValueBeforeTheField(t *testing.T) {
	for _, tc := range []struct{ lang, line string }{
		{"ru", `я заполняю поле «Email» значением «buyer@example.com»`},
		{"ru", `ввожу в поле «Email» «buyer@example.com»`},
		{"id", `saya memasukkan "buyer@example.com" ke "Email"`},
		{"id", `saya mengetik “buyer@example.com” di kolom “Email”`},
		{"sw", `ninaandika "buyer@example.com" kwenye "Email"`},
		{"hi", `"buyer@example.com" को "Email" फ़ील्ड में भरें`},
		{"hi", `मैं "buyer@example.com" "Email" में डालता हूँ`},
	} {
		list, err := aliases(Vocabulary(), tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		var got [][]string
		for _, st := range list {
			if m := regexp.MustCompile(st.Pattern).FindStringSubmatch(tc.line); m != nil {
				got = append(got, m[1:])
			}
		}
		if len(got) != 1 {
			t.Errorf("%s: %q matches %d aliases, want 1", tc.lang, tc.line, len(got))
			continue
		}
		if !slices.Contains(got[0], "buyer@example.com") || !slices.Contains(got[0], "Email") {
			t.Errorf("%s: %q gives the arguments %q", tc.lang, tc.line, got[0])
		}
	}
	var filled [2]string
	eng := Step{Pattern: `^I fill "([^"]*)" with "([^"]*)"$`, Bind: func(*Scenario) any {
		return func(_ context.Context, field, value string) error { filled = [2]string{field, value}; return nil }
	}}
	ph, err := compilePhrasing(eng, langAliases["ru"]["I fill _ with _"][0], [2]string{"«", "»"})
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(ph.step.Pattern).FindStringSubmatch(`я заполняю поле «Email» значением «x@example.com»`)
	if m == nil {
		t.Fatal("the Russian alias does not match its own words")
	}
	if err := callWith(ph.step.Bind(nil), m[1:]); err != nil {
		t.Fatal(err)
	}
	if filled != [2]string{"Email", "x@example.com"} {
		t.Errorf("the step was called with %q, want the field and then the value", filled)
	}
}

// A page named by its title or heading, in each language: the Indonesian
// article's "Akun Alipay Saya" is the wallet page's title.
func TestLangPageByItsTitle(t *testing.T) {
	for lang, lines := range map[string]map[string]string{
		"id": {
			`saya harus berada di halaman “Akun Alipay Saya”`: "I should be on _",
			`halaman “Akun Alipay Saya” terbuka`:              "I should be on _",
			`judul halaman adalah “Akun Alipay Saya”`:         "the page title is _",
			`halaman berjudul "Akun Alipay Saya"`:             "the page title is _",
			`judul halaman berisi “Alipay”`:                   "the page title contains _",
		},
		"ru": {
			`заголовок страницы — «Мой Alipay»`:            "the page title is _",
			`страница называется «Мой Alipay»`:             "the page title is _",
			`заголовок страницы содержит «Alipay»`:         "the page title contains _",
			`открывается страница «Мой Alipay»`:            "I should be on _",
			`я должна быть на странице «intl.alipay.com/»`: "I should be on _",
		},
		"sw": {
			`kichwa cha ukurasa ni "My Alipay"`:         "the page title is _",
			`kichwa cha ukurasa kina "Alipay"`:          "the page title contains _",
			`nimefika kwenye ukurasa wa "Alipay Yangu"`: "I should be on _",
		},
		"hi": {
			`पेज का शीर्षक "माई अलीपे" होना चाहिए`:  "the page title is _",
			`पेज के शीर्षक में "Alipay" होना चाहिए`: "the page title contains _",
		},
	} {
		readersWords(t, lang, lines)
	}
}

// Lines of a second pass of Russian and Swahili readers (articles 003 and
// 001), and of English ones naming a menu, each read as the step it means.
func TestLangSecondReadersWords(t *testing.T) {
	readersWords(t, "ru", map[string]string{
		`карта отвязана от аккаунта`:                                    "the card is unbound",
		`у покупателя больше нет привязанных карт`:                      "the buyer has no bound cards",
		`я авторизовался на сайте AliExpress`:                           "I am signed in to the storefront",
		`я авторизован на AliExpress`:                                   "I am signed in to the storefront",
		`я нахожу раздел «Мой Alipay» и кликаю по нему`:                 "I click _",
		`я кликаю по разделу «Мой Alipay»`:                              "I click _",
		`я выбираю «Мой Alipay» в выпадающем меню`:                      "I click _",
		`я нахожусь на главной странице «intl.alipay.com/»`:             "I should be on _",
		`открылась страница «Мой Alipay»`:                               "I should be on _",
		`открываю новую вкладку со ссылкой «https://intl.alipay.com/»`:  "I open _ in a new tab",
		`открываю в новой вкладке «https://intl.alipay.com/»`:           "I open _ in a new tab",
		`в новой вкладке открываю «https://intl.alipay.com/»`:           "I open _ in a new tab",
		`на экране появится всплывающее окно с подтверждением удаления`: "an alert appears",
		`нажимаю на значок карточки «Редактировать карты»`:              "I click _",
		`нажимаю на иконку «Редактировать карты»`:                       "I click _",
		`в подразделе «Избранное» выбираю «Мои сертификаты»`:            "I click _ _ _",
		`выбираю «Мои сертификаты» в разделе «Избранное»`:               "I click _ _ _",
		`нажимаю «Мои сертификаты» в подразделе «Избранное»`:            "I click _ _ _",
		`убираю галочку привязки «Привязать карту к Alipay»`:            "I uncheck _",
	})
	readersWords(t, "sw", map[string]string{
		`ninaweka mshale juu ya ikoni "Hariri ramani"`:        "I hover over _",
		`ninachagua "Alipay Yangu" kwenye menyu kunjuzi`:      "I click _",
		`ninafungua kichupo cha "Akaunti Yangu"`:              "I click _",
		`ninabofya tena "Futa" kwenye dirisha ibukizi`:        "I click _ in the pop-up",
		`ninabofya tena "Futa"`:                               "I click _",
		`ninafuata kiungo katika barua pepe`:                  "I follow the link in it",
		`ninabofya kiungo katika barua pepe`:                  "I follow the link in it",
		`ninakubali tahadhari`:                                "I accept the alert",
		`tayari nimeingia kwenye akaunti yangu ya AliExpress`: "I am signed in to the storefront",
	})
	readersWords(t, "en", map[string]string{
		`I choose "My Alipay" from the drop-down menu`: "I click _",
		`I select "My Alipay" in the menu`:             "I click _",
		`I log out of AliExpress`:                      "I sign out",
		`I click "Delete" again`:                       "I click _",
		`I should still see "Visa •••• 4242"`:          "I should see _",
		`I should see the "Card removed" message`:      "I should see _",
		`I go to "intl.alipay.com" in a new tab`:       "I open _ in a new tab",
	})
	readersWords(t, "id", map[string]string{
		`saya memilih “Alipay Saya” di menu tarik-turun`: "I click _",
	})
	readersWords(t, "hi", map[string]string{
		`ड्रॉप-डाउन मेनू में "माई अलीपे" चुनें`: "I click _",
		`मैं अपने खाते से लॉग आउट करता हूँ`:     "I sign out",
		`लॉग आउट करें`: "I sign out",
		`मुझे "गो टू माय अलीपे" का चयन करना होगा`:        "I click _",
		`"गो टू माय अलीपे" चुनना होगा`:                   "I click _",
		`मैं फिर से "गो टू माय अलीपे" पर क्लिक करता हूँ`: "I click _",
		`मैं लिंक का अनुसरण करता हूँ`:                    "I follow the link in it",
	})
}

// Lines of a third Indonesian reader (articles 002 and 004), each read as
// the step it means.
func TestLangIndonesianThirdReadersWords(t *testing.T) {
	readersWords(t, "id", map[string]string{
		`harus muncul "Akun Saya"`:                                            "I should see _",
		`seharusnya muncul jendela pop-up`:                                    "an alert appears",
		`kartu yang berakhiran 4242 seharusnya tidak tampil lagi`:             "card ending in _ is not listed",
		`pembeli seharusnya tidak punya kartu tertaut`:                        "the buyer has no bound cards",
		`pembeli tidak punya kartu tertaut lagi`:                              "the buyer has no bound cards",
		`pembeli tidak lagi punya kartu tertaut`:                              "the buyer has no bound cards",
		`saya mengonfirmasi operasi`:                                          "I accept the alert",
		`tekan konfirmasi penghapusan kartu`:                                  "I accept the alert",
		`saya mengklik tulisan "keluarkan kartu" di sebelah "Visa •••• 4242"`: "I click _ _ _",
		`pilih ikon "edit peta"`:                                              "I click _",
		`saya klik pada tab "Kartu Bank Saya"`:                                "I click _",
		`saya mengarahkan kursor ke ikon "kartu pengeditan"`:                  "I hover over _",
		`saya klik "Hapus kartu" di dekat "Visa •••• 4242"`:                   "I click _ _ _",
		`saya mengikuti tautan dari surat yang diterima`:                      "I follow the link in it",
		`saya mengikuti tautan di surat itu`:                                  "I follow the link in it",
		`saya melayang di atas "Akun Saya"`:                                   "I hover over _",
		`saya masuk ke situs web AliExpress`:                                  "I sign in to the storefront",
		`saya mengetik "intl.alipay.com" di bilah alamat`:                     "I open _",
		`saya memilih menu terakhir "My Alipay"`:                              "I click _",
	})
	readersWords(t, "en", map[string]string{
		`I type "intl.alipay.com" in the address bar`: "I open _",
	})
	readersWords(t, "ru", map[string]string{`я ввожу «intl.alipay.com» в адресную строку`: "I open _"})
	readersWords(t, "hi", map[string]string{`"intl.alipay.com" एड्रेस बार में टाइप करें`: "I open _"})
	readersWords(t, "sw", map[string]string{`ninaandika "intl.alipay.com" kwenye upau wa anwani`: "I open _"})
}

// Lines of English readers that write the checks of the records with
// "should", wait hours, say "for" a card, and an error by its name.
func TestLangEnglishShouldForms(t *testing.T) {
	readersWords(t, "en", map[string]string{
		`the buyer should have received 1 email`:                  "the buyer has received _ email",
		`the buyer's wallet balance should be "US $12.99"`:        "the buyer's wallet balance is _",
		`the buyer's bound cards should be "MasterCard 5454"`:     "the buyer's bound cards are _",
		`the buyer's phone should have received 1 SMS`:            "the buyer's phone has received _ SMS",
		`the buyer's wallet status should be "registered"`:        "the buyer's wallet status is _",
		`the buyer's payment password should not be set`:          "the buyer's payment password is _",
		`the buyer's payment password has been set`:               "the buyer's payment password is _",
		`the buyer's Visa card ending in 1111 should be verified`: "the buyer's _ card ending in _ is _",
		`the buyer should have 1 order`:                           "the buyer has _ order",
		`24 hours have passed`:                                    "_ hour pass",
		`I wait 25 hours`:                                         "_ hour pass",
		`I click "Delete card" for "Visa •••• 4242"`:              "I click _ _ _",
		`I should see the error "Enter your last name"`:           "I should see the error _",
		`I should be redirected to "login.aliexpress.com"`:        "I should be on _",
		`I confirm`: "I accept the alert",
	})
}

// Lines of the readers of this change's probes: a confirmation with no
// object, the future tense of a card removed, a card not named, the card
// icon by its picture, a new page, in each language.
func TestLangProbeReadersWords(t *testing.T) {
	readersWords(t, "ru", map[string]string{
		`я подтверждаю`:       "I accept the alert",
		`я выхожу из системы`: "I sign out",
		`я выхожу`:            "I sign out",
		`я должен оказаться на странице «intl.alipay.com/»`: "I should be on _",
		`карточка будет удалена из личного кабинета`:        "the card is unbound",
		`покупатель с привязанной картой`:                   "a buyer with a bound card",
		`я нажимаю на значок в форме пластиковой карточки`:  "I click _",
		`открывается новая страница`:                        "a new page opens",
	})
	readersWords(t, "sw", map[string]string{
		`ninathibitisha`: "I accept the alert",
		`ninathibitisha nia yangu ya kufuta kadi`: "I accept the alert",
		`kadi itaondolewa kutoka kwenye akaunti`:  "the card is unbound",
		`ninaweka mshale juu ya aikoni ya kadi`:   "I hover over _",
		`ukurasa mpya utafunguka`:                 "a new page opens",
	})
	readersWords(t, "id", map[string]string{
		`saya konfirmasi`:                               "I accept the alert",
		`kartu akan dilepaskan dari akun Anda`:          "the card is unbound",
		`saya mengarahkan kursor ke ikon kartu plastik`: "I hover over _",
		`halaman baru akan terbuka`:                     "a new page opens",
	})
	readersWords(t, "hi", map[string]string{
		`पुष्टि करें`:                   "I accept the alert",
		`कार्ड अपने खाते से हट जाएगा`:   "the card is unbound",
		`कार्ड के आइकन पर माउस ले जाएँ`: "I hover over _",
		`नया पेज खुल जाएगा`:             "a new page opens",
	})
	readersWords(t, "en", map[string]string{
		`I hover over the card icon`:         "I hover over _",
		`I click the icon of a plastic card`: "I click _",
		`a buyer with a bound card`:          "a buyer with a bound card",
		`a new page should open`:             "a new page opens",
	})
}
