package steps

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"fmt"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The vocabulary in the articles' own languages: one file a language under
// lang/, named by its code, giving each step (by ID) its phrasing there and
// an example line. lang/README.md says how a phrasing is written.
//
//go:embed lang/*.txt
var langFiles embed.FS

// English is the language the vocabulary is declared in.
const English = "en"

// Languages are the languages `unbind steps --lang` lists the vocabulary in:
// English first, then those of lang/.
func Languages() []string {
	langs := []string{English}
	entries, _ := langFiles.ReadDir("lang")
	for _, e := range entries {
		if code, ok := strings.CutSuffix(e.Name(), ".txt"); ok {
			langs = append(langs, code)
		}
	}
	return langs
}

// Translated is the vocabulary in one language: each step with its pattern
// and example in that language, bound to the same function as the English
// step. The steps with no phrasing in the language are left out (the tests
// name them). English, or "", is Vocabulary itself.
func Translated(lang string) ([]Step, error) {
	if lang == "" || lang == English {
		return Vocabulary(), nil
	}
	p, err := loadPhrasings(lang)
	if err != nil {
		return nil, err
	}
	var out []Step
	for _, st := range Vocabulary() {
		if ph, ok := p.byID[st.ID()]; ok {
			out = append(out, ph.step)
		}
	}
	return out, nil
}

// UnknownLanguageError is the answer for a language the vocabulary has no
// phrasings in.
type UnknownLanguageError struct{ Lang string }

func (e UnknownLanguageError) Error() string {
	return fmt.Sprintf("the steps are written in %s, not in %q", strings.Join(Languages(), ", "), e.Lang)
}

// everyLanguage is the vocabulary in English (with its aliases) and then
// in every other language, as one scenario registers it with godog.
func everyLanguage() ([]Step, error) {
	all := Vocabulary()
	var more []Step
	for _, lang := range Languages() {
		a, err := Aliases(lang)
		if err != nil {
			return nil, err
		}
		more = append(more, a...)
		if lang == English {
			continue
		}
		tr, err := Translated(lang)
		if err != nil {
			return nil, err
		}
		all = append(all, tr...)
	}
	all = append(all, more...)
	return all, nil
}

// phrasings are the steps of one language file.
type phrasings struct {
	lang    string
	dialect string // the Gherkin dialect its features are written in
	quotes  [2]string
	byID    map[string]phrasing
	order   []string // the IDs in the file's order
}

// phrasing is one step in another language.
type phrasing struct {
	id      string
	line    int // in the language file
	step    Step
	english Step
	render  func(args []string) string
}

// loadPhrasings reads a language's phrasings once and keeps them: they are
// compiled from the embedded file and the vocabulary, both fixed, and
// compiling them takes the better part of a second.
func loadPhrasings(lang string) (*phrasings, error) {
	once, _ := phrasingsOf.LoadOrStore(lang, sync.OnceValues(func() (*phrasings, error) { return readPhrasings(lang) }))
	return once.(func() (*phrasings, error))()
}

// phrasingsOf are the phrasings read so far, by language.
var phrasingsOf sync.Map

func readPhrasings(lang string) (*phrasings, error) {
	data, err := langFiles.ReadFile("lang/" + lang + ".txt")
	if err != nil {
		return nil, UnknownLanguageError{Lang: lang}
	}
	p, err := parsePhrasings(lang, data, Vocabulary())
	if err != nil {
		return nil, fmt.Errorf("steps/lang/%s.txt: %w", lang, err)
	}
	return p, nil
}

// parsePhrasings reads a language file: a header of "key: value" lines
// (dialect, quotes), then entries of three lines: the step's ID followed
// by ":", and indented under it the phrasing and the example, whose doc
// string or table, if the step takes one, is indented one level deeper.
func parsePhrasings(lang string, data []byte, vocab []Step) (*phrasings, error) {
	english := map[string]Step{}
	for _, st := range vocab {
		english[st.ID()] = st
	}
	p := &phrasings{lang: lang, dialect: lang, quotes: [2]string{`"`, `"`}, byID: map[string]phrasing{}}
	var lines []string
	var nums []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \t")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		lines, nums = append(lines, line), append(nums, n)
	}
	i := 0
	for ; i < len(lines) && !strings.HasSuffix(lines[i], ":"); i++ {
		if err := p.header(lines[i]); err != nil {
			return nil, fmt.Errorf("line %d: %w", nums[i], err)
		}
	}
	for i < len(lines) {
		if i+2 >= len(lines) || !indented(lines[i+1]) || !indented(lines[i+2]) || indented(lines[i]) {
			return nil, fmt.Errorf("line %d: want a step ID followed by \":\" and, indented under it, the phrasing and an example", nums[i])
		}
		example := strings.TrimSpace(lines[i+2])
		depth := indent(lines[i+2])
		next := i + 3
		for ; next < len(lines) && indent(lines[next]) > depth; next++ {
			example += "\n    " + strings.TrimSpace(lines[next])
		}
		id := strings.TrimSuffix(lines[i], ":")
		eng, ok := english[id]
		if !ok {
			return nil, fmt.Errorf("line %d: no step has the ID %q", nums[i], id)
		}
		if _, dup := p.byID[id]; dup {
			return nil, fmt.Errorf("line %d: %q is phrased twice", nums[i], id)
		}
		ph, err := compilePhrasing(eng, strings.TrimSpace(lines[i+1]), p.quotes)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", nums[i+1], err)
		}
		ph.id, ph.line = id, nums[i]
		ph.step.Example = example
		p.byID[id] = ph
		p.order = append(p.order, id)
		i = next
	}
	return p, nil
}

func indented(line string) bool { return indent(line) > 0 }

// indent is how deep a line is indented: a tab counts as one level, as do
// four spaces.
func indent(line string) int {
	n := 0
	for strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "    ") {
		if line[0] == '\t' {
			line = line[1:]
		} else {
			line = line[4:]
		}
		n++
	}
	return n
}

func (p *phrasings) header(line string) error {
	key, value, ok := strings.Cut(line, ":")
	value = strings.TrimSpace(value)
	switch {
	case !ok:
		return fmt.Errorf("want \"key: value\" before the first step, got %q", line)
	case key == "dialect":
		p.dialect = value
	case key == "quotes" && utf8.RuneCountInString(value) == 2:
		r, size := utf8.DecodeRuneInString(value)
		p.quotes = [2]string{string(r), value[size:]}
	default:
		return fmt.Errorf("unknown header %q", line)
	}
	return nil
}

// engArg is one argument of an English pattern: its regular expression,
// whether the pattern puts it between double quotes, and whether it is the
// free text of such quotes ([^"]*).
type engArg struct {
	inner  string
	quoted bool
	free   bool
}

// englishArgs reads the arguments of an English pattern.
func englishArgs(pattern string) ([]engArg, error) {
	once, _ := argsOf.LoadOrStore(pattern, sync.OnceValues(func() ([]engArg, error) { return parseEnglishArgs(pattern) }))
	return once.(func() ([]engArg, error))()
}

// argsOf are the arguments of the English patterns read so far: every
// language's phrasings and aliases of a step read them, and printing a
// pattern's part back (String) is slow.
var argsOf sync.Map

func parseEnglishArgs(pattern string) ([]engArg, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, err
	}
	free, _ := syntax.Parse(`[^"]*`, syntax.Perl)
	var args []engArg
	subs := re.Sub
	if re.Op != syntax.OpConcat {
		subs = []*syntax.Regexp{re}
	}
	for i, sub := range subs {
		if sub.Op != syntax.OpCapture {
			if hasCapture(sub) {
				return nil, fmt.Errorf("pattern %s: an argument inside %s cannot be phrased", pattern, sub)
			}
			continue
		}
		a := engArg{inner: sub.Sub[0].String()}
		a.quoted = i > 0 && i+1 < len(subs) && endsWithQuote(subs[i-1], false) && endsWithQuote(subs[i+1], true)
		a.free = a.quoted && sub.Sub[0].Equal(free)
		args = append(args, a)
	}
	return args, nil
}

func hasCapture(re *syntax.Regexp) bool {
	if re.Op == syntax.OpCapture {
		return true
	}
	return slices.ContainsFunc(re.Sub, hasCapture)
}

func endsWithQuote(re *syntax.Regexp, start bool) bool {
	if re.Op != syntax.OpLiteral || len(re.Rune) == 0 {
		return false
	}
	if start {
		return re.Rune[0] == '"'
	}
	return re.Rune[len(re.Rune)-1] == '"'
}

// argSlot says where one English argument is in a phrasing: the groups of
// the phrasing's pattern that may hold it (one for each kind of quotes),
// and the phrasing's words for the English values, when it has its own.
type argSlot struct {
	groups []int
	values map[string]string // phrasing's word → English value
	words  map[string]string // English value → phrasing's word, to render
}

// Quotation marks a quoted argument may be written in, in every language:
// "…", «…» (one «…» inside allowed), “…” and „…“.
var quoteStyles = []struct{ open, close, free string }{
	{`"`, `"`, `[^"]*`},
	{`«`, `»`, `(?:[^«»]|«[^«»]*»)*`},
	{`“`, `”`, `[^”]*`},
	{`„`, `“`, `[^“]*`},
}

// compilePhrasing turns a phrasing into a step bound to the English step's
// function. A phrasing is literal text with {n} for the English pattern's
// n-th argument (in any order), {n:word=value|...} for an argument the
// phrasing says in its own words, and [a|b|] for words written one way or
// another (an empty branch: or not at all).
func compilePhrasing(eng Step, text string, quotes [2]string) (phrasing, error) {
	args, err := englishArgs(eng.Pattern)
	if err != nil {
		return phrasing{}, err
	}
	c := &phraseCompiler{args: args, slots: make([]argSlot, len(args)), quotes: quotes}
	if err := c.compile(text); err != nil {
		return phrasing{}, fmt.Errorf("%q: %w", text, err)
	}
	for i, sl := range c.slots {
		if sl.groups == nil {
			return phrasing{}, fmt.Errorf("%q: argument {%d} of %s is missing", text, i+1, eng.Pattern)
		}
	}
	pattern := "^" + c.re.String() + "$"
	if _, err := regexp.Compile(pattern); err != nil {
		return phrasing{}, fmt.Errorf("%q: %w", text, err)
	}
	st := eng
	st.Pattern = pattern
	st.Bind = adaptBind(eng.Bind, c.slots, c.groups)
	return phrasing{step: st, english: eng, render: c.renderer()}, nil
}

type phraseCompiler struct {
	args   []engArg
	slots  []argSlot
	quotes [2]string
	re     strings.Builder
	groups int
	parts  []func(args []string) string
}

var phraseToken = regexp.MustCompile(`\{(\d+)(?::([^}]*))?\}|\[([^\]]*)\]`)

func (c *phraseCompiler) compile(text string) error {
	// lead: only optional words so far, so what follows may begin the line.
	pos, lead := 0, true
	for _, m := range phraseToken.FindAllStringSubmatchIndex(text, -1) {
		c.literal(text[pos:m[0]], lead)
		lead = lead && m[0] == pos
		pos = m[1]
		if m[2] >= 0 {
			n, _ := strconv.Atoi(text[m[2]:m[3]])
			words := ""
			if m[4] >= 0 {
				words = text[m[4]:m[5]]
			}
			if err := c.arg(n, words, m[4] >= 0); err != nil {
				return err
			}
			lead = false
			continue
		}
		branches := strings.Split(text[m[6]:m[7]], "|")
		quoted := make([]string, len(branches))
		for i, b := range branches {
			quoted[i] = quoteWords(b, lead)
		}
		lead = lead && slices.Contains(branches, "")
		c.re.WriteString("(?:" + strings.Join(quoted, "|") + ")")
		c.parts = append(c.parts, func([]string) string { return branches[0] })
	}
	c.literal(text[pos:], lead)
	return nil
}

// literal adds words as they are; the first letter of the phrasing is
// matched in either case, so "* Я нажимаю" and "Когда я нажимаю" both match.
func (c *phraseCompiler) literal(s string, first bool) {
	if s == "" {
		return
	}
	c.parts = append(c.parts, func([]string) string { return s })
	c.re.WriteString(quoteWords(s, first))
}

// quoteWords is the regular expression of words as they are, the first
// letter in either case when first is set.
func quoteWords(s string, first bool) string {
	r, size := utf8.DecodeRuneInString(s)
	if !first || unicode.ToUpper(r) == unicode.ToLower(r) {
		return regexp.QuoteMeta(s)
	}
	return "[" + string(unicode.ToUpper(r)) + string(unicode.ToLower(r)) + "]" + regexp.QuoteMeta(s[size:])
}

func (c *phraseCompiler) arg(n int, words string, own bool) error {
	if n < 1 || n > len(c.args) {
		return fmt.Errorf("{%d}: the English pattern has %d arguments", n, len(c.args))
	}
	sl := &c.slots[n-1]
	if sl.groups != nil {
		return fmt.Errorf("{%d} is used twice", n)
	}
	a := c.args[n-1]
	inner := "(" + a.inner + ")"
	if own {
		sl.values, sl.words = map[string]string{}, map[string]string{}
		var alts, english []string
		for _, pair := range strings.Split(words, "|") {
			w, v, ok := strings.Cut(pair, "=")
			if !ok || w == "" {
				return fmt.Errorf("{%d:%s}: want word=value pairs separated by |", n, words)
			}
			sl.values[w] = v
			if _, seen := sl.words[v]; !seen {
				sl.words[v] = w
				english = append(english, v)
			}
			alts = append(alts, regexp.QuoteMeta(w))
		}
		// A quoted argument takes the English values too, as the step's
		// help quotes them; a language's word that is also a value keeps
		// its own meaning.
		for _, v := range english {
			if _, taken := sl.values[v]; a.quoted && !taken {
				sl.values[v] = v
				alts = append(alts, regexp.QuoteMeta(v))
			}
		}
		inner = "(" + strings.Join(alts, "|") + ")"
	}
	if !a.quoted {
		c.groups++
		sl.groups = []int{c.groups - 1}
		c.re.WriteString(inner)
	} else {
		var alts []string
		for _, q := range quoteStyles {
			in := inner
			if a.free && !own {
				in = "(" + q.free + ")"
			}
			alts = append(alts, regexp.QuoteMeta(q.open)+in+regexp.QuoteMeta(q.close))
			c.groups++
			sl.groups = append(sl.groups, c.groups-1)
		}
		// The phrasing's own words are a closed set: they may be written
		// without quotes too («навожу курсор на значок карты»).
		if own {
			alts = append(alts, inner)
			c.groups++
			sl.groups = append(sl.groups, c.groups-1)
		}
		c.re.WriteString("(?:" + strings.Join(alts, "|") + ")")
	}
	quotes := c.quotes
	c.parts = append(c.parts, func(args []string) string {
		v := args[n-1]
		if w, ok := sl.words[v]; ok {
			v = w
		}
		if a.quoted {
			return quotes[0] + v + quotes[1]
		}
		return v
	})
	return nil
}

// renderer writes the phrasing with the given English arguments: its
// first branch of each [a|b], its own word for a value, its quotes.
func (c *phraseCompiler) renderer() func([]string) string {
	parts := slices.Clone(c.parts)
	return func(args []string) string {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p(args))
		}
		return b.String()
	}
}

var (
	ctxType    = reflect.TypeFor[context.Context]()
	stringType = reflect.TypeFor[string]()
	errorType  = reflect.TypeFor[error]()
)

// adaptBind binds a phrasing to the English step's function: godog calls
// it with the phrasing's groups, it calls the English function with the
// English arguments in their order, each taken from the group that holds
// it and said in English, converted as godog converts (int, float, ...).
// A doc string or table after the arguments is passed on as it is.
func adaptBind(bind func(*Scenario) any, slots []argSlot, groups int) func(*Scenario) any {
	return func(s *Scenario) any {
		f := reflect.ValueOf(bind(s))
		ft := f.Type()
		off := 0
		if ft.NumIn() > 0 && ft.In(0) == ctxType {
			off = 1
		}
		in := []reflect.Type{}
		if off == 1 {
			in = append(in, ctxType)
		}
		for range groups {
			in = append(in, stringType)
		}
		for i := off + len(slots); i < ft.NumIn(); i++ {
			in = append(in, ft.In(i))
		}
		out := make([]reflect.Type, ft.NumOut())
		for i := range out {
			out[i] = ft.Out(i)
		}
		nt := reflect.FuncOf(in, out, false)
		return reflect.MakeFunc(nt, func(got []reflect.Value) []reflect.Value {
			call := slices.Clone(got[:off])
			for i, sl := range slots {
				v := ""
				for _, g := range sl.groups {
					if s := got[off+g].String(); s != "" {
						v = s
						break
					}
				}
				if w, ok := sl.values[v]; ok {
					v = w
				}
				cv, err := convertArg(v, ft.In(off+i))
				if err != nil {
					return failWith(nt, err)
				}
				call = append(call, cv)
			}
			return f.Call(append(call, got[off+groups:]...))
		}).Interface()
	}
}

// convertArg converts a step argument as godog would for a parameter of
// type t.
func convertArg(v string, t reflect.Type) (reflect.Value, error) {
	out := reflect.New(t).Elem()
	var err error
	switch t.Kind() {
	case reflect.String:
		out.SetString(v)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var n int64
		if n, err = strconv.ParseInt(v, 10, t.Bits()); err == nil {
			out.SetInt(n)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		var n uint64
		if n, err = strconv.ParseUint(v, 10, t.Bits()); err == nil {
			out.SetUint(n)
		}
	case reflect.Float32, reflect.Float64:
		var n float64
		if n, err = strconv.ParseFloat(v, t.Bits()); err == nil {
			out.SetFloat(n)
		}
	case reflect.Slice:
		if t.Elem().Kind() != reflect.Uint8 {
			return out, fmt.Errorf("cannot pass %q as %s", v, t)
		}
		out.SetBytes([]byte(v))
	default:
		return out, fmt.Errorf("cannot pass %q as %s", v, t)
	}
	if err != nil {
		return out, fmt.Errorf("argument %q: %w", v, err)
	}
	return out, nil
}

// failWith is what a step function of type t returns for err: zero values
// and the error, or a panic with it when t returns no error (godog reports
// a panic of a step as its failure).
func failWith(t reflect.Type, err error) []reflect.Value {
	out := make([]reflect.Value, t.NumOut())
	found := false
	for i := range out {
		out[i] = reflect.Zero(t.Out(i))
		if t.Out(i) == errorType {
			out[i] = reflect.ValueOf(&err).Elem()
			found = true
		}
	}
	if !found {
		panic(err)
	}
	return out
}

// inWordsOf names the steps of the vocabulary with these IDs as the step
// line written writes steps: in the language whose phrasing it matches,
// where the vocabulary has the step in it, as the example of `unbind steps
// --lang` without its keyword ("Ninakubali tahadhari ya kivinjari"); in
// English otherwise. A message that tells a Swahili writer which step to
// write then names it in Swahili.
func inWordsOf(written string, ids ...string) string {
	var own map[string]string
	for _, l := range ownWords() {
		if slices.ContainsFunc(l.patterns, func(re *regexp.Regexp) bool { return re.MatchString(written) }) {
			own = l.examples
			break
		}
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if w := own[id]; w != "" {
			names[i] = w
		}
	}
	return strings.Join(names, ", ")
}

// langWords is one language's phrasings, for inWordsOf: its step
// patterns, and each step's example line without its keyword, by ID.
type langWords struct {
	patterns []*regexp.Regexp
	examples map[string]string
}

// ownWords is every language's langWords but English's, read once (a
// function, not a sync.OnceValue, since the vocabulary's steps call it).
func ownWords() []langWords {
	ownWordsOnce.Do(func() { ownWordsList = readOwnWords() })
	return ownWordsList
}

var (
	ownWordsOnce sync.Once
	ownWordsList []langWords
)

func readOwnWords() []langWords {
	var out []langWords
	for _, lang := range Languages()[1:] {
		p, err := loadPhrasings(lang)
		if err != nil {
			continue
		}
		l := langWords{examples: map[string]string{}}
		for id, ph := range p.byID {
			if re, err := regexp.Compile(ph.step.Pattern); err == nil {
				l.patterns = append(l.patterns, re)
			}
			if _, line, ok := strings.Cut(ph.step.ExampleLine(), " "); ok {
				l.examples[id] = strings.TrimSpace(line)
			}
		}
		out = append(out, l)
	}
	return out
}

// stepNames is inWordsOf the step running now.
func (s *Scenario) stepNames(ids ...string) string {
	written := ""
	if s.current != nil {
		written = s.current.Text
	}
	return inWordsOf(written, ids...)
}
