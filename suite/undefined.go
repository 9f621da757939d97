package suite

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/unbind/unbind/internal/editdist"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// closest is how many steps of the vocabulary an undefined step is shown.
const closest = 3

// explainUndefined gives every undefined step of the record a reason that a
// person who writes no Go can act on (the closest steps of the vocabulary,
// and `unbind steps`), and says it once per step text on the console w:
// godog's own advice is Go code.
//
// The closest steps are in the language the step is written in: that of
// the feature file's dialect, or the one whose steps share most words with
// it (Swahili is written after English keywords).
func explainUndefined(w io.Writer, r *record.Run, vocab []steps.Step) {
	var u undefinedLines
	var tongues []tongue
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				if st.Status != record.StatusUndefined {
					continue
				}
				if tongues == nil {
					tongues = vocabularies(vocab)
				}
				st.Error = u.add(st.Keyword, st.Text, fmt.Sprintf("%s:%d", sc.URI, st.Line), f.Language, tongues)
			}
		}
	}
	u.say(w)
}

// undefinedLines are the step texts no step matches, each once, in the
// order first seen, with every place it is written.
type undefinedLines struct {
	order  []*undefinedLine
	byText map[string]*undefinedLine
}

type undefinedLine struct {
	keyword, text string
	at            []string
	near          []steps.Step
	command       string
	wrong         string // a value the step does not take, and those it does (wrongValue)
}

// add notes a step text written at a place, and returns the reason the
// reports give it.
func (u *undefinedLines) add(keyword, text, at, lang string, tongues []tongue) string {
	l, ok := u.byText[text]
	if !ok {
		t := pick(text, lang, tongues)
		l = &undefinedLine{keyword: keyword, text: text, near: nearest(text, t.steps, closest), command: t.command(), wrong: wrongValue(text, t.steps)}
		if u.byText == nil {
			u.byText = map[string]*undefinedLine{}
		}
		u.byText[text] = l
		u.order = append(u.order, l)
	}
	if !slices.Contains(l.at, at) {
		l.at = append(l.at, at)
	}
	return valueHint(l.wrong) + undefinedReason(l.near, l.command)
}

// enumGroup is a step pattern's argument that takes one of some words:
// "(none|confirmed|registered)".
var enumGroup = regexp.MustCompile(`\(((?:[^()|\\?*+\[\]]+\|)+[^()|\\?*+\[\]]+)\)`)

// wrongValue says, of a text that a step of vocab would match but for a
// value its pattern enumerates, the value written and the ones the step
// takes: `"blue" is not a value of this step: it takes "none", ...`; ""
// when no step is written so.
func wrongValue(text string, vocab []steps.Step) string {
	for _, st := range vocab {
		groups := enumGroup.FindAllStringSubmatch(st.Pattern, -1)
		if len(groups) == 0 {
			continue
		}
		n := 0
		loose, err := regexp.Compile(enumGroup.ReplaceAllStringFunc(st.Pattern, func(string) string {
			n++
			return fmt.Sprintf("(?P<enum%d>.+?)", n-1)
		}))
		if err != nil {
			continue
		}
		at := loose.FindStringSubmatchIndex(text)
		if at == nil {
			continue
		}
		for i, name := range loose.SubexpNames() {
			var k int
			if _, err := fmt.Sscanf(name, "enum%d", &k); err != nil || at[2*i] < 0 || at[2*i] == at[2*i+1] {
				continue
			}
			written := text[at[2*i]:at[2*i+1]]
			takes := strings.Split(groups[k][1], "|")
			if slices.Contains(takes, written) {
				continue
			}
			if q := quotedMatch(text, at[2*i], at[2*i+1], vocab); q != "" {
				return fmt.Sprintf("%q is a label written without quotes, which a step takes as %s", written, q)
			}
			quoted := make([]string, 0, maxValuesSaid+1)
			for _, v := range takes[:min(len(takes), maxValuesSaid)] {
				quoted = append(quoted, fmt.Sprintf("%q", v))
			}
			if len(takes) > maxValuesSaid {
				quoted = append(quoted, fmt.Sprintf("and %d more", len(takes)-maxValuesSaid))
			}
			return fmt.Sprintf("%q is not a value of this step: it takes %s", written, strings.Join(quoted, ", "))
		}
	}
	return ""
}

// maxValuesSaid bounds the values wrongValue names.
const maxValuesSaid = 6

// quotedMatch is text with its words from start to end in quotes, as a
// step of vocab takes it ("I click Remove card" is `I click "Remove
// card"`); "" when no step does, in any quotes.
func quotedMatch(text string, start, end int, vocab []steps.Step) string {
	styles := [][2]string{{`"`, `"`}, {"«", "»"}, {"“", "”"}}
	// The language's own quotes first, as its examples write them.
	for _, st := range vocab {
		if i := slices.IndexFunc(styles, func(q [2]string) bool { return strings.Contains(st.Example, q[0]) }); i >= 0 {
			styles[0], styles[i] = styles[i], styles[0]
			break
		}
	}
	for _, q := range styles {
		try := text[:start] + q[0] + text[start:end] + q[1] + text[end:]
		for _, st := range vocab {
			if re, err := regexp.Compile(st.Pattern); err == nil && re.MatchString(try) {
				return try
			}
		}
	}
	return ""
}

// valueHint is the start of an undefined step's reason that says its
// value is wrong, when it is.
func valueHint(wrong string) string {
	if wrong == "" {
		return ""
	}
	return wrong + "; "
}

// maxPlacesSaid bounds the places the console names for one step text.
const maxPlacesSaid = 6

// say tells w, once per step text, that it matches no step of the
// vocabulary, where it is written, and which steps are the closest.
func (u *undefinedLines) say(w io.Writer) {
	for _, l := range u.order {
		at := strings.Join(l.at[:min(len(l.at), maxPlacesSaid)], ", ")
		if len(l.at) > maxPlacesSaid {
			at += fmt.Sprintf(" and %d more", len(l.at)-maxPlacesSaid)
		}
		fmt.Fprintf(w, "\nunbind: no step matches %q (%s)", strings.TrimSpace(l.keyword)+" "+l.text, at)
		if l.wrong != "" {
			fmt.Fprintf(w, ": %s", l.wrong)
		}
		fmt.Fprint(w, "; the closest steps are:\n")
		for _, s := range l.near {
			fmt.Fprintf(w, "unbind:     %s\n", s.ExampleLine())
		}
		fmt.Fprintf(w, "unbind:   '%s' lists every step a scenario can use, with an example of each.\n", l.command)
	}
}

// CheckSteps says on w which steps of the planned scenarios no step of the
// vocabulary matches, in any of its languages (vocab is the English one,
// with a harness's own steps), each with the closest steps and every place
// it is written, as a run would; it returns how many there are. It starts
// nothing.
func CheckSteps(w io.Writer, p *Plan, vocab []steps.Step) int {
	tongues := vocabularies(vocab)
	var patterns []*regexp.Regexp
	for _, t := range tongues {
		for _, st := range t.steps {
			if re, err := regexp.Compile(st.Pattern); err == nil {
				patterns = append(patterns, re)
			}
		}
	}
	var u undefinedLines
	seen, n := map[string]bool{}, 0
	for _, sc := range p.Mine {
		file := lineSuffix.ReplaceAllString(sc.Location, "")
		for _, st := range sc.Steps {
			at := fmt.Sprintf("%s:%d", file, st.Line)
			if seen[at] || slices.ContainsFunc(patterns, func(re *regexp.Regexp) bool { return re.MatchString(st.Text) }) {
				continue
			}
			seen[at] = true
			n++
			u.add(st.Keyword, st.Text, at, sc.Language, tongues)
		}
	}
	u.say(w)
	return n
}

func undefinedReason(near []steps.Step, command string) string {
	ex := make([]string, len(near))
	for i, s := range near {
		ex[i] = s.ExampleLine()
	}
	return "no step of the vocabulary matches this text; the closest are: " + strings.Join(ex, " | ") + " ('" + command + "' lists them all)"
}

// nearest are the n steps a text most likely meant: first those with most
// of its words among the words the step can be written with (all its
// ways, not only its example; another form of a word counts half), then
// those whose example reads most like it, by the number of words to
// change, quoted values and numbers counting as one word whatever they say.
func nearest(text string, vocab []steps.Step, n int) []steps.Step {
	want := words(text)
	kinds := valueKinds(text)
	type scored struct {
		st     steps.Step
		shared float64
		unlike int // quoted values of another kind than the text's
		dist   int
	}
	sets := make([]map[string]bool, len(vocab))
	df := map[string]int{}
	for i, st := range vocab {
		sets[i] = patternWords(st.Pattern)
		for w := range sets[i] {
			df[w]++
		}
	}
	// A word that few steps can be written with says more about which one
	// is meant than "I" or "the", which nearly all can.
	weight := func(w string) float64 { return math.Log(float64(len(vocab)+1) / float64(df[w]+1)) }
	var all []scored
	for i, st := range vocab {
		ex := exampleText(st.ExampleLine())
		all = append(all, scored{st, sharedWords(want, sets[i], weight), unlikeValues(kinds, valueKinds(ex)), editdist.Of(want, words(ex))})
	}
	slices.SortStableFunc(all, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.shared, a.shared), a.unlike-b.unlike, a.dist-b.dist)
	})
	out := make([]steps.Step, 0, n)
	for _, s := range all {
		if len(out) == n {
			break
		}
		// An alias of a step shows the step's own example: once.
		if !slices.ContainsFunc(out, func(o steps.Step) bool { return o.ExampleLine() == s.st.ExampleLine() }) {
			out = append(out, s.st)
		}
	}
	return out
}

// valueKinds are the kinds of the quoted values of a step text, in order:
// an address ("https://…", "www.…", "site.com/path") or a label.
func valueKinds(text string) []string {
	var out []string
	for _, q := range quoted.FindAllString(text, -1) {
		v := strings.Trim(q, `"«»“”„`)
		if strings.Contains(v, "://") || strings.HasPrefix(v, "www.") || address.MatchString(v) {
			out = append(out, "address")
		} else {
			out = append(out, "label")
		}
	}
	return out
}

// address is a value written as a site's address without its scheme.
var address = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$`)

// unlikeValues counts the places where two steps' quoted values are of
// different kinds, and each value one of them has and the other not.
func unlikeValues(a, b []string) int {
	n := max(len(a), len(b)) - min(len(a), len(b))
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

var (
	// patternArg is a step pattern's capture of a quoted value, and
	// patternSyntax the rest of its regular-expression syntax.
	// patternCase is a letter a phrasing takes in either case ([Ss]aya).
	patternCase   = regexp.MustCompile(`\[(\p{Lu})(\p{Ll})\]`)
	patternArg    = regexp.MustCompile(`\(\[\^[^\]]*\]\*\)|\(\\d\+\)`)
	patternSyntax = regexp.MustCompile(`[()?:|^$*+\\\[\]"«»“”„]`)
)

// patternWords are the words a step's pattern can be written with, in
// lower case: every alternative's.
func patternWords(pattern string) map[string]bool {
	p := patternCase.ReplaceAllString(pattern, "$2")
	p = patternArg.ReplaceAllString(p, " ")
	p = patternSyntax.ReplaceAllString(p, " ")
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(p)) {
		out[w] = true
	}
	return out
}

// sharedWords scores the words of a text a step can be written with, each
// by its weight: whole for the same word, half for another form of it
// (four letters in a row in common: klikkan, klik; clicked, click).
func sharedWords(text []string, step map[string]bool, weight func(string) float64) float64 {
	n := 0.0
	for _, w := range text {
		if w == `"…"` || w == "#" {
			continue
		}
		switch {
		case step[w]:
			n += weight(w)
		default:
			for _, v := range slices.Sorted(maps.Keys(step)) {
				if sameStem(w, v) {
					n += weight(v) / 2
					break
				}
			}
		}
	}
	return n
}

// sameStem says whether two words look like forms of one word: four
// letters in a row in common that begin one of them (klik in klikkan and
// mengklik; not the ending -kkan of klikkan and mengetikkan).
func sameStem(a, b string) bool {
	ra := []rune(a)
	if len(ra) < 4 || len([]rune(b)) < 4 {
		return false
	}
	for i := 0; i+4 <= len(ra); i++ {
		gram := string(ra[i : i+4])
		if strings.Contains(b, gram) && (i == 0 || strings.HasPrefix(b, gram)) {
			return true
		}
	}
	return false
}

// tongue is the vocabulary in one language.
type tongue struct {
	lang  string
	steps []steps.Step
}

// vocabularies are the English vocabulary (with the harness's own steps)
// and then the vocabulary in each other language.
func vocabularies(english []steps.Step) []tongue {
	if more, err := steps.Aliases(steps.English); err == nil {
		english = slices.Concat(english, more)
	}
	out := []tongue{{steps.English, english}}
	for _, lang := range steps.Languages()[1:] {
		if tr, err := steps.Translated(lang); err == nil {
			more, _ := steps.Aliases(lang)
			out = append(out, tongue{lang, slices.Concat(tr, more)})
		}
	}
	return out
}

// pick is the vocabulary a step text is most likely written in: the one
// with a step sharing most of its words; on a tie, the language of the
// feature file, then English.
func pick(text, lang string, tongues []tongue) tongue {
	want := words(text)
	best, bestShared := 0, -1
	for i, t := range tongues {
		shared := 0
		for _, st := range t.steps {
			shared = max(shared, common(want, words(exampleText(st.ExampleLine()))), inPattern(want, st.Pattern))
		}
		if shared > bestShared || shared == bestShared && t.lang == lang && tongues[best].lang != lang {
			best, bestShared = i, shared
		}
	}
	return tongues[best]
}

// inPattern is how many of the words of a text the step's pattern can be
// written with (a word of a phrasing's alternatives its example leaves
// out: ninathibitisha), placeholders aside.
func inPattern(text []string, pattern string) int {
	in := patternWords(pattern)
	n := 0
	for _, w := range text {
		if w != `"…"` && w != "#" && in[w] {
			n++
		}
	}
	return n
}

// command is the command that lists the vocabulary in the tongue.
func (t tongue) command() string {
	if t.lang == steps.English {
		return "unbind steps"
	}
	return "unbind steps --lang " + t.lang
}

// common is how many words a and b share, counting each word of a once
// and leaving out the placeholders of quoted values and numbers.
func common(a, b []string) int {
	left := map[string]int{}
	for _, w := range b {
		left[w]++
	}
	n := 0
	for _, w := range a {
		if w != `"…"` && w != "#" && left[w] > 0 {
			left[w]--
			n++
		}
	}
	return n
}

var (
	keyword = stepKeywords()
	quoted  = regexp.MustCompile(`"[^"]*"|«[^»]*»|“[^”]*”|„[^“]*“`)
	number  = regexp.MustCompile(`\b\d+\b`)
)

// stepKeywords matches the Gherkin step keyword an example line of any
// language of the vocabulary begins with.
func stepKeywords() *regexp.Regexp {
	var kws []string
	for _, d := range vocabularyDialects() {
		for _, k := range stepKeywordsOf(d) {
			kws = append(kws, regexp.QuoteMeta(k))
		}
	}
	// The longest first, so that a keyword is not taken for its beginning.
	slices.SortFunc(kws, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return regexp.MustCompile(`^\s*(` + strings.Join(slices.Compact(kws), "|") + `)\s+`)
}

// exampleText is an example line without its Gherkin keyword.
func exampleText(example string) string { return keyword.ReplaceAllString(example, "") }

// words splits a step text into lower-case words, each quoted value one
// word "…" and each number one word #.
func words(s string) []string {
	s = quoted.ReplaceAllString(s, ` "…" `)
	s = number.ReplaceAllString(s, " # ")
	return strings.Fields(strings.ToLower(s))
}

// snippetCut passes godog's console output through until godog starts its
// advice for undefined steps, Go code for step definitions, and drops that:
// unbind's users write scenarios, not Go (explainUndefined says what to do).
// It passes whole lines: godog without colours writes a rune at a time.
type snippetCut struct {
	w    io.Writer
	line []byte
	cut  bool
}

const snippetAdvice = "You can implement step definitions for undefined steps"

func (c *snippetCut) Write(p []byte) (int, error) {
	if c.cut {
		return len(p), nil
	}
	c.line = append(c.line, p...)
	end := bytes.LastIndexByte(c.line, '\n')
	if end < 0 {
		return len(p), nil
	}
	lines := c.line[:end+1]
	if i := bytes.Index(lines, []byte(snippetAdvice)); i >= 0 {
		c.cut, lines = true, lines[:i]
	}
	_, err := c.w.Write(lines)
	c.line = append([]byte(nil), c.line[end+1:]...)
	return len(p), err
}
