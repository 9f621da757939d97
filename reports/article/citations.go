package article

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Citation is a passage of an article that a text cites, as a feature or
// scenario description cites it ("003_225e3ac7510057b2.txt
// lines 27 and 96-102 (Russian original)") or as an @article-003 tag names
// the article.
type Citation struct {
	// Key names the article: the digits before "_" in its file name
	// ("003"), or the whole file name when it has none.
	Key string
	// File is the article's file name; empty when only a tag names it.
	File string
	// Lines are the cited line ranges; none cites the article as a whole.
	Lines []LineRange
	// Language is the language code the citation names ("ru" for
	// "(Russian original)"); empty when it names none.
	Language string
}

// LineRange is the 1-based, inclusive lines From to To.
type LineRange struct{ From, To int }

// String is "12" for one line, "96-102" for several.
func (lr LineRange) String() string {
	if lr.From == lr.To {
		return strconv.Itoa(lr.From)
	}
	return strconv.Itoa(lr.From) + "-" + strconv.Itoa(lr.To)
}

// Label names the passage: the article's file (or "article KEY" when the
// citation names only the article) and its lines, like
// "003_225e3ac7510057b2.txt lines 12-14".
func (c Citation) Label() string {
	s := c.File
	if s == "" {
		s = "article " + c.Key
	}
	if l := c.LinesLabel(); l != "" {
		s += " " + l
	}
	return s
}

// LinesLabel is "line 12" or "lines 27 and 96-102"; empty when the
// citation names no lines.
func (c Citation) LinesLabel() string {
	if len(c.Lines) == 0 {
		return ""
	}
	parts := make([]string, len(c.Lines))
	for i, lr := range c.Lines {
		parts[i] = lr.String()
	}
	word := "lines "
	if len(c.Lines) == 1 && c.Lines[0].From == c.Lines[0].To {
		word = "line "
	}
	if len(parts) == 1 {
		return word + parts[0]
	}
	return word + strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// lineWords are the words a citation says line or lines with.
const lineWords = `(?:lines?|строки|строка|строк|стр\.|baris|mistari|mstari|पंक्तियाँ|पंक्तियां|पंक्ति|लाइनें|लाइन)`

var (
	// citationPattern finds "NAME.txt", optionally followed by "line(s)
	// 5-7, 12 and 29" and by "(Language ...)". A number must end a word,
	// so "line 4 and 009_x.txt" cites line 4 and then the file 009_x.txt.
	// The words for line(s) and and may be in an article's language too
	// ("строки 27 и 95-100", "baris 5 dan 7", "mistari 5 na 7", "पंक्ति 12").
	citationPattern = regexp.MustCompile(`([\p{L}\p{N}_.-]+\.(?:txt|md))\b` +
		`(?:,?\s+` + lineWords + `:?\s+(\d+(?:\s*[-–]\s*\d+)?\b(?:\s*(?:,|and|&|и|dan|na|और|तथा)\s*\d+(?:\s*[-–]\s*\d+)?\b)*))?` +
		`(?:\s*\(([^)]*)\))?`)
	rangePattern      = regexp.MustCompile(`(\d+)(?:\s*[-–]\s*(\d+))?`)
	articleTagPattern = regexp.MustCompile(`^@article-([\p{L}\p{N}_.-]+)$`)
	keyPattern        = regexp.MustCompile(`^(\d+)_`)
)

// ParseCitations finds the articles and lines a text cites: a file name
// ending in .txt or .md, optionally followed by "line N" or "lines N-M, K
// and L" and by a parenthesis opening with a language name. It gives one
// citation per article, in the order they first appear.
func ParseCitations(text string) []Citation {
	var out []Citation
	for _, m := range citationPattern.FindAllStringSubmatch(text, -1) {
		c := Citation{Key: Key(m[1]), File: m[1], Lines: parseRanges(m[2]), Language: LanguageNamed(m[3])}
		if i := slices.IndexFunc(out, func(o Citation) bool { return o.Key == c.Key }); i >= 0 {
			out[i] = out[i].merge(c)
			continue
		}
		out = append(out, c)
	}
	return out
}

// merge adds the lines of another citation of the same article.
func (c Citation) merge(o Citation) Citation {
	c.Lines = normaliseRanges(append(slices.Clone(c.Lines), o.Lines...))
	c.File = cmp.Or(c.File, o.File)
	c.Language = cmp.Or(c.Language, o.Language)
	return c
}

func parseRanges(s string) []LineRange {
	var out []LineRange
	for _, m := range rangePattern.FindAllStringSubmatch(s, -1) {
		from, _ := strconv.Atoi(m[1])
		to := from
		if m[2] != "" {
			to, _ = strconv.Atoi(m[2])
		}
		out = append(out, LineRange{min(from, to), max(from, to)})
	}
	return normaliseRanges(out)
}

// normaliseRanges sorts ranges and joins those that overlap or touch.
func normaliseRanges(rs []LineRange) []LineRange {
	slices.SortFunc(rs, func(a, b LineRange) int { return cmp.Compare(a.From, b.From) })
	var out []LineRange
	for _, r := range rs {
		if n := len(out); n > 0 && r.From <= out[n-1].To+1 {
			out[n-1].To = max(out[n-1].To, r.To)
			continue
		}
		out = append(out, r)
	}
	return out
}

// Key is the key that names the article in a file: "003" for
// "003_225e3ac7510057b2.txt", else the file name itself.
func Key(file string) string {
	if m := keyPattern.FindStringSubmatch(file); m != nil {
		return m[1]
	}
	return file
}

// TagKeys are the keys of the @article-KEY tags among tags (names with
// their "@"), in order, once each.
func TagKeys(tags []string) []string {
	var keys []string
	for _, t := range tags {
		if m := articleTagPattern.FindStringSubmatch(t); m != nil && !slices.Contains(keys, m[1]) {
			keys = append(keys, m[1])
		}
	}
	return keys
}

// Sources are the passages a scenario comes from, given its feature's
// description, its own and its tags: those its own description cites, then
// for every @article-KEY tag not cited there the lines the feature
// description cites of that article (or the article as a whole), in key
// order. A scenario with neither comes from everything its feature cites.
func Sources(featureDescription, scenarioDescription string, scenarioTags []string) []Citation {
	own := ParseCitations(scenarioDescription)
	ofFeature := ParseCitations(featureDescription)
	tags := TagKeys(scenarioTags)
	if len(own) == 0 && len(tags) == 0 {
		return ofFeature
	}
	for _, key := range tags {
		if slices.ContainsFunc(own, func(c Citation) bool { return c.Key == key }) {
			continue
		}
		c := Citation{Key: key}
		if i := slices.IndexFunc(ofFeature, func(c Citation) bool { return c.Key == key }); i >= 0 {
			c = ofFeature[i]
		}
		own = append(own, c)
	}
	slices.SortStableFunc(own, func(a, b Citation) int { return cmp.Compare(a.Key, b.Key) })
	return own
}
