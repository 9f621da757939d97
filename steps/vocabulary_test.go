package steps

import (
	"regexp"
	"strings"
	"testing"
)

// Every example `unbind steps` prints must be a line a writer can paste into
// a scenario: it matches its own pattern and no other (godog would call the
// step ambiguous otherwise).
func TestVocabularyExamplesMatchExactlyTheirOwnPattern(t *testing.T) {
	vocab := Vocabulary()
	res := make([]*regexp.Regexp, len(vocab))
	for i, st := range vocab {
		res[i] = regexp.MustCompile(st.Pattern)
	}
	for i, st := range vocab {
		text := stripKeyword(st.ExampleLine())
		var matched []string
		for j, re := range res {
			if re.MatchString(text) {
				matched = append(matched, vocab[j].Pattern)
			}
		}
		if len(matched) != 1 || matched[0] != vocab[i].Pattern {
			t.Errorf("example %q matches %q, want only %q", st.Example, matched, st.Pattern)
		}
		if st.Help == "" || st.Group == "" {
			t.Errorf("step %q has no help or group", st.Pattern)
		}
	}
}

func stripKeyword(line string) string {
	for _, kw := range []string{"Given ", "When ", "Then ", "And ", "But "} {
		if strings.HasPrefix(line, kw) {
			return strings.TrimPrefix(line, kw)
		}
	}
	return line
}
