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
		text := stripKeyword(st.Example)
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

func TestParseCards(t *testing.T) {
	tests := []struct {
		why, in string
		want    string
		err     bool
	}{
		{"brand and last four", "Visa 4242", "Visa •••• 4242", false},
		{"several, masked form accepted", "Visa 4242, MasterCard •••• 5454", "Visa •••• 4242|MasterCard •••• 5454", false},
		{"empty list means none", "", "", false},
		{"digits missing", "Visa", "", true},
		{"more than four digits is a full number, refused", "Visa 4242424242424242", "", true},
	}
	for _, tt := range tests {
		got, err := parseCards(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("%s: parseCards(%q) error = %v, want error %v", tt.why, tt.in, err, tt.err)
			continue
		}
		var masked []string
		for _, c := range got {
			masked = append(masked, c.masked())
		}
		if s := strings.Join(masked, "|"); s != tt.want {
			t.Errorf("%s: parseCards(%q) = %q, want %q", tt.why, tt.in, s, tt.want)
		}
	}
}
