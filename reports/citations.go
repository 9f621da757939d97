package reports

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// citation is a passage of an article that a scenario comes from, as a
// feature or scenario description cites it ("003_225e3ac7510057b2.txt
// lines 27 and 96-102 (Russian original)") or as an @article-003 tag names
// the article.
type citation struct {
	// Key names the article: the digits before "_" in its file name
	// ("003"), or the whole file name when it has none.
	Key string
	// File is the article's file name; empty when only a tag names it.
	File string
	// Lines are the cited line ranges; none cites the article as a whole.
	Lines []lineRange
	// Language is the language code the citation names ("ru" for
	// "(Russian original)"); empty when it names none.
	Language string
}

// lineRange is the 1-based, inclusive lines From to To.
type lineRange struct{ From, To int }

func (lr lineRange) String() string {
	if lr.From == lr.To {
		return strconv.Itoa(lr.From)
	}
	return strconv.Itoa(lr.From) + "-" + strconv.Itoa(lr.To)
}

// linesLabel is "line 12" or "lines 27 and 96-102".
func (c citation) linesLabel() string {
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

var (
	// citationPattern finds "NAME.txt", optionally followed by "line(s)
	// 5-7, 12 and 29" and by "(Language ...)". A number must end a word,
	// so "line 4 and 009_x.txt" cites line 4 and then the file 009_x.txt.
	citationPattern = regexp.MustCompile(`([\p{L}\p{N}_.-]+\.(?:txt|md))\b` +
		`(?:,?\s+lines?\s+(\d+(?:\s*[-–]\s*\d+)?\b(?:\s*(?:,|and|&)\s*\d+(?:\s*[-–]\s*\d+)?\b)*))?` +
		`(?:\s*\(([^)]*)\))?`)
	rangePattern      = regexp.MustCompile(`(\d+)(?:\s*[-–]\s*(\d+))?`)
	articleTagPattern = regexp.MustCompile(`^@article-([\p{L}\p{N}_.-]+)$`)
	keyPattern        = regexp.MustCompile(`^(\d+)_`)
)

// parseCitations finds the articles and lines a description cites, one
// citation per article in the order they first appear.
func parseCitations(text string) []citation {
	var out []citation
	for _, m := range citationPattern.FindAllStringSubmatch(text, -1) {
		c := citation{Key: articleKey(m[1]), File: m[1], Lines: parseRanges(m[2]), Language: languageNamed(m[3])}
		if i := slices.IndexFunc(out, func(o citation) bool { return o.Key == c.Key }); i >= 0 {
			out[i] = out[i].merge(c)
			continue
		}
		out = append(out, c)
	}
	return out
}

// merge adds the lines of another citation of the same article.
func (c citation) merge(o citation) citation {
	c.Lines = normaliseRanges(append(slices.Clone(c.Lines), o.Lines...))
	c.File = cmp.Or(c.File, o.File)
	c.Language = cmp.Or(c.Language, o.Language)
	return c
}

func parseRanges(s string) []lineRange {
	var out []lineRange
	for _, m := range rangePattern.FindAllStringSubmatch(s, -1) {
		from, _ := strconv.Atoi(m[1])
		to := from
		if m[2] != "" {
			to, _ = strconv.Atoi(m[2])
		}
		out = append(out, lineRange{min(from, to), max(from, to)})
	}
	return normaliseRanges(out)
}

// normaliseRanges sorts ranges and joins those that overlap or touch.
func normaliseRanges(rs []lineRange) []lineRange {
	slices.SortFunc(rs, func(a, b lineRange) int { return cmp.Compare(a.From, b.From) })
	var out []lineRange
	for _, r := range rs {
		if n := len(out); n > 0 && r.From <= out[n-1].To+1 {
			out[n-1].To = max(out[n-1].To, r.To)
			continue
		}
		out = append(out, r)
	}
	return out
}

// articleKey is "003" for "003_225e3ac7510057b2.txt", else the name itself.
func articleKey(file string) string {
	if m := keyPattern.FindStringSubmatch(file); m != nil {
		return m[1]
	}
	return file
}

// articleTags are the keys of the @article-KEY tags, in order, once each.
func articleTags(tags []Tag) []string {
	var keys []string
	for _, t := range tags {
		if m := articleTagPattern.FindStringSubmatch(t.Name); m != nil && !slices.Contains(keys, m[1]) {
			keys = append(keys, m[1])
		}
	}
	return keys
}

// scenarioSources are the passages a scenario comes from: those its own
// description cites, then for every @article tag not cited there the lines
// the feature description cites of that article (or the article as a whole).
// A scenario with neither comes from everything its feature cites.
func scenarioSources(f *Feature, sc *Scenario) []citation {
	own := parseCitations(sc.Description)
	ofFeature := parseCitations(f.Description)
	tags := articleTags(sc.Tags)
	if len(own) == 0 && len(tags) == 0 {
		return ofFeature
	}
	for _, key := range tags {
		if slices.ContainsFunc(own, func(c citation) bool { return c.Key == key }) {
			continue
		}
		c := citation{Key: key}
		if i := slices.IndexFunc(ofFeature, func(c citation) bool { return c.Key == key }); i >= 0 {
			c = ofFeature[i]
		}
		own = append(own, c)
	}
	slices.SortStableFunc(own, func(a, b citation) int { return cmp.Compare(a.Key, b.Key) })
	return own
}
