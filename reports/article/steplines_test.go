package article

import (
	"slices"
	"testing"
)

func TestStepLabels(t *testing.T) {
	got := StepLabels(`I click "Hapus" next to «Kartu Visa» and “OK”`)
	if want := []string{"Hapus", "Kartu Visa", "OK"}; !slices.Equal(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
}

// Each step stands for the article line that holds its label, in the
// article's order; a step without one for the line after the previous
// step's when the article moves on before the next labelled step.
func TestStepLines(t *testing.T) {
	a := &Article{Lines: []string{
		"How to take a card off",              // 1
		"Open the menu and pick «My Wallet».", // 2
		"",                                    // 3
		"Press «Edit», then «Remove» next to the card.", // 4
		"A box asks you to be sure: press OK.",          // 5
		"The card is gone.",                             // 6
	}}
	cited := []LineRange{{2, 2}, {4, 6}}
	steps := [][]string{
		nil,                          // a Given
		{"My Wallet"},                // 2
		{"Edit"},                     // 4
		{"Visa •••• 4242", "remove"}, // 4: the card is not in the text, "Remove" is
		nil,                          // the browser's alert: the next line, 5
		{"Visa •••• 4242"},           // not in the article: stays at 5
	}
	got := a.StepLines(cited, steps)
	if want := []int{2, 2, 4, 4, 5, 5}; !slices.Equal(got, want) {
		t.Errorf("step lines %v, want %v", got, want)
	}
	if got := a.StepLines(nil, steps); !slices.Equal(got, make([]int, len(steps))) {
		t.Errorf("with no line cited, step lines %v, want all 0", got)
	}
	// A label cut short with "…" matches the line that holds its start.
	if got := a.StepLines(cited, [][]string{{"Press «Edit»…"}, {"pick «My…"}}); got[0] != 4 {
		t.Errorf("step lines %v, want the first at 4", got)
	}
}

// A label the article quotes («Next») is the line a step stands for, not
// an earlier one that has the same word in its prose ("Next, open …").
func TestStepLinesPreferTheQuotedLabel(t *testing.T) {
	a := &Article{Lines: []string{
		"Next, open the link in the letter.",     // 1
		"Fill in your details.",                  // 2
		"Then press «next» at the bottom. Done.", // 3
	}}
	got := a.StepLines([]LineRange{{1, 3}}, [][]string{{"next"}})
	if !slices.Equal(got, []int{3}) {
		t.Errorf("step lines %v, want [3], the line that quotes the label", got)
	}
	// A sentence before the caption of a picture that has the same words.
	c := &Article{Lines: []string{"Entering the account: we open the site", "Open the account on the right."}}
	if got := c.StepLines([]LineRange{{1, 2}}, [][]string{{"the account"}}); !slices.Equal(got, []int{2}) {
		t.Errorf("step lines %v, want [2], the sentence rather than the caption", got)
	}
	// A label quoted whole before one it is part of: «Delete», not «Delete card».
	b := &Article{Lines: []string{"Find the «Delete card» link.", "Then press «Delete» in the box."}}
	if got := b.StepLines([]LineRange{{1, 2}}, [][]string{{"Delete"}}); !slices.Equal(got, []int{2}) {
		t.Errorf("step lines %v, want [2], the line that quotes the label whole", got)
	}
	if s := Sentence("Next, press it. Then press «next».", []string{"next"}); s != "Then press «next»." {
		t.Errorf("Sentence = %q, want the sentence that quotes the label", s)
	}
}

func TestSentence(t *testing.T) {
	line := `After signing in you may change your details. To remove a card, press "Edit" next to it. Then confirm.`
	for _, tt := range []struct {
		labels []string
		want   string
	}{
		{[]string{"Edit"}, `To remove a card, press "Edit" next to it.`},
		{nil, "After signing in you may change your details."},
		{[]string{"edit"}, `To remove a card, press "Edit" next to it.`},
	} {
		if got := Sentence(line, tt.labels); got != tt.want {
			t.Errorf("Sentence(%v) = %q, want %q", tt.labels, got, tt.want)
		}
	}
	hindi := `पहले लॉग इन करें। फिर "डिलीट" बटन पर क्लिक करें। कार्ड हट जाएगा।`
	if got := Sentence(hindi, []string{"डिलीट"}); got != `फिर "डिलीट" बटन पर क्लिक करें।` {
		t.Errorf("the Hindi sentence: %q", got)
	}
}
