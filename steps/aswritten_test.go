package steps

import (
	"regexp"
	"slices"
	"testing"
)

// A line is matched as writers type it: ending its sentence with "." or
// the danda, and with the anusvara where the phrasing has the chandrabindu.
func TestStepsMatchLinesAsWritten(t *testing.T) {
	hi, err := Translated("hi")
	if err != nil {
		t.Fatal(err)
	}
	all := append(Vocabulary(), hi...)
	for line, as := range map[string]string{
		`मैं AliExpress में लॉग इन हूं`:   `मैं AliExpress में लॉग इन हूँ`,
		`"ओके" पर क्लिक करें।`:            `"ओके" पर क्लिक करें`,
		`"My AliExpress" पर माउस ले जाएं`: `"My AliExpress" पर माउस ले जाएँ`,
		`I click "Remove card".`:          `I click "Remove card"`,
		// ख़ written as one letter and as two, ड़ as one letter
		`ख़रीदार के खाते से कोई कार्ड नहीं जुड़ा होना चाहिए`:   `खरीदार के खाते से कोई कार्ड नहीं जुड़ा होना चाहिए`,
		`ख़रीदार के खाते से कोई कार्ड नहीं जुड़ा होना चाहिए`: `खरीदार के खाते से कोई कार्ड नहीं जुड़ा होना चाहिए`,
	} {
		var want, got []string
		for _, st := range all {
			if regexp.MustCompile(st.Pattern).MatchString(as) {
				want = append(want, st.ID())
			}
			if regexp.MustCompile(asWritten(st.Pattern)).MatchString(line) {
				got = append(got, st.ID())
			}
		}
		if len(want) != 1 || !slices.Equal(got, want) {
			t.Errorf("%q matches %v, want %v, as %q does", line, got, want, as)
		}
	}
}
