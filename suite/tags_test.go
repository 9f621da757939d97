package suite

import (
	"errors"
	"strings"
	"testing"
)

// TestTagExpressions: cucumber's syntax as cucumber reads it, godog's older
// syntax translated, and every mistake refused at its column.
func TestTagExpressions(t *testing.T) {
	p1 := []string{"@P1"}
	p1wip := []string{"@P1", "@wip"}
	p1ru := []string{"@P1", "@locale:ru_RU"}
	p2 := []string{"@P2"}
	none := []string{}
	tests := []struct {
		why    string
		expr   string
		norm   string     // String(): as cucumber writes it
		old    bool       // godog's older syntax, translated
		yes    [][]string // tag sets it selects
		no     [][]string // tag sets it leaves out
		col    int        // the column of the error, when it is refused
		reason string     // part of the error
	}{
		{why: "no expression selects everything", expr: "", yes: [][]string{none, p1}},
		{why: "one tag", expr: "@P1", norm: "@P1", yes: [][]string{p1, p1wip}, no: [][]string{p2, none}},
		{why: "the issue's own example", expr: "@P1 and not (@wip or @locale:ru_RU)", norm: "@P1 and not (@wip or @locale:ru_RU)",
			yes: [][]string{p1}, no: [][]string{p1wip, p1ru, p2}},
		{why: "not binds tighter than and", expr: "not @wip and @P1", norm: "not @wip and @P1", yes: [][]string{p1}, no: [][]string{p1wip, none}},
		{why: "and binds tighter than or", expr: "@P2 or @P1 and @wip", norm: "@P2 or @P1 and @wip",
			yes: [][]string{p2, p1wip}, no: [][]string{p1}},
		{why: "parentheses change it", expr: "(@P2 or @P1) and @wip", norm: "(@P2 or @P1) and @wip",
			yes: [][]string{p1wip}, no: [][]string{p2, p1}},
		{why: "not of not", expr: "not not @P1", norm: "not not @P1", yes: [][]string{p1}, no: [][]string{p2}},
		{why: "parentheses need no spaces", expr: "(@P1)and(not@x)", reason: `"not@x" is not a tag`, col: 10},
		{why: "an escaped parenthesis is part of the tag", expr: `@a\(1\)`, norm: `@a\(1\)`, yes: [][]string{{"@a(1)"}}, no: [][]string{{"@a"}}},
		{why: "many spaces", expr: "  @P1   or\t@P2 ", norm: "@P1 or @P2", yes: [][]string{p1, p2}, no: [][]string{none}},

		{why: "godog's either", expr: "@P1,@P2", norm: "@P1 or @P2", old: true, yes: [][]string{p1, p2}, no: [][]string{none}},
		{why: "godog's both and not", expr: "@P1 && ~@wip", norm: "@P1 and not @wip", old: true, yes: [][]string{p1}, no: [][]string{p1wip}},
		{why: "godog's && of lists", expr: "@P1,@P2 && ~@wip", norm: "(@P1 or @P2) and not @wip", old: true,
			yes: [][]string{p1, p2}, no: [][]string{p1wip, none}},
		{why: "godog's negation alone", expr: "~@locale:ru_RU", norm: "not @locale:ru_RU", old: true, yes: [][]string{p1}, no: [][]string{p1ru}},

		{why: "two tags and no operator", expr: "@a @b", col: 4, reason: `want "and", "or" or the end before "@b"`},
		{why: "an operator with nothing after it", expr: "@a and", col: 7, reason: "the expression ends where a tag"},
		{why: "two operators", expr: "@a and or @b", col: 8, reason: `want a tag, "not" or "(" where "or" is`},
		{why: "not at the end", expr: "@a and not", col: 11, reason: "the expression ends"},
		{why: "a parenthesis never closed", expr: "@a and (@b or @c", col: 8, reason: `this "(" is never closed`},
		{why: "a parenthesis closing nothing", expr: "(@a) )", col: 6, reason: `this ")" closes no "("`},
		{why: "two tags in parentheses", expr: "(@a @b)", col: 5, reason: `want "and", "or" or ")" before "@b"`},
		{why: "a tag without its @ would match nothing", expr: "@a or P1", col: 7, reason: `"P1" is not a tag; tags start with @: did you mean @P1?`},
		{why: "an @ alone", expr: "@", col: 1, reason: `"@" is not a tag`},
		{why: "an escape of a letter", expr: `@a or \b`, col: 7, reason: "a backslash escapes only"},
		{why: "a backslash at the end", expr: `@a\`, col: 3, reason: "ends in a backslash"},
		{why: "an empty parenthesis", expr: "()", col: 2, reason: `want a tag, "not" or "(" where ")" is`},
		{why: "a column counts characters, not bytes", expr: "@тег @b", col: 6, reason: `before "@b"`},

		{why: "godog's list ending in a comma", expr: "@P1,", col: 5, reason: "a tag should be here"},
		{why: "godog's && with nothing after it", expr: "@P1 && ", col: 8, reason: "a tag should be here"},
		{why: "godog's bare negation", expr: "~", col: 2, reason: `"" is not a tag`},
		{why: "godog's negation of a word", expr: "@a && ~wip", col: 8, reason: `did you mean @wip?`},
		{why: "two tags in one of godog's terms", expr: "@a @b,@c", col: 1, reason: `"@a @b" is not one tag`},
		{why: "both syntaxes at once", expr: "@a && not @b", col: 7, reason: `"not" is cucumber's syntax`},
	}
	for _, tt := range tests {
		e, err := ParseTags(tt.expr)
		if tt.reason != "" {
			var te *TagError
			if !errors.As(err, &te) || te.Column != tt.col || !strings.Contains(te.Reason, tt.reason) {
				t.Errorf("%s: ParseTags(%q) = %v; want column %d: …%s…", tt.why, tt.expr, err, tt.col, tt.reason)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ParseTags(%q): %v", tt.why, tt.expr, err)
			continue
		}
		if e.String() != tt.norm || e.Old() != tt.old {
			t.Errorf("%s: ParseTags(%q) reads as %q (old %v), want %q (old %v)", tt.why, tt.expr, e.String(), e.Old(), tt.norm, tt.old)
		}
		for _, tags := range tt.yes {
			if !e.Match(tags) {
				t.Errorf("%s: %q does not select %v", tt.why, tt.expr, tags)
			}
		}
		for _, tags := range tt.no {
			if e.Match(tags) {
				t.Errorf("%s: %q selects %v", tt.why, tt.expr, tags)
			}
		}
	}
}

// FuzzTags: no expression panics the parser, and one it reads means the
// same written as String writes it.
func FuzzTags(f *testing.F) {
	for _, s := range []string{"@P1", "@P1,@P3", "@P1 && ~@wip", "not (@a or @b) and @c", `@a\ b`, "((@a))", "@a,", "~", "@a and", ")("} {
		f.Add(s)
	}
	sets := [][]string{{}, {"@a"}, {"@b"}, {"@c"}, {"@a", "@b"}, {"@a", "@c"}, {"@P1"}, {"@P3", "@wip"}}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := ParseTags(src)
		if err != nil {
			var te *TagError
			if !errors.As(err, &te) || te.Column < 1 || te.Column > len([]rune(src))+1 {
				t.Fatalf("ParseTags(%q) = %v: want a TagError inside the expression", src, err)
			}
			return
		}
		again, err := ParseTags(e.String())
		if err != nil {
			t.Fatalf("%q reads as %q, which does not parse: %v", src, e.String(), err)
		}
		for _, tags := range sets {
			if e.Match(tags) != again.Match(tags) {
				t.Errorf("%q and %q disagree on %v", src, e.String(), tags)
			}
		}
	})
}

// A tag the expression names that no scenario has is said, with the
// nearest tag scenarios have; a profile is said to be joined with others
// in tags the expression does not select.
func TestTagHints(t *testing.T) {
	seen := map[string]bool{"@planted": true, "@P1": true, "@profile:editing-card": true, "@profile:editing-card+wallet-sign-in": true}
	for _, tt := range []struct {
		expr string
		want []string
	}{
		{"@plantd", []string{"names @plantd, which no scenario of these paths has (did you mean @planted?)"}},
		{"@P1 and not @planted", nil},
		{"@zzzzzzzz", []string{"names @zzzzzzzz, which no scenario of these paths has"}},
		{"@profile:editing-card", []string{"@profile:editing-card+wallet-sign-in join it with other profiles", "@profile:editing-card or @profile:editing-card+wallet-sign-in selects them too"}},
		{"@profile:wallet-sign-in", []string{"names @profile:wallet-sign-in, which no scenario of these paths has; @profile:editing-card+wallet-sign-in join it"}},
	} {
		e, err := ParseTags(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(e.unknown(seen, nil), "\n")
		if len(tt.want) == 0 && got != "" {
			t.Errorf("%s: hints %q, want none", tt.expr, got)
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: hints %q, want %q among them", tt.expr, got, w)
			}
		}
	}
}
