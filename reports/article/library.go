package article

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unbind/unbind/internal/textcut"
)

// Library is a folder of articles. It lists the folder once, when first
// asked, and reads only files the folder lists, each once. It is not safe
// for concurrent use.
type Library struct {
	dir     string
	names   []string // the folder's file names; nil until listed
	listErr error
	texts   map[string]*Article
	readErr map[string]error
}

// Article is the text of one article file.
type Article struct {
	// Name is the file name, for example "003_225e3ac7510057b2.txt".
	Name string
	// Lines are its lines, without their line ends; line N is Lines[N-1].
	Lines []string
	// Title is its first line with words, without leading arrows and
	// bullets, cut to 100 characters.
	Title string
	// Language is the language DetectLanguage finds in the whole text; ""
	// when it cannot tell.
	Language string
}

// Line is a line of an article with its 1-based number.
type Line struct {
	N    int
	Text string
}

// NewLibrary is the library of the articles in dir. An empty dir is a
// library with no folder: it finds nothing.
func NewLibrary(dir string) *Library {
	return &Library{dir: dir, texts: map[string]*Article{}, readErr: map[string]error{}}
}

// Dir is the library's folder.
func (l *Library) Dir() string { return l.dir }

// Names are the file names of the regular files in the folder, sorted.
func (l *Library) Names() ([]string, error) {
	l.list()
	return l.names, l.listErr
}

// Find is the name of the article file a citation names: the file it
// names, or else the file whose name is its key or starts with its key and
// "_". ok is false when the folder holds no such file (or cannot be
// listed); name is then the file the citation names, if any.
func (l *Library) Find(c Citation) (name string, ok bool) {
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

func (l *Library) list() {
	if l.dir == "" || l.names != nil || l.listErr != nil {
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

// Article reads the file name of the folder (see Find); it must be UTF-8
// text.
func (l *Library) Article(name string) (*Article, error) {
	if a, ok := l.texts[name]; ok {
		return a, l.readErr[name]
	}
	a, err := readArticle(filepath.Join(l.dir, name), name)
	l.texts[name], l.readErr[name] = a, err
	return a, err
}

func readArticle(path, name string) (*Article, error) {
	data, err := os.ReadFile(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("reading the article: %w", err)
	case !utf8.Valid(data):
		return nil, fmt.Errorf("reading the article %s: not UTF-8 text", name)
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	return &Article{Name: name, Lines: lines, Title: articleTitle(lines), Language: DetectLanguage(text)}, nil
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
		return textcut.Clip(ln, 100)
	}
	return ""
}

// Cited are the lines of the article that ranges name, one block per range,
// numbered; a range running past the end is cut there. past are the ranges
// that start after the last line.
func (a *Article) Cited(ranges []LineRange) (blocks [][]Line, past []LineRange) {
	for _, lr := range ranges {
		if lr.From > len(a.Lines) {
			past = append(past, lr)
			continue
		}
		var block []Line
		for n := lr.From; n <= min(lr.To, len(a.Lines)); n++ {
			block = append(block, Line{N: n, Text: a.Lines[n-1]})
		}
		blocks = append(blocks, block)
	}
	return blocks, past
}

// Passage is what a report shows of one citation: where the passage is, in
// which language, and its lines, or why they are missing.
type Passage struct {
	Key, File, Lines string
	// Language is the BCP 47 code of the passage's language, "" when not
	// known; LanguageName names it in English.
	Language, LanguageName string
	// Title is the article's title, in Language.
	Title string
	// Blocks are the cited line ranges, each a list of numbered lines.
	Blocks [][]Line
	// Note says why text is missing.
	Note string
}

// Passage reads the cited lines of an article. The language is the one the
// citation names, else the one the article's text shows. What the folder
// cannot answer (no folder, no such file, lines past its end) is said in
// Note, never as an error: a report is worth more than a passage.
func (l *Library) Passage(c Citation) Passage {
	name, found := l.Find(c)
	p := Passage{Key: c.Key, File: name, Lines: c.LinesLabel(), Language: c.Language}
	switch {
	case l.dir == "":
		p.Note = "the article's text is not at hand: no docs folder was given"
	case l.listErr != nil:
		p.Note = l.listErr.Error()
	case !found:
		p.Note = fmt.Sprintf("no article %s in %s", cmp.Or(c.File, c.Key), l.dir)
	default:
		fill(&p, c, l)
	}
	if p.LanguageName = LanguageName(p.Language); p.File == "" {
		p.File = "article " + c.Key
	}
	return p
}

func fill(p *Passage, c Citation, l *Library) {
	a, err := l.Article(p.File)
	if err != nil {
		p.Note = err.Error()
		return
	}
	p.Title, p.Language = a.Title, cmp.Or(p.Language, a.Language)
	var past []LineRange
	p.Blocks, past = a.Cited(c.Lines)
	if len(past) > 0 {
		p.Note = fmt.Sprintf("%s ends at line %d: nothing to show for %s", p.File, len(a.Lines), Citation{Lines: past}.LinesLabel())
	}
}
