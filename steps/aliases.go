package steps

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

// englishAliases are other ways an English reader writes some steps, in
// the phrasing syntax of lang/README.md, by the step's ID: the arguments
// in another order ("I type "x" into "Email""), or words around them the
// step's own pattern cannot take without changing its ID. They match as
// the step does and call the same function; `unbind steps` lists the step
// once, with its own example.
var englishAliases = map[string][]string{
	"I fill _ with _": {
		`I [type|enter|put|write|input] {2} [into|in|in to] [the |]{1}[ field| box|]`,
	},
	"I click _": {
		`I [click|press|tap|click on|tap on] the [button|link|icon|tab|menu item] {1}`,
		`I [click|click on|press|tap|tap on|choose|select] ` + enCardIcon,
		`I [click|press|tap|click on|tap on] [|the ]{1}[| button| link| icon] again`,
		`I [choose|select|pick] [the |]{1}[ option| section| menu item| tab|]`,
		`I [choose|select|pick|click|click on] [the |]{1}[ option| menu item| item|] [in|from] the [drop-down menu|drop-down list|drop-down|dropdown menu|dropdown list|dropdown|menu|pop-up menu|hover menu|list]`,
	},
	"I should see _": {
		`I [should see|see|can see|should now see|should still see|still see] the {1} [message|text|label|notification|heading|title|tab|icon|option]`,
		`I [should still see|still see|can still see] {1}`,
	},
	"I should see the error _": {
		`I [see|can see|should now see|get] [the|an] [error|error message] {1}`,
		`I should see an [error|error message] {1}`,
		`I [should see|see|can see|should now see|get] the {1} [error|error message]`,
		`[an|the] [error|error message] {1} [is shown|appears|should appear|should be shown]`,
		`I [should see|see|get] an error [saying|that says|which says]{1}`,
	},
	"I should see the button _": {
		`I [should see|see|can see|should now see|should still see|still see] [the|a] {1} [button|link]`,
		`I [should see|see|can see] [a|the] [button|link] [named|called|labelled] {1}`,
		`there [is|should be] [a|the] {1} [button|link]`,
	},
	"I should not see the button _": {
		`I [should not see|shouldn't see|do not see|don't see|can't see|cannot see|should no longer see|no longer see] [the|a|any] {1} [button|link]`,
		`I [should not see|shouldn't see|do not see|don't see|can't see|cannot see|should no longer see|no longer see] [a|any] [button|link] [named|called|labelled|] {1}`,
		`there [is no|should be no|is no longer a|should not be a|is not a] {1} [button|link]`,
	},
	"I open _ in a new tab": {
		`I [go to|navigate to|visit|browse to|open the page] {1} in a new tab`,
	},
	"I open _": {
		`I [type|enter] {1} [in|into] the [address bar|browser's address bar|URL bar|location bar]`,
	},
	"I should be on _": {
		`I [should be|am|get] redirected to {1}`,
		`I [should be|am|should now be|should land|land] on the {1} page`,
		`I [should see|see] the {1} page`,
		`the {1} page [opens|is open|is shown|should open|should be open|should be shown]`,
	},
	"the page title is _": {
		`the page [is titled|should be titled|is called|is named] {1}`,
	},
	"I hover over _": {
		`I [hover over|move the mouse over|point at] the [button|link|icon|menu] {1}`,
		// The icon an article names by its picture (003 line 80, 004
		// line 75); the glossary has it by each name the site gives it.
		`I [hover over|move the mouse over|move the cursor over|point at|point to] ` + enCardIcon,
	},
	// The checks of the sites' records, as "should" writes them.
	"the buyer's bound cards are _":            {`the buyer's bound cards [should be|are now|should now be] {1}`},
	"the buyer's cards saved in the app are _": {`the buyer's cards saved in the app [should be|are now|should now be] {1}`},
	"the buyer has received _ email":           {`the buyer [should have received|should receive|received|got|should have got] {1} [email|emails|e-mail|e-mails|letter|letters]`},
	"_ hour pass":                              {`{1} [hours have passed|hour has passed|hours passed|hours go by|hours later]`, `I wait {1} [hours|hour]`, `after {1} [hours|hour]`},
	"the buyer's wallet status is _":           {`the buyer's wallet status [should be|is now|should now be] {1}`},
	"the buyer's payment password is _":        {`the buyer's payment password [should |has ]{1:be set=set|not be set=not set|been set=set|not been set=not set}`},
	"the buyer's default card is _":            {`the buyer's default card [should be|is now|should now be] {1}`},
	"the buyer's _ card ending in _ is _":      {`the buyer's {1} card ending in {2} should {3:be verified=verified|not be verified yet=not verified yet|not be verified=not verified yet}`},
	"the buyer has _ order":                    {`the buyer should have {1} [order|orders]`},
	"the buyer's wallet balance is _":          {`the buyer's wallet balance [should be|is now|should now be] {1}`},
	"the buyer's wallet language is _":         {`the buyer's wallet language [should be|is now|should now be] {1}`},
	"the buyer's phone has received _ SMS":     {`the buyer's phone should have received {1} [SMS|SMS messages|text messages|texts]`, `the buyer should have received {1} [SMS|SMS messages|text messages|texts]`},
	"I accept the alert":                       {`I [confirm|confirm it|confirm the action|confirm my action|confirm my actions|confirm the actions|press OK|click OK]`},
}

// The card icon, unquoted, in each language: the glossaries' names for it.
const (
	enCardIcon = "{1:the card icon=card icon|card icon=card icon|the plastic card icon=card icon|the icon of a plastic card=card icon|the icon with a card on it=card icon|the icon with a picture of a card=card icon|the bank card icon=card icon}"
	ruCardIcon = "{1:значок карты=значок карты|значку карты=значок карты|значок карточки=значок карты|значку карточки=значок карты|иконку карты=значок карты|иконке карты=значок карты|иконку карточки=значок карты|иконке карточки=значок карты|значок пластиковой карты=значок карты|значок пластиковой карточки=значок карты|значку пластиковой карточки=значок карты|значок в форме пластиковой карточки=значок карты|значку в форме пластиковой карточки=значок карты|значок в форме пластиковой карты=значок карты|значок в форме карты=значок карты|значок в форме карточки=значок карты|иконку в форме пластиковой карточки=значок карты}"
	idCardIcon = "{1:ikon kartu plastik=ikon kartu|ikon kartu=ikon kartu|ikon kartu bank=ikon kartu}"
	swCardIcon = "{1:aikoni ya kadi=ikoni ya kadi|ikoni ya kadi=ikoni ya kadi|aikoni yenye picha ya kadi=ikoni ya kadi|ikoni yenye picha ya kadi=ikoni ya kadi}"
	hiCardIcon = "{1:कार्ड का आइकन=कार्ड का आइकन|कार्ड के आइकन=कार्ड का आइकन|कार्ड आइकन=कार्ड का आइकन|प्लास्टिक कार्ड का आइकन=कार्ड का आइकन|प्लास्टिक कार्ड के आइकन=कार्ड का आइकन}"
)

// langAliases are, for the other languages, the ways of writing a step
// their phrasing (steps/lang) cannot take: the arguments in the other
// order.
var langAliases = map[string]map[string][]string{
	"ru": {"I hover over _": {
		`[я |][навожу|наведу|навёл|навел|навела] [курсор|мышь|мышку|указатель|курсор мыши] на ` + ruCardIcon,
	}, "I click _": {
		`[я |][нажимаю на|нажал на|нажала на|нажму на|кликаю по|кликаю на|кликнул по|кликнула по|щёлкаю по|щелкаю по|щёлкнул по|щелкнул по|выбираю|выбрал|выбрала|нажимаю|кликаю] ` + ruCardIcon,
		`[я |][выбираю|выбрал|выбрала|выберу] [|пункт |вкладку |раздел |подраздел |кнопку ]{1}[| в выпадающем меню| в выпадающем списке| в меню| из выпадающего меню| из меню]`,
		`[я |][нахожу|нашёл|нашел|нашла|ищу] [|раздел |пункт |кнопку |ссылку |значок ]{1} и [кликаю по нему|кликаю по ней|нажимаю на него|нажимаю на неё|нажимаю на нее|нажимаю его|нажимаю её|нажимаю ее|выбираю его|выбираю её|выбираю ее]`,
	}, "I click _ _ _": {
		`{2:в разделе=in the section|в подразделе=in the section|в блоке=in the section|в окне=in the section|в строке=in the row of|рядом с=next to|напротив=next to} {3} [я |][выбираю|нажимаю|нажимаю на|кликаю по|кликаю на|жму|жму на] [|пункт |кнопку |ссылку |значок ]{1}`,
		`[я |][выбираю|выбрал|выбрала|выберу] [|пункт |вкладку |раздел |подраздел |кнопку ]{1} {2:в разделе=in the section|в подразделе=in the section|в блоке=in the section|под=under|рядом с=next to|напротив=next to} {3}`,
	}, "I open _": {
		`[я |][ввожу|ввёл|ввел|ввела|вписываю|набираю|набрал|набрала|пишу|вставляю|вставил|вставила|копирую] [|ссылку |адрес ]{1} в [адресную строку|адресной строке][| браузера]`,
	}, "I open _ in a new tab": {
		`[я |][открываю|открыл|открыла] [новую вкладку со ссылкой|новую вкладку с адресом|в новой вкладке|в новой вкладке ссылку|в новой вкладке страницу] {1}`,
		`в новой вкладке [я |][открываю|открыл|открыла] {1}`,
	}, "I fill _ with _": {
		`[я |]заполняю поле {1} [значением|текстом|словами] {2}`,
		`[я |][ввожу|вписываю|пишу] в поле {1} {2}`,
	}},
	"id": {"I click _": {
		`[saya |][mengklik|mengeklik|klik|menekan|tekan|mengetuk|ketuk|memilih|pilih] [|pada ]` + idCardIcon,
		`[saya |][memilih|pilih] [|tab |bagian |blok |menu |menu terakhir |tombol |opsi |ikon |tautan ]{1}[| di menu tarik-turun| di menu drop-down| di menu dropdown| dari menu tarik-turun| dari menu drop-down| dari menu| di menu]`,
		`[saya |][mengikuti|ikuti] tautan {1}`,
		`[saya |][mengklik|klik|menekan|tekan] pada [tab|ikon|tombol|tautan|tulisan] {1}`,
	}, "I hover over _": {
		`[saya |][melayang|mengambang] di atas {1}`,
		`[saya |][mengarahkan|arahkan|menggerakkan|gerakkan|melayang|mengambang] [kursor |mouse |tetikus |penunjuk |kursor mouse |][ke|ke atas|di atas|pada] ` + idCardIcon,
	}, "I open _": {
		`[saya |][mengetik|mengetikkan|ketik|memasukkan|menulis] {1} di [bilah alamat|address bar|kolom alamat|baris alamat][| browser| peramban]`,
	}, "I should be on _": {
		`halaman {1} [terbuka|muncul|ditampilkan|harus terbuka|seharusnya terbuka|akan terbuka]`,
	}, "I fill _ with _": {
		`[saya |][memasukkan|mengetik|mengetikkan|ketik|menulis] {2} [ke|ke dalam|di|pada] [|kolom |bidang ]{1}`,
	}},
	"hi": {"I hover over _": {
		`[|मैं ]` + hiCardIcon + ` पर [माउस ले जाएँ|माउस ले जाता हूँ|माउस ले जाती हूँ|कर्सर ले जाएँ|कर्सर ले जाता हूँ|कर्सर ले जाती हूँ|माउस रखें|माउस रखता हूँ|माउस रखती हूँ|होवर करें|होवर करता हूँ|होवर करती हूँ]`,
	}, "I open _": {
		`[|मैं ]{1} [एड्रेस बार|पता बार|ब्राउज़र के एड्रेस बार] में [टाइप करें|लिखें|डालें|दर्ज करें|टाइप करता हूँ|टाइप करती हूँ]`,
	}, "I click _": {
		`[|मैं ]` + hiCardIcon + ` [पर क्लिक करें|पर क्लिक करता हूँ|पर क्लिक करती हूँ|को क्लिक करें|चुनें|चुनता हूँ|चुनती हूँ]`,
		`[ड्रॉप-डाउन मेनू|ड्रॉपडाउन मेनू|ड्रॉप डाउन मेनू|मेनू|सूची] [में से|में|से] [|मैं ]{1} [चुनें|चुनता हूँ|चुनती हूँ|पर क्लिक करें|को चुनें]`,
	}, "I fill _ with _": {
		`[|मैं ]{2} [|को ][|फ़ील्ड |फील्ड ]{1} [|फ़ील्ड |फील्ड ]में [भरें|दर्ज करें|डालें|लिखें|भरता हूँ|भरती हूँ|डालता हूँ|डालती हूँ|लिखता हूँ|लिखती हूँ]`,
	}},
	"sw": {"I hover over _": {
		`[ninaweka mshale|weka mshale|ninaweka kipanya|weka kipanya|ninasogeza mshale|sogeza mshale|ninaelea|naelea|elea] [|wa kipanya ]juu ya ` + swCardIcon,
	}, "I open _": {
		`[ninaandika|andika|naandika|ninaingiza|ingiza] {1} [kwenye|katika] [upau wa anwani|sehemu ya anwani|kisanduku cha anwani]`,
	}, "I click _": {
		`[ninabofya|bofya|nabofya|ninabonyeza|bonyeza|nabonyeza] [|kwenye ]` + swCardIcon,
		`[ninachagua|chagua|nachagua] [|kipengee |chaguo |kichupo cha |kichupo ]{1}[ kwenye menyu kunjuzi| katika menyu kunjuzi| kutoka menyu kunjuzi| kutoka kwenye menyu kunjuzi| kwenye menyu| katika menyu|]`,
		`[ninafungua|fungua|nafungua] [kichupo cha|kichupo|menyu ya|sehemu ya|ukurasa wa] {1}`,
	}, "I fill _ with _": {
		`[ninaandika|andika|naandika|ninaingiza|ingiza|ninaweka|weka] {2} [kwenye|katika|ndani ya] [|sehemu ya ]{1}`,
	}},
}

// aliases are the aliases of lang ("en" for englishAliases) compiled
// against the English vocabulary, in that language's quotation marks.
func aliases(vocab []Step, lang string) ([]Step, error) {
	table, quotes := englishAliases, [2]string{`"`, `"`}
	var own *phrasings
	if lang != English {
		table = langAliases[lang]
		p, err := loadPhrasings(lang)
		if err != nil {
			return nil, err
		}
		quotes, own = p.quotes, p
	}
	byID := map[string]Step{}
	for _, st := range vocab {
		byID[st.ID()] = st
	}
	var out []Step
	for _, id := range slices.Sorted(maps.Keys(table)) {
		eng, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("steps/aliases.go: no step has the ID %q", id)
		}
		for _, text := range table[id] {
			ph, err := compilePhrasing(eng, text, quotes)
			if err != nil {
				return nil, fmt.Errorf("steps/aliases.go: %s %s: %w", lang, id, err)
			}
			if own != nil {
				ph.step.Example = own.byID[id].step.Example // the language's own example
			}
			out = append(out, ph.step)
		}
	}
	return out, nil
}

// Aliases are the other ways the vocabulary can be written in a language
// (English: "en"), as steps a run registers besides it: englishAliases,
// langAliases. Each has the example of its step in that language.
func Aliases(lang string) ([]Step, error) {
	once, _ := aliasesOf.LoadOrStore(lang, sync.OnceValues(func() ([]Step, error) { return aliases(Vocabulary(), lang) }))
	st, err := once.(func() ([]Step, error))()
	return slices.Clone(st), err
}

// aliasesOf are the aliases compiled so far, by language.
var aliasesOf sync.Map
