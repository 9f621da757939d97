package article

import (
	"regexp"
	"strings"
)

// quoted finds the labels a step is written with, in any of the quotation
// marks the articles' languages use: "", «», “”.
var quoted = regexp.MustCompile(`"([^"]+)"|«([^»]+)»|“([^”]+)”`)

// StepLabels are the quoted labels in a step's text, in order.
func StepLabels(text string) []string {
	var out []string
	for _, m := range quoted.FindAllStringSubmatch(text, -1) {
		for _, g := range m[1:] {
			if g != "" {
				out = append(out, g)
				break
			}
		}
	}
	return out
}

// StepLines says which line of the article each step of a scenario that
// follows it stands for, given the lines the scenario cites and each
// step's labels (StepLabels). Steps follow the article: a step stands for
// the first cited line, at or after the previous step's, that quotes one
// of its labels whole (as the article names a button: «далее»), else the
// first that quotes it within a longer label, else the first that holds
// one in a sentence, else (a caption, a heading) in any line; a step with no label found there, right after one that had,
// stands for the next cited line when a later step's line is further on
// (or no later step has one), else (and any other step without one) for
// the previous step's line. A step before any line is found stands for the
// first cited line. 0 when the
// scenario cites no line of the article.
func (a *Article) StepLines(cited []LineRange, labels [][]string) []int {
	var lines []int
	for _, lr := range cited {
		for n := lr.From; n <= min(lr.To, len(a.Lines)); n++ {
			lines = append(lines, n)
		}
	}
	out := make([]int, len(labels))
	if len(lines) == 0 {
		return out
	}
	found := make([]int, len(labels)) // index into lines, -1 when no label is found
	at := 0
	for i, ls := range labels {
		found[i] = -1
		for _, holds := range []func(string, []string) bool{quotesWhole, quotesAny, holdsInSentence, holdsAny} {
			for j := at; j < len(lines) && found[i] < 0; j++ {
				if holds(a.Lines[lines[j]-1], ls) {
					found[i] = j
				}
			}
		}
		at = max(at, found[i])
	}
	prev, moved := -1, false
	for i := range labels {
		switch {
		case found[i] >= 0:
			prev, moved = found[i], false
		case prev < 0:
			prev, moved = 0, true
		case !moved && prev+1 < len(lines) && nextFound(found[i+1:], prev) != prev:
			prev, moved = prev+1, true
		}
		out[i] = lines[prev]
	}
	return out
}

// nextFound is the line index of the next step whose label was found, or
// one past prev when none is (the article goes on after prev).
func nextFound(found []int, prev int) int {
	for _, f := range found {
		if f >= 0 {
			return f
		}
	}
	return prev + 1
}

// Holds says whether line holds one of labels, in any case, without the
// dots an article cuts a label short with.
func Holds(line string, labels []string) bool { return holdsAny(line, labels) }

func holdsAny(line string, labels []string) bool {
	l := strings.ToLower(line)
	for _, s := range labels {
		if s = strings.ToLower(strings.TrimSpace(strings.Trim(s, "…."))); s != "" && strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// quotesAny says whether line quotes one of labels: holds it within
// quotation marks.
func quotesAny(line string, labels []string) bool {
	for _, q := range StepLabels(line) {
		if holdsAny(q, labels) {
			return true
		}
	}
	return false
}

// holdsInSentence says whether line holds one of labels and ends as a
// sentence does: an instruction, not the caption of a picture or a
// heading ("Entering the account: we open AliExpress").
func holdsInSentence(line string, labels []string) bool {
	return holdsAny(line, labels) && endsSentence.MatchString(strings.TrimSpace(line))
}

// endsSentence is the end of a line that ends a sentence.
var endsSentence = regexp.MustCompile(`[.!?।]["»”)]*$`)

// quotesWhole says whether line quotes one of labels as the whole of a
// quotation: "Futa", not "Futa kadi", for the label Futa.
func quotesWhole(line string, labels []string) bool {
	for _, q := range StepLabels(line) {
		q = strings.ToLower(strings.TrimSpace(strings.Trim(q, "….")))
		for _, l := range labels {
			if l = strings.ToLower(strings.TrimSpace(strings.Trim(l, "…."))); l != "" && q == l {
				return true
			}
		}
	}
	return false
}

// StepLine is the line of the article c cites that step k of a scenario
// stands for (StepLines), given the texts of the scenario's steps, and
// that line's text; 0 and "" when the folder does not hold the article or
// the citation names no lines.
func (l *Library) StepLine(c Citation, steps []string, k int) (int, string) {
	name, ok := l.Find(c)
	if !ok || len(c.Lines) == 0 || k < 0 || k >= len(steps) {
		return 0, ""
	}
	a, err := l.Article(name)
	if err != nil {
		return 0, ""
	}
	labels := make([][]string, len(steps))
	for i, s := range steps {
		labels[i] = StepLabels(s)
	}
	n := a.StepLines(c.Lines, labels)[k]
	if n <= 0 || n > len(a.Lines) {
		return 0, ""
	}
	return n, a.Lines[n-1]
}

// sentenceEnd ends a sentence in the articles' languages: . ! ? and the
// Devanagari danda, before a space or the end.
var sentenceEnd = regexp.MustCompile(`[.!?।]+["»”]?(\s+|$)`)

// Sentence is the sentence of line that holds one of labels (StepLabels of
// a step), or the line's first sentence when none does: what a reader
// looks for in a long line of an article.
func Sentence(line string, labels []string) string {
	var sentences []string
	at := 0
	for _, m := range sentenceEnd.FindAllStringIndex(line, -1) {
		sentences = append(sentences, strings.TrimSpace(line[at:m[1]]))
		at = m[1]
	}
	if rest := strings.TrimSpace(line[at:]); rest != "" {
		sentences = append(sentences, rest)
	}
	if len(sentences) == 0 {
		return strings.TrimSpace(line)
	}
	for _, holds := range []func(string, []string) bool{quotesWhole, quotesAny, holdsAny} {
		for _, s := range sentences {
			if holds(s, labels) {
				return s
			}
		}
	}
	return sentences[0]
}

// StepSource is the line of an article a step stands for: which of the
// citations it comes from (an index), the article's file name, the line
// and the sentence of it that holds the step's own words.
type StepSource struct {
	Citation int
	Name     string
	Line     int
	Sentence string
}

// StepSentence is where in the articles cs cite step k of a scenario comes
// from, given the texts of the scenario's steps: the first citation one of
// whose lines holds the step's own words. ok is false when none does, for
// the line of a step without its words is a guess from its neighbours.
func (l *Library) StepSentence(cs []Citation, steps []string, k int) (src StepSource, ok bool) {
	if k < 0 || k >= len(steps) {
		return StepSource{}, false
	}
	labels := StepLabels(steps[k])
	for i, c := range cs {
		n, text := l.StepLine(c, steps, k)
		if n <= 0 || !Holds(text, labels) {
			continue
		}
		name, _ := l.Find(c)
		return StepSource{Citation: i, Name: name, Line: n, Sentence: Sentence(text, labels)}, true
	}
	return StepSource{}, false
}
