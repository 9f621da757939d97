package redact

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

const (
	// cardDots comes before the last four digits a masked card number keeps.
	cardDots = "•••• "
	// CVVMask is what a CVV is masked to.
	CVVMask = "•••"
)

// Card numbers have 13 to 19 digits.
const minCard, maxCard = 13, 19

// Text is s with its card numbers and CVVs masked (see the package
// documentation). A CVV label quoted anywhere in s makes every quoted value
// of 3 or 4 digits in s a CVV: give it one step, or one error, at a time;
// Lines takes a text line by line.
func Text(s string) string {
	out, _ := text(s)
	return out
}

// text is Text, and the CVVs it masked.
func text(s string) (string, []string) {
	return maskCVVs(maskCards(s))
}

// known masks, in a text Text masked already, the values some context
// showed to be CVVs, wherever they stand alone as a number.
func known(s string, cvvs []string) string {
	if len(cvvs) == 0 {
		return s
	}
	for _, v := range cvvs {
		for from := 0; ; {
			i := strings.Index(s[from:], v)
			if i < 0 {
				break
			}
			i += from
			end := i + len(v)
			if !wordBefore(s, i) && !wordAfter(s, end) { // a number of its own
				s = s[:i] + CVVMask + s[end:]
				end = i + len(CVVMask)
			}
			from = end
		}
	}
	return s
}

// maskCards masks the card numbers of s.
func maskCards(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		groups := digitGroups(s, i)
		end := groups[len(groups)-1].end
		if orderBefore(s, i) { // an order's number, which may pass Luhn's check as well
			i = end
			continue
		}
		lo, hi := 0, len(groups)-1
		if wordBefore(s, i) { // glued to a word: not a number of its own
			lo++
		}
		if wordAfter(s, end) {
			hi--
		}
		for k := lo; k <= hi; {
			m := cardAt(s, groups, k, hi)
			if m < 0 {
				k++
				continue
			}
			b.WriteString(s[last:groups[k].start])
			d := digitsOf(s[groups[k].start:groups[m].end])
			b.WriteString(cardDots + d[len(d)-4:])
			last = groups[m].end
			k = m + 1
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// span is a run of bytes [start, end) of a string.
type span struct{ start, end int }

// digitGroups are the runs of digits of s from i on that single
// separators (a space, a dash, a no-break space) join.
func digitGroups(s string, i int) []span {
	var groups []span
	for {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		groups = append(groups, span{i, j})
		n := separatorAt(s, j)
		if n == 0 || j+n >= len(s) || !isDigit(s[j+n]) {
			return groups
		}
		i = j + n
	}
}

// separatorAt is the length of the separator of digit groups at s[i], 0
// when there is none.
func separatorAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == ' ' || s[i] == '-' {
		return 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u00a0', '\u2007', '\u2009', '\u202f', '\u2011': // no-break, figure, thin spaces; no-break hyphen
		return n
	}
	return 0
}

// cardAt is the last group m (k ≤ m ≤ hi), the furthest first, such that
// the groups k to m are a card number; -1 when there is none.
func cardAt(s string, groups []span, k, hi int) int {
	for m := hi; m >= k; m-- {
		d := digitsOf(s[groups[k].start:groups[m].end])
		if len(d) >= minCard && len(d) <= maxCard && luhn(d) {
			return m
		}
	}
	return -1
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// luhn reports whether the digits d pass the Luhn check.
func luhn(d string) bool {
	sum, double := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			if n *= 2; n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWord reports whether r belongs to a word: a letter, a digit, a mark of
// a letter (Devanagari's vowel signs) or an underscore.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

// orderWords name an order just before its number, in the articles'
// languages: "Order 8852…", "Order number: 8852…", "заказ № 8852…".
var orderWords = []string{"order", "order number", "order no.", "order id", "заказ", "заказа", "номер заказа", "pesanan", "nomor pesanan", "oda", "nambari ya oda", "ऑर्डर", "ऑर्डर नंबर"}

// orderBefore reports whether the number at s[i] follows a word that names
// an order ("Order number: "), spaces, a colon, № or # between.
func orderBefore(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \u00a0:#№")
	if len(before) == len(s[:i]) && i > 0 {
		return false // glued to what precedes it
	}
	low := strings.ToLower(before)
	for _, w := range orderWords {
		if strings.HasSuffix(low, w) {
			r, _ := utf8.DecodeLastRuneInString(low[:len(low)-len(w)])
			if len(low) == len(w) || !isWord(r) {
				return true
			}
		}
	}
	return false
}

func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && isWord(r)
}

func wordAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && isWord(r)
}

// cvvValue reports whether s, spaces aside, is a value a CVV could be: 3
// or 4 digits.
func cvvValue(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || len(s) > 4 {
		return false
	}
	for i := range len(s) {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// runeSpan is a run of runes [start, end) of a []rune.
type runeSpan struct{ start, end int }

// labelsIn are where the CVV labels are in rs, first first.
func labelsIn(rs []rune) []runeSpan {
	var out []runeSpan
	for i := 0; i < len(rs); i++ {
		if i > 0 && isWord(rs[i-1]) {
			continue
		}
		if n := labelAt(rs, i); n > 0 {
			out = append(out, runeSpan{i, i + n})
			i += n - 1
		}
	}
	return out
}

// lowerLabels are CVVLabels in lower case, as runes.
var lowerLabels = sync.OnceValue(func() [][]rune {
	out := make([][]rune, len(CVVLabels))
	for i, l := range CVVLabels {
		out[i] = []rune(strings.ToLower(l))
	}
	return out
})

// labelAt is the length in runes of the longest CVV label that starts at
// rs[i] and ends a word, 0 when none does.
func labelAt(rs []rune, i int) int {
	best := 0
	for _, l := range lowerLabels() {
		if len(l) <= best || i+len(l) > len(rs) {
			continue
		}
		match := true
		for k, r := range l {
			if unicode.ToLower(rs[i+k]) != r {
				match = false
				break
			}
		}
		if match && (i+len(l) == len(rs) || !isWord(rs[i+len(l)])) {
			best = len(l)
		}
	}
	return best
}

// IsCVVLabel reports whether s names a CVV: it has a CVV label in it.
func IsCVVLabel(s string) bool {
	return len(labelsIn([]rune(s))) > 0
}

// quotes are the quotation marks a step's values are written in, each
// opening one with its closing one.
var quotes = map[rune]rune{'"': '"', '«': '»', '“': '”', '„': '“'}

// quoted are the insides of the quoted strings of rs.
func quoted(rs []rune) []runeSpan {
	var out []runeSpan
	for i := 0; i < len(rs); i++ {
		closing, ok := quotes[rs[i]]
		if !ok {
			continue
		}
		for j := i + 1; j < len(rs); j++ {
			if rs[j] == closing {
				out = append(out, runeSpan{i + 1, j})
				i = j
				break
			}
		}
	}
	return out
}

// labelGap are the characters that may stand between a CVV label and its
// value in a text: "CVV: 123", "CVV/CVC = 123", "CVV (123)".
const labelGap = " \t:=-–—/()[]\"'«»“”„,.\u00a0"

// maskCVVs masks the CVVs of s by their context: a quoted CVV label makes
// every quoted value in s a CVV, and a value right after a label is one.
// It returns the values it masked too.
func maskCVVs(s string) (string, []string) {
	if !hasDigitRun(s, 3) {
		return s, nil
	}
	rs := []rune(s)
	labels := labelsIn(rs)
	if len(labels) == 0 {
		return s, nil
	}
	var values []runeSpan
	qs := quoted(rs)
	for _, q := range qs {
		if IsCVVLabel(string(rs[q.start:q.end])) {
			for _, v := range qs {
				if cvvValue(string(rs[v.start:v.end])) {
					values = append(values, trimmed(rs, v))
				}
			}
			break
		}
	}
	for _, l := range labels {
		if v, ok := valueAfter(rs, l.end, labels); ok {
			values = append(values, v)
		}
	}
	if len(values) == 0 {
		return s, nil
	}
	masked := make([]bool, len(rs))
	var found []string
	for _, v := range values {
		if !masked[v.start] {
			found = append(found, string(rs[v.start:v.end]))
		}
		for i := v.start; i < v.end; i++ {
			masked[i] = true
		}
	}
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if !masked[i] {
			b.WriteRune(rs[i])
			continue
		}
		b.WriteString(CVVMask)
		for i+1 < len(rs) && masked[i+1] {
			i++
		}
	}
	return b.String(), found
}

// valueAfter is the CVV value that follows a label ending at rs[i], past
// the marks and other labels between: "CVV/CVC: 123".
func valueAfter(rs []rune, i int, labels []runeSpan) (runeSpan, bool) {
	gap := 0
	for i < len(rs) && gap < 8 {
		if strings.ContainsRune(labelGap, rs[i]) {
			i, gap = i+1, gap+1
			continue
		}
		if n := labelStartingAt(labels, i); n > 0 {
			i = n
			continue
		}
		break
	}
	j := i
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		j++
	}
	if n := j - i; n < 3 || n > 4 || (j < len(rs) && isWord(rs[j])) || (i > 0 && isWord(rs[i-1])) {
		return runeSpan{}, false
	}
	return runeSpan{i, j}, true
}

// labelStartingAt is the end of the label that starts at i, 0 when none
// does.
func labelStartingAt(labels []runeSpan, i int) int {
	for _, l := range labels {
		if l.start == i {
			return l.end
		}
	}
	return 0
}

// trimmed is the span without the spaces around it.
func trimmed(rs []rune, v runeSpan) runeSpan {
	for v.start < v.end && unicode.IsSpace(rs[v.start]) {
		v.start++
	}
	for v.end > v.start && unicode.IsSpace(rs[v.end-1]) {
		v.end--
	}
	return v
}

// hasDigitRun reports whether s has n digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := range len(s) {
		if isDigit(s[i]) {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
