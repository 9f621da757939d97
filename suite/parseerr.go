package suite

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"
	"github.com/unbind/unbind/internal/editdist"
	"github.com/unbind/unbind/steps"
)

// A Gherkin syntax error: "(line:column): message".
var (
	gherkinError = regexp.MustCompile(`^\((\d+):(\d+)\): (.*)$`)
	gotLine      = regexp.MustCompile(`^expected: (.*), got '(.*)'$`)
	endOfFile    = regexp.MustCompile(`^unexpected end of file, expected: (.*)$`)
	unsupported  = regexp.MustCompile(`^Language not supported: (.*)$`)
	languageLine = regexp.MustCompile(`(?m)^\s*#\s*language\s*:\s*([a-zA-Z\-_]+)\s*$`)
)

// tokenWords say the parser's tokens in a writer's words.
var tokenWords = map[string]string{
	"#EOF": "the end of the file", "#Language": "a # language: line", "#TagLine": "tags",
	"#FeatureLine": "Feature:", "#RuleLine": "Rule:", "#BackgroundLine": "Background:",
	"#ScenarioLine": "Scenario:", "#ExamplesLine": "Examples:", "#StepLine": "a step",
	"#DocStringSeparator": `a doc string's """`, "#TableRow": "a table row", "#Comment": "a comment",
	"#Empty": "an empty line", "#Other": "text",
}

// explainParse says what to change for each Gherkin syntax error of the
// file at path, in src: the file, line and column, then the cause in a
// writer's words. Where the first error is the file's language (its
// keywords are another language's, or Gherkin has no such language), that
// one alone is said: every line after it fails for the same reason.
func explainParse(path string, src []byte, err error) string {
	msg := strings.TrimPrefix(err.Error(), "Parser errors:\n")
	declared := ""
	if m := languageLine.FindSubmatch(src); m != nil {
		declared = string(m[1])
	}
	var out []string
	for _, raw := range strings.Split(msg, "\n") {
		m := gherkinError.FindStringSubmatch(raw)
		if m == nil {
			if raw = strings.TrimSpace(raw); raw != "" {
				out = append(out, path+": "+raw)
			}
			continue
		}
		at := path + ":" + m[1] + ":" + m[2] + ": "
		if m[2] == "0" { // the end of the file: a line, no column (they count from 1)
			at = path + ":" + m[1] + ": "
		}
		why, language := explainOne(m[3], declared)
		if language {
			return at + why
		}
		out = append(out, at+why)
	}
	return strings.Join(out, "\n")
}

// explainOne is one error's cause; language says that the file's
// language is the cause.
func explainOne(msg, declared string) (why string, language bool) {
	if m := unsupported.FindStringSubmatch(msg); m != nil {
		return noDialect(m[1]), true
	}
	if m := endOfFile.FindStringSubmatch(msg); m != nil {
		return "the file ends where Gherkin expects " + expected(m[1]), false
	}
	m := gotLine.FindStringSubmatch(msg)
	if m == nil {
		return msg, false
	}
	text := strings.TrimSpace(m[2])
	dialect := cmp.Or(declared, gherkin.DefaultDialect)
	d := gherkin.DialectsBuiltin().GetDialect(dialect)
	word := firstWord(text)
	if kind, other := keywordElsewhere(word, dialect); other != nil {
		return otherLanguage(word, kind, other, declared, d), true
	}
	if d != nil && strings.Contains(m[1], "#FeatureLine") && !strings.Contains(m[1], "#ScenarioLine") {
		return noFeatureLine(text, word, d), true
	}
	if kw := headerKeyword(text, d); kw != "" {
		return fmt.Sprintf("%q: %s %s line needs a colon after its keyword (%s:)", text, indefinite(kw), kw, kw), false
	}
	if d != nil && strings.Contains(m[1], "#StepLine") {
		return notAStep(word, d), false
	}
	return fmt.Sprintf("Gherkin does not expect %q here; it expects %s", text, expected(m[1])), false
}

// noFeatureLine says that a file must begin with its Feature line, where
// text is a line before one: every line after it fails for that reason.
// A line that begins with a misspelt or cut-short keyword of Feature gets
// the keyword it likely meant.
func noFeatureLine(text, word string, d *gherkin.Dialect) string {
	kws := trimmed(d.Keywords["feature"])
	say := fmt.Sprintf("a feature file begins with its Feature line (%s), and %q is not one", orList(colons(kws)), text)
	if d.Language != gherkin.DefaultDialect {
		say = fmt.Sprintf("a feature file begins with its Feature line, in %s %s, and %q is not one", d.Name, orList(colons(kws)), text)
	}
	near := nearKeyword(word, kws)
	for _, k := range kws {
		if near == "" && len([]rune(word)) >= 2 && (strings.HasPrefix(k, word) || strings.HasPrefix(word, k)) {
			near = k
		}
	}
	if near != "" && near != word {
		say += fmt.Sprintf(": did you mean %s:?", near)
	}
	return say
}

// indefinite is "an" before a word that begins with a vowel's letter
// (Examples, Ability), else "a" (Scenario, Сценарий).
func indefinite(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// colons are keywords with their colons, as a header line writes them.
func colons(kws []string) []string {
	out := make([]string, len(kws))
	for i, k := range kws {
		out[i] = k + ":"
	}
	return out
}

// headerKeyword is the keyword of d that text begins with as a header
// line (Feature, Scenario, Examples ...) without the colon after it.
func headerKeyword(text string, d *gherkin.Dialect) string {
	if d == nil {
		return ""
	}
	for _, k := range headerKeywords(d) {
		if rest, ok := strings.CutPrefix(text, k); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') {
			if strings.HasPrefix(strings.TrimSpace(rest), ":") {
				return ""
			}
			return k
		}
	}
	return ""
}

// headerKeywords are d's keywords of header lines (Feature, Rule,
// Background, Scenario, Scenario Outline, Examples), the longest first:
// "Scenario Outline" before "Scenario".
func headerKeywords(d *gherkin.Dialect) []string {
	var kws []string
	for _, kind := range keywordKinds[:6] {
		kws = append(kws, trimmed(d.Keywords[kind])...)
	}
	slices.SortStableFunc(kws, func(a, b string) int { return len(b) - len(a) })
	return kws
}

// firstWord is the keyword a line begins with: the words before its ":"
// (Feature:, Сценарий:) or its first word (Given, Когда).
func firstWord(text string) string {
	if head, _, ok := strings.Cut(text, ":"); ok && !strings.ContainsAny(head, `"«“`) {
		return strings.TrimSpace(head)
	}
	w, _, _ := strings.Cut(text, " ")
	return w
}

func expected(tokens string) string {
	var words []string
	for _, t := range strings.Split(tokens, ", ") {
		if w, ok := tokenWords[strings.TrimSpace(t)]; ok && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return strings.Join(words, ", ")
}

// vocabularyDialects are the Gherkin dialects the step vocabulary is
// written in, English first.
func vocabularyDialects() []*gherkin.Dialect {
	var out []*gherkin.Dialect
	for _, lang := range steps.Languages() {
		if d := gherkin.DialectsBuiltin().GetDialect(lang); d != nil {
			out = append(out, d)
		}
	}
	return out
}

// keywordKinds are the kinds of keyword a line can begin with.
var keywordKinds = []string{"feature", "rule", "background", "scenario", "scenarioOutline", "examples", "given", "when", "then", "and", "but"}

// keywordElsewhere finds word among the keywords of a language of the
// vocabulary other than the file's: its kind and that language.
func keywordElsewhere(word, dialect string) (string, *gherkin.Dialect) {
	for _, d := range vocabularyDialects() {
		if d.Language == dialect {
			continue
		}
		for _, kind := range keywordKinds {
			for _, k := range d.Keywords[kind] {
				if k = strings.TrimSpace(k); k != "*" && strings.EqualFold(k, word) {
					return kind, d
				}
			}
		}
	}
	return "", nil
}

func otherLanguage(word, kind string, other *gherkin.Dialect, declared string, d *gherkin.Dialect) string {
	if declared == "" {
		return fmt.Sprintf("%q is a keyword of Gherkin in %s: put \"# language: %s\" on the file's first line", word, other.Name, other.Language)
	}
	if d == nil {
		return fmt.Sprintf("%q is a keyword of Gherkin in %s, not of the file's \"# language: %s\"", word, other.Name, declared)
	}
	return fmt.Sprintf("%q is a keyword of Gherkin in %s, not of the file's \"# language: %s\" (%s), whose word for it is %s; or make the file %s with \"# language: %s\"",
		word, other.Name, declared, d.Name, strings.Join(trimmed(d.Keywords[kind]), " or "), other.Name, other.Language)
}

// trimmed are keywords without their spaces and without "*", each once.
func trimmed(kws []string) []string {
	var out []string
	for _, k := range kws {
		if k = strings.TrimSpace(k); k != "*" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// stepKeywordsOf are a dialect's step keywords, once each, "*" last.
func stepKeywordsOf(d *gherkin.Dialect) []string {
	var out []string
	for _, kind := range []string{"given", "when", "then", "and", "but"} {
		for _, k := range trimmed(d.Keywords[kind]) {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return append(out, "*")
}

// notAStep says that word does not begin a step, and which keyword it
// may have meant.
func notAStep(word string, d *gherkin.Dialect) string {
	kws := stepKeywordsOf(d)
	why := fmt.Sprintf("%q does not begin a step: a step begins with %s", word, orList(kws))
	if near := nearKeyword(word, kws); near != "" {
		why += " (did you mean " + near + "?)"
	}
	return why
}

func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// nearKeyword is the keyword word is a misspelling of: at most two
// letters away, and at most half its letters (Whne for When).
func nearKeyword(word string, kws []string) string {
	best, dist := "", 3
	for _, k := range kws {
		n := editdist.Runes(strings.ToLower(word), strings.ToLower(k))
		if n < dist && n <= max(1, len([]rune(k))/2) {
			best, dist = k, n
		}
	}
	return best
}

// noDialect explains a "# language:" Gherkin has no dialect for.
func noDialect(code string) string {
	if slices.Contains(steps.Languages(), code) {
		return fmt.Sprintf("Gherkin has no language %q: write the file with English keywords (Feature:, Scenario:, Given, When, Then, And, But or *) and no \"# language:\" line; the steps stay in that language ('unbind steps --lang %s' lists them)", code, code)
	}
	var codes []string
	for _, d := range vocabularyDialects() {
		codes = append(codes, d.Language)
		if strings.EqualFold(code, d.Name) || strings.EqualFold(code, d.Native) || editdist.Runes(strings.ToLower(code), strings.ToLower(d.Name)) <= 2 {
			return fmt.Sprintf("Gherkin has no language %q; %s is \"# language: %s\"", code, d.Name, d.Language)
		}
	}
	return fmt.Sprintf("Gherkin has no language %q; the steps are written in %s (\"# language: %s\")", code, strings.Join(steps.Languages(), ", "), strings.Join(codes, `", "# language: `))
}

// misspeltSteps refuses a line Gherkin reads as a scenario's description
// that is a step with a misspelt keyword: the words after its first match
// a step of the vocabulary, so the scenario would run without it.
func misspeltSteps(path string, src []byte, doc *messages.GherkinDocument) error {
	if doc == nil || doc.Feature == nil {
		return nil
	}
	d := gherkin.DialectsBuiltin().GetDialect(doc.Feature.Language)
	if d == nil {
		return nil
	}
	lines := strings.Split(string(src), "\n")
	check := func(keyword, name string, at *messages.Location, description string, nsteps int) error {
		if strings.TrimSpace(description) == "" {
			return nil
		}
		for i := int(at.Line); i < len(lines); i++ {
			text := strings.TrimSpace(lines[i])
			if text == "" || strings.HasPrefix(text, "#") {
				continue
			}
			if !strings.Contains(description, text) {
				break // past the description
			}
			word := firstWord(text)
			if !isStep(strings.TrimSpace(strings.TrimPrefix(text, word))) {
				continue
			}
			col := len(lines[i]) - len(strings.TrimLeft(lines[i], " \t")) + 1
			why := notAStep(word, d) + fmt.Sprintf(", so Gherkin reads the line as the description of %s %q", strings.TrimSpace(keyword), name)
			if nsteps == 0 {
				why += ", which then has no steps"
			} else {
				why += ", which then runs without it"
			}
			return fmt.Errorf("malformed feature file:\n%s:%d:%d: %s", path, i+1, col, why)
		}
		return nil
	}
	for _, c := range doc.Feature.Children {
		children := []*messages.FeatureChild{c}
		if c.Rule != nil {
			children = nil
			for _, rc := range c.Rule.Children {
				children = append(children, &messages.FeatureChild{Scenario: rc.Scenario, Background: rc.Background})
			}
		}
		for _, ch := range children {
			var err error
			switch {
			case ch.Scenario != nil:
				err = check(ch.Scenario.Keyword, ch.Scenario.Name, ch.Scenario.Location, ch.Scenario.Description, len(ch.Scenario.Steps))
			case ch.Background != nil:
				err = check(ch.Background.Keyword, ch.Background.Name, ch.Background.Location, ch.Background.Description, len(ch.Background.Steps))
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// stepPatterns are the patterns of every step of the vocabulary, in every
// language.
var stepPatterns = sync.OnceValue(func() []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, t := range vocabularies(steps.Vocabulary()) {
		for _, st := range t.steps {
			if re, err := regexp.Compile(st.Pattern); err == nil {
				out = append(out, re)
			}
		}
	}
	return out
})

func isStep(text string) bool {
	return text != "" && slices.ContainsFunc(stepPatterns(), func(re *regexp.Regexp) bool { return re.MatchString(text) })
}
