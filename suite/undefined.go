package suite

import (
	"bytes"
	"fmt"
	"io"
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
func explainUndefined(w io.Writer, r *record.Run, vocab []steps.Step) {
	said := map[string]bool{}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				if st.Status != record.StatusUndefined {
					continue
				}
				near := nearest(st.Text, vocab, closest)
				st.Error = undefinedReason(near)
				if said[st.Text] {
					continue
				}
				said[st.Text] = true
				fmt.Fprintf(w, "\nunbind: no step matches %q (%s:%d); the closest steps are:\n", strings.TrimSpace(st.Keyword)+" "+st.Text, sc.URI, st.Line)
				for _, s := range near {
					fmt.Fprintf(w, "unbind:     %s\n", s.ExampleLine())
				}
				fmt.Fprintln(w, "unbind:   'unbind steps' lists every step a scenario can use, with an example of each.")
			}
		}
	}
}

func undefinedReason(near []steps.Step) string {
	ex := make([]string, len(near))
	for i, s := range near {
		ex[i] = s.ExampleLine()
	}
	return "no step of the vocabulary matches this text; the closest are: " + strings.Join(ex, " | ") + " ('unbind steps' lists them all)"
}

// nearest are the n steps whose example reads most like text: by the
// number of words to change, quoted values and numbers counting as one
// word whatever they say.
func nearest(text string, vocab []steps.Step, n int) []steps.Step {
	want := words(text)
	type scored struct {
		st   steps.Step
		dist int
	}
	var all []scored
	for _, st := range vocab {
		all = append(all, scored{st, editdist.Of(want, words(exampleText(st.ExampleLine())))})
	}
	slices.SortStableFunc(all, func(a, b scored) int { return a.dist - b.dist })
	out := make([]steps.Step, 0, n)
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.st)
	}
	return out
}

var (
	keyword = regexp.MustCompile(`^\s*(Given|When|Then|And|But|\*)\s+`)
	quoted  = regexp.MustCompile(`"[^"]*"|«[^»]*»|“[^”]*”|„[^“]*“`)
	number  = regexp.MustCompile(`\b\d+\b`)
)

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
