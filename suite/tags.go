package suite

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/unbind/unbind/internal/editdist"
)

// TagExpr is a tag expression, parsed once: which scenarios a run selects
// by their tags (the feature's, the rule's, the examples' and their own).
// It reads the expressions cucumber writes, "@P1 and not (@wip or
// @locale:ru_RU)", with and, or, not and parentheses (not binds tightest,
// then and, then or), and godog's older syntax, "@P1,@P3" (either) and
// "@P1 && ~@wip" (both), which it translates. The zero TagExpr selects
// every scenario.
type TagExpr struct {
	src, norm string
	old       bool
	root      tagNode
}

// TagError is a tag expression that does not parse: Column, counted in
// characters from 1, is where it goes wrong (one past the end when it ends
// too soon).
type TagError struct {
	Expr   string
	Column int
	Reason string
}

func (e *TagError) Error() string {
	return fmt.Sprintf("tag expression %q, column %d: %s", e.Expr, e.Column, e.Reason)
}

// ParseTags parses a tag expression; "" selects every scenario.
func ParseTags(src string) (*TagExpr, error) {
	toks, err := tagTokens(src)
	if err != nil {
		return nil, err
	}
	e := &TagExpr{src: src}
	if isOldSyntax(toks) {
		e.old = true
		e.root, err = parseOldTags(src, toks)
	} else if len(toks) > 0 {
		p := &tagParser{src: src, toks: toks}
		e.root, err = p.expr()
	}
	if err != nil {
		return nil, err
	}
	e.norm = tagString(e.root, 0)
	return e, nil
}

// Match says whether a scenario with these tags (names with their @) is
// selected.
func (e *TagExpr) Match(tags []string) bool {
	if e == nil || e.root == nil {
		return true
	}
	set := map[string]bool{}
	for _, t := range tags {
		set[t] = true
	}
	return e.root.match(set)
}

// String is the expression as cucumber writes it.
func (e *TagExpr) String() string {
	if e == nil {
		return ""
	}
	return e.norm
}

// unknown says of each tag the expression names that is not among seen
// (the tags of the scenarios it was matched against) that no scenario
// has it, with the seen tag nearest to it; and of a profile, the seen
// tags that join it with others, which it does not select (@profile:a+b
// runs under profile a, but a tag expression matches tags whole).
//
// empty are the tags of Examples tables without rows, by their place: such
// a tag is said to be one, since no scenario can have it.
func (e *TagExpr) unknown(seen map[string]bool, empty map[string]string) []string {
	if e == nil || e.root == nil {
		return nil
	}
	var out []string
	for _, lit := range literals(e.root) {
		var joined []string
		best, bestD := "", max(2, len([]rune(lit))/4)+1
		for t := range seen {
			if p, ok := strings.CutPrefix(lit, "@profile:"); ok {
				if q, ok := strings.CutPrefix(t, "@profile:"); ok && q != p && slices.Contains(strings.Split(q, "+"), p) {
					joined = append(joined, t)
				}
			}
			if d := editdist.Runes(lit, t); d < bestD || d == bestD && t < best {
				best, bestD = t, d
			}
		}
		slices.Sort(joined)
		also := ""
		if len(joined) > 0 {
			also = fmt.Sprintf("%s join it with other profiles, and a tag expression matches tags whole: %s selects them too", strings.Join(joined, ", "), strings.Join(append([]string{lit}, joined...), " or "))
		}
		switch {
		case !seen[lit] && empty[lit] != "":
			out = append(out, fmt.Sprintf("the tag expression names %s, which only an Examples table with no rows has (%s): it gives no scenario to run", lit, empty[lit]))
		case !seen[lit] && also != "":
			out = append(out, fmt.Sprintf("the tag expression names %s, which no scenario of these paths has; %s", lit, also))
		case !seen[lit] && best != "":
			out = append(out, fmt.Sprintf("the tag expression names %s, which no scenario of these paths has (did you mean %s?)", lit, best))
		case !seen[lit]:
			out = append(out, fmt.Sprintf("the tag expression names %s, which no scenario of these paths has", lit))
		case also != "":
			out = append(out, fmt.Sprintf("the tag expression names %s; %s", lit, also))
		}
	}
	return out
}

// literals are the tags an expression names, each once, in order.
func literals(n tagNode) []string {
	var out []string
	var walk func(tagNode)
	walk = func(n tagNode) {
		switch x := n.(type) {
		case tagLit:
			if !slices.Contains(out, string(x)) {
				out = append(out, string(x))
			}
		case tagNot:
			walk(x.x)
		case tagAnd:
			walk(x.l)
			walk(x.r)
		case tagOr:
			walk(x.l)
			walk(x.r)
		}
	}
	walk(n)
	return out
}

// Old says whether the expression was written in godog's older syntax
// (&&, "," and ~), which String translates.
func (e *TagExpr) Old() bool { return e != nil && e.old }

type tagNode interface {
	match(set map[string]bool) bool
}

type (
	tagLit string
	tagNot struct{ x tagNode }
	tagAnd struct{ l, r tagNode }
	tagOr  struct{ l, r tagNode }
)

func (t tagLit) match(set map[string]bool) bool { return set[string(t)] }
func (n tagNot) match(set map[string]bool) bool { return !n.x.match(set) }
func (a tagAnd) match(set map[string]bool) bool { return a.l.match(set) && a.r.match(set) }
func (o tagOr) match(set map[string]bool) bool  { return o.l.match(set) || o.r.match(set) }

// tagString writes n as cucumber does, with the parentheses its
// precedence needs: outer is the precedence of the operator around n
// (0 none or or, 1 and, 2 not).
func tagString(n tagNode, outer int) string {
	wrap := func(s string, prec int) string {
		if prec < outer {
			return "(" + s + ")"
		}
		return s
	}
	switch n := n.(type) {
	case tagLit:
		return escapeTag(string(n))
	case tagNot:
		return "not " + tagString(n.x, 2)
	case tagAnd:
		return wrap(tagString(n.l, 1)+" and "+tagString(n.r, 1), 1)
	case tagOr:
		return wrap(tagString(n.l, 0)+" or "+tagString(n.r, 0), 0)
	}
	return ""
}

func escapeTag(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`, " ", `\ `).Replace(s)
}

// tagToken is a word or a parenthesis of a tag expression, and the column
// it starts at.
type tagToken struct {
	text string
	col  int
}

// tagTokens splits an expression into words and parentheses, as cucumber
// does: spaces separate, a backslash escapes a parenthesis, a space or
// itself.
func tagTokens(src string) ([]tagToken, error) {
	var toks []tagToken
	var word strings.Builder
	start, escaped := 0, false
	flush := func() {
		if word.Len() > 0 {
			toks = append(toks, tagToken{word.String(), start})
			word.Reset()
		}
	}
	col := 0
	for _, c := range src {
		col++
		switch {
		case escaped:
			if c != '(' && c != ')' && c != '\\' && !unicode.IsSpace(c) {
				return nil, &TagError{src, col - 1, fmt.Sprintf(`a backslash escapes only "(", ")", "\" and a space, not %q`, c)}
			}
			word.WriteRune(c)
			escaped = false
		case c == '\\' || c != '(' && c != ')' && !unicode.IsSpace(c):
			if word.Len() == 0 {
				start = col
			}
			if c == '\\' {
				escaped = true
			} else {
				word.WriteRune(c)
			}
		default:
			flush()
			if !unicode.IsSpace(c) {
				toks = append(toks, tagToken{string(c), col})
			}
		}
	}
	if escaped {
		return nil, &TagError{src, col, "the expression ends in a backslash, which escapes nothing"}
	}
	flush()
	return toks, nil
}

// tagParser reads cucumber's grammar by recursive descent:
//
//	expr := term { "or" term }
//	term := factor { "and" factor }
//	factor := "not" factor | "(" expr ")" | TAG
type tagParser struct {
	src  string
	toks []tagToken
	i    int
}

func (p *tagParser) peek() (tagToken, bool) {
	if p.i < len(p.toks) {
		return p.toks[p.i], true
	}
	return tagToken{col: len([]rune(p.src)) + 1}, false
}

func (p *tagParser) fail(col int, format string, args ...any) error {
	return &TagError{p.src, col, fmt.Sprintf(format, args...)}
}

func (p *tagParser) expr() (tagNode, error) {
	n, err := p.binary()
	if err != nil {
		return nil, err
	}
	if t, ok := p.peek(); ok {
		if t.text == ")" {
			return nil, p.fail(t.col, `this ")" closes no "("`)
		}
		return nil, p.fail(t.col, `want "and", "or" or the end before %q`, t.text)
	}
	return n, nil
}

// binary reads terms joined by or, each of factors joined by and.
func (p *tagParser) binary() (tagNode, error) {
	var or tagNode
	for {
		var and tagNode
		for {
			f, err := p.factor()
			if err != nil {
				return nil, err
			}
			and = join(and, f, func(l, r tagNode) tagNode { return tagAnd{l, r} })
			if t, _ := p.peek(); t.text != "and" {
				break
			}
			p.i++
		}
		or = join(or, and, func(l, r tagNode) tagNode { return tagOr{l, r} })
		if t, _ := p.peek(); t.text != "or" {
			return or, nil
		}
		p.i++
	}
}

func join(l, r tagNode, op func(l, r tagNode) tagNode) tagNode {
	if l == nil {
		return r
	}
	return op(l, r)
}

func (p *tagParser) factor() (tagNode, error) {
	t, ok := p.peek()
	switch {
	case !ok:
		return nil, p.fail(t.col, `the expression ends where a tag, "not" or "(" should follow`)
	case t.text == "not":
		p.i++
		x, err := p.factor()
		return tagNot{x}, err
	case t.text == "(":
		p.i++
		x, err := p.binary()
		if err != nil {
			return nil, err
		}
		if c, ok := p.peek(); !ok || c.text != ")" {
			if ok {
				return nil, p.fail(c.col, `want "and", "or" or ")" before %q`, c.text)
			}
			return nil, p.fail(t.col, `this "(" is never closed`)
		}
		p.i++
		return x, nil
	case t.text == "and" || t.text == "or" || t.text == ")":
		return nil, p.fail(t.col, `want a tag, "not" or "(" where %q is`, t.text)
	}
	p.i++
	return tagLiteral(p.src, t)
}

// tagLiteral is a tag of the expression; a word without its @ would match
// nothing, silently, so it is refused.
func tagLiteral(src string, t tagToken) (tagNode, error) {
	if !strings.HasPrefix(t.text, "@") || len(t.text) == 1 {
		hint := "tags start with @, like @P1"
		if len(t.text) > 1 && !strings.Contains(t.text, "@") {
			hint = fmt.Sprintf("tags start with @: did you mean @%s?", t.text)
		}
		return nil, &TagError{src, t.col, fmt.Sprintf("%q is not a tag; %s", t.text, hint)}
	}
	return tagLit(t.text), nil
}

// isOldSyntax says whether an expression uses godog's older operators.
func isOldSyntax(toks []tagToken) bool {
	for _, t := range toks {
		if strings.Contains(t.text, "&&") || strings.Contains(t.text, ",") || strings.HasPrefix(t.text, "~") {
			return true
		}
	}
	return false
}

// parseOldTags reads godog's older syntax: terms joined by && (all of
// them), each a list of tags joined by "," (any of them), each tag maybe
// negated with ~. Mixed with cucumber's words it is refused: the two
// cannot be read together without guessing.
func parseOldTags(src string, toks []tagToken) (tagNode, error) {
	for _, t := range toks {
		if t.text == "and" || t.text == "or" || t.text == "not" || t.text == "(" || t.text == ")" {
			return nil, &TagError{src, t.col, fmt.Sprintf(`%q is cucumber's syntax, and the expression also has godog's older &&, "," or ~; write it one way, like "@a and not @b"`, t.text)}
		}
	}
	var all tagNode
	runes := []rune(src)
	for _, group := range splitCols(runes, 0, "&&") {
		var any tagNode
		for _, term := range splitCols(group.r, group.col, ",") {
			lit, err := oldTerm(src, term)
			if err != nil {
				return nil, err
			}
			any = join(any, lit, func(l, r tagNode) tagNode { return tagOr{l, r} })
		}
		all = join(all, any, func(l, r tagNode) tagNode { return tagAnd{l, r} })
	}
	return all, nil
}

// colRunes is part of an expression and the column it starts at, counted
// from 0.
type colRunes struct {
	r   []rune
	col int
}

func splitCols(r []rune, col int, sep string) []colRunes {
	var out []colRunes
	for _, part := range strings.Split(string(r), sep) {
		pr := []rune(part)
		out = append(out, colRunes{pr, col})
		col += len(pr) + len([]rune(sep))
	}
	return out
}

// oldTerm is one tag of the older syntax, maybe negated with ~.
func oldTerm(src string, term colRunes) (tagNode, error) {
	s := string(term.r)
	lead := len([]rune(s)) - len([]rune(strings.TrimLeft(s, " \t")))
	s = strings.TrimSpace(s)
	col := term.col + lead + 1
	if s == "" {
		return nil, &TagError{src, col, `a tag should be here, between the operators (&& and ",") or at an end`}
	}
	neg := strings.HasPrefix(s, "~")
	name := strings.TrimSpace(strings.TrimPrefix(s, "~"))
	if strings.ContainsAny(name, " \t") {
		return nil, &TagError{src, col, fmt.Sprintf("%q is not one tag; join tags with && (both) or \",\" (either)", s)}
	}
	nameCol := col + len([]rune(s)) - len([]rune(name))
	lit, err := tagLiteral(src, tagToken{name, nameCol})
	if err != nil || !neg {
		return lit, err
	}
	return tagNot{lit}, nil
}
