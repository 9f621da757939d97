package suite

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// The closest step comes first: another form of the same verb (нажал
// for нажимаю, klikkan for klik) beats a step that only shares the
// shape, and a step with as many quoted values beats one with fewer.
func TestNearestStepFirst(t *testing.T) {
	for _, tc := range []struct{ lang, text, first string }{
		{"ru", `я нажималa «Редактировать карты»`, "нажимаю"},
		{"id", `saya klikkan “Informasi Kartu”`, "mengklik"},
		{"en", `I clicked "Remove card"`, `I click "Remove card"`},
		// A verb no step has: a step of a label, not one of an address.
		{"en", `I poke "Remove card"`, `I click "Remove card"`},
	} {
		tongues := vocabularies(steps.Vocabulary())
		near := nearest(tc.text, pick(tc.text, tc.lang, tongues).steps, 3)
		if len(near) == 0 || !strings.Contains(near[0].ExampleLine(), tc.first) {
			var got []string
			for _, st := range near {
				got = append(got, st.ExampleLine())
			}
			t.Errorf("%s %q: the closest steps are %q, want first one with %q", tc.lang, tc.text, got, tc.first)
		}
	}
}

// A step no one defined is answered with the closest steps in the language
// it is written in: a writer who checks an Indonesian article is shown
// Indonesian steps, not English ones, and a Swahili step (written after
// English keywords, as Gherkin has no Swahili) gets Swahili ones.
func TestUndefinedStepGetsStepsOfItsOwnLanguage(t *testing.T) {
	for _, tc := range []struct {
		dialect, text string
		every, one    string // what every suggestion has (a regexp), and what one of them has
	}{
		{"id", `saya mengeklik tombol “Hapus kartu”`, `^(Dan|Maka|Ketika|Dengan) `, "mengklik tombol"},
		{"ru", `я нажимаю на кнопку «Удалить карту»`, ` я `, "нажимаю"},
		{"en", `Ninabofya kitufe "Futa kadi"`, `^\* `, "Ninabofya"},
		{"hi", `"डिलीट कार्ड" बटन को क्लिक करें`, `^\p{Devanagari}+ `, "बटन पर क्लिक"},
		{"en", `I poke "Remove card"`, `\bI\b`, `I click "Remove card"`},
		{"ru", `I poke "Remove card"`, `\bI\b`, `I click "Remove card"`},
	} {
		rec := &record.Run{Features: []*record.Feature{{
			URI: "x.feature", Language: tc.dialect,
			Scenarios: []*record.Scenario{{URI: "x.feature", Steps: []*record.Step{
				{Keyword: "* ", Text: tc.text, Line: 4, Status: record.StatusUndefined},
			}}},
		}}}
		var console bytes.Buffer
		explainUndefined(&console, rec, steps.Vocabulary())
		_, said, _ := strings.Cut(console.String(), "the closest steps are:\n")
		said, _, _ = strings.Cut(said, "unbind:   'unbind steps")
		near := strings.Split(strings.TrimSpace(said), "\n")
		if len(near) != 3 {
			t.Fatalf("%s %q: %d suggestions, want 3:\n%s", tc.dialect, tc.text, len(near), console.String())
		}
		reason := rec.Features[0].Scenarios[0].Steps[0].Error
		for _, s := range near {
			s = strings.TrimSpace(strings.TrimPrefix(s, "unbind:"))
			if !regexp.MustCompile(tc.every).MatchString(s) {
				t.Errorf("%s %q: the suggestion %q is not in the step's language (no %q):\n%s", tc.dialect, tc.text, s, tc.every, console.String())
			}
			if !strings.Contains(reason, s) {
				t.Errorf("%s %q: the report's reason %q does not give the console's suggestion %q", tc.dialect, tc.text, reason, s)
			}
		}
		if tc.dialect == "id" && !strings.Contains(console.String(), "'unbind steps --lang id' lists every step") {
			t.Errorf("the console does not point to the Indonesian list:\n%s", console.String())
		}
		if !strings.Contains(said, tc.one) {
			t.Errorf("%s %q: no suggestion has %q:\n%s", tc.dialect, tc.text, tc.one, console.String())
		}
	}
}

// Two words are forms of one word when four letters that begin one of
// them are in the other; an ending in common is not a stem.
func TestSameStem(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"klikkan", "mengklik", true},
		{"mengklik", "klik", true},
		{"clicked", "click", true},
		{"klikkan", "mengetikkan", false},
		{"hapuskan", "tambahkan", false},
	} {
		if got := sameStem(tc.a, tc.b); got != tc.same {
			t.Errorf("sameStem(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// A step written with a value its step does not take ("bluu" for a wallet
// status) is told the values the step takes, in the step's language, not
// only the closest steps.
func TestAValueTheStepDoesNotTakeIsNamed(t *testing.T) {
	for _, tc := range []struct{ dialect, text, want string }{
		{"en", `the buyer's wallet status is "blue"`, `"blue" is not a value of this step: it takes "none", "confirmed", "registered"`},
		{"en", `Hali ya pochi ya mnunuzi ni "bluu"`, `"bluu" is not a value of this step: it takes "hakuna", "imethibitishwa", "imesajiliwa"`},
		// A label a reader left unquoted is not a value of the step that
		// takes the card icon by its picture.
		{"en", `I click Remove card`, `"Remove card" is a label written without quotes, which a step takes as I click "Remove card"`},
		{"ru", `я нажимаю на первый значок`, `"первый значок" is a label written without quotes, which a step takes as я нажимаю на «первый значок»`},
	} {
		rec := &record.Run{Features: []*record.Feature{{
			URI: "x.feature", Language: tc.dialect,
			Scenarios: []*record.Scenario{{URI: "x.feature", Steps: []*record.Step{
				{Keyword: "* ", Text: tc.text, Line: 4, Status: record.StatusUndefined},
			}}},
		}}}
		var console bytes.Buffer
		explainUndefined(&console, rec, steps.Vocabulary())
		if !strings.Contains(console.String(), tc.want) {
			t.Errorf("%q: the console does not say %s:\n%s", tc.text, tc.want, console.String())
		}
		if reason := rec.Features[0].Scenarios[0].Steps[0].Error; !strings.Contains(reason, tc.want) {
			t.Errorf("%q: the reports' reason %q does not say %s", tc.text, reason, tc.want)
		}
	}
}
