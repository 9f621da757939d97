package steps

import (
	"regexp/syntax"
	"strings"
)

// ID is the step's stable name, the key of its phrasings in other languages
// (steps/lang): the words of its English pattern with each argument written
// "_" and optional endings and a closing ":" left out, for example `I open _
// in a new tab`, `_ hour pass` or `I fill in`. A step's ID changes only when its English words do. It is
// the ID of a step of the English vocabulary (or of one's own): a step
// Translated returns has the pattern of its language, not the English one.
func (st Step) ID() string {
	re, err := syntax.Parse(st.Pattern, syntax.Perl)
	if err != nil {
		return st.Pattern
	}
	var b strings.Builder
	idWords(&b, re)
	id := strings.Join(strings.Fields(strings.ReplaceAll(b.String(), `"`, " ")), " ")
	return strings.TrimSuffix(id, ":")
}

// idWords writes the words of re: literals as they are, a capture as "_",
// the first branch of an alternation, nothing of what is optional.
func idWords(b *strings.Builder, re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		b.WriteString(string(re.Rune))
	case syntax.OpCapture:
		b.WriteString(" _ ")
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			idWords(b, sub)
		}
	case syntax.OpAlternate, syntax.OpPlus, syntax.OpRepeat:
		idWords(b, re.Sub[0])
	case syntax.OpCharClass:
		if len(re.Rune) == 2 && re.Rune[0] == re.Rune[1] {
			b.WriteRune(re.Rune[0])
		}
	}
}
