package reports

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// library reads the articles that scenarios cite from a docs folder. It
// reads only files the folder lists, each once. What it cannot read becomes
// a note in the report, never an error: a report is worth more than a
// passage.
type library struct {
	dir     string
	names   []string // the folder's file names; nil until listed
	listErr error
	texts   map[string]*article
}

// article is the text of one article file.
type article struct {
	lines    []string
	title    string
	language string // detected from the whole text; "" when unsure
	err      error
}

func newLibrary(dir string) *library {
	return &library{dir: dir, texts: map[string]*article{}}
}

// fileFor is the name of the article file for a citation: the file it
// names, or the file whose name starts with its key and "_". ok is false
// when the folder holds no such file.
func (l *library) fileFor(c citation) (name string, ok bool) {
	if l.dir == "" {
		return c.File, false
	}
	l.list()
	for _, n := range l.names {
		if n == c.File || (c.File == "" && (n == c.Key || strings.HasPrefix(n, c.Key+"_"))) {
			return n, true
		}
	}
	return c.File, false
}

func (l *library) list() {
	if l.names != nil || l.listErr != nil {
		return
	}
	entries, err := os.ReadDir(l.dir)
	if err != nil {
		l.listErr = fmt.Errorf("listing the docs folder: %w", err)
		return
	}
	l.names = []string{}
	for _, e := range entries {
		if e.Type().IsRegular() {
			l.names = append(l.names, e.Name())
		}
	}
	slices.Sort(l.names)
}

// article reads a file the folder lists (see fileFor).
func (l *library) article(name string) *article {
	if a, ok := l.texts[name]; ok {
		return a
	}
	a := &article{}
	data, err := os.ReadFile(filepath.Join(l.dir, name))
	switch {
	case err != nil:
		a.err = fmt.Errorf("reading the article: %w", err)
	case !utf8.Valid(data):
		a.err = fmt.Errorf("reading the article %s: not UTF-8 text", name)
	default:
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		a.lines = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		a.title, a.language = articleTitle(a.lines), detectLanguage(text)
	}
	l.texts[name] = a
	return a
}

// articleTitle is the first line with words, without leading arrows and
// bullets, cut to 100 characters.
func articleTitle(lines []string) string {
	for _, ln := range lines {
		ln = strings.TrimLeftFunc(ln, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		if utf8.RuneCountInString(ln) > 100 {
			ln = string([]rune(ln)[:99]) + "…"
		}
		return ln
	}
	return ""
}

// passage is what a report shows of one citation.
type passage struct {
	Key, File, Lines string
	// Language is the BCP 47 code of the passage's language, "" when not
	// known; LanguageName names it in English.
	Language, LanguageName string
	// Title is the article's first line, in Language.
	Title string
	// Blocks are the cited line ranges, each a list of numbered lines.
	Blocks [][]passageLine
	// Note says why text is missing.
	Note string
}

type passageLine struct {
	N    int
	Text string
}

// passage reads the cited lines of an article.
func (l *library) passage(c citation) passage {
	name, found := l.fileFor(c)
	p := passage{Key: c.Key, File: name, Lines: c.linesLabel(), Language: c.Language}
	switch {
	case l.dir == "":
		p.Note = "the article's text is not at hand: no docs folder was given"
	case l.listErr != nil:
		p.Note = l.listErr.Error()
	case !found:
		p.Note = fmt.Sprintf("no article %s in %s", cmp.Or(c.File, c.Key), l.dir)
	default:
		l.fill(&p, c, l.article(name))
	}
	if p.LanguageName = languageName(p.Language); p.File == "" {
		p.File = "article " + c.Key
	}
	return p
}

func (l *library) fill(p *passage, c citation, a *article) {
	if a.err != nil {
		p.Note = a.err.Error()
		return
	}
	p.Title, p.Language = a.title, cmp.Or(p.Language, a.language)
	var past []lineRange
	for _, lr := range c.Lines {
		if lr.From > len(a.lines) {
			past = append(past, lr)
			continue
		}
		var block []passageLine
		for n := lr.From; n <= min(lr.To, len(a.lines)); n++ {
			block = append(block, passageLine{N: n, Text: a.lines[n-1]})
		}
		p.Blocks = append(p.Blocks, block)
	}
	if len(past) > 0 {
		p.Note = fmt.Sprintf("%s ends at line %d: nothing to show for %s", p.File, len(a.lines), citation{Lines: past}.linesLabel())
	}
}
