package glossary

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/unbind/unbind/sim/catalog"
)

//go:embed *.txt
var files embed.FS

// Entry is one line of a glossary.
type Entry struct {
	// Lang is the glossary's language, its file name: "ru" for ru.txt.
	Lang string
	// Term is the article's label, as the article prints it.
	Term string
	// Keys are the sim/catalog keys of the site's labels it stands for,
	// the likeliest first.
	Keys []string
	// Note is the line's comment: what the site's label is, or, for a
	// wrong term, why it is wrong.
	Note string
	// Wrong marks a term the article gets wrong (a misprint or a
	// mistranslation, written "~"): steps accept it, lint reports it.
	Wrong bool
	// Line is the entry's line in its file.
	Line int
}

// File is where the entry is written, as "steps/glossary/ru.txt:12".
func (e Entry) File() string { return fmt.Sprintf("steps/glossary/%s.txt:%d", e.Lang, e.Line) }

// Glossary is the glossaries of every language, read once.
type Glossary struct {
	terms    map[string]Entry // by Fold(term)
	entries  []Entry
	numbered []numbered // the terms with a number in them
}

// numbered is a term written with %d for a number ("Jibu %d" for Answer 1,
// Answer 2 ...): it matches the term with any number there.
type numbered struct {
	re    *regexp.Regexp
	entry Entry
}

// Load reads the glossaries that ship with unbind, checking every key
// against cat.
func Load(cat *catalog.Catalog) (*Glossary, error) {
	g := &Glossary{terms: map[string]Entry{}}
	names, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	for _, f := range names {
		data, err := files.ReadFile(f.Name())
		if err != nil {
			return nil, err
		}
		if err := g.Read(cat, strings.TrimSuffix(f.Name(), ".txt"), data); err != nil {
			return nil, fmt.Errorf("steps/glossary/%s: %w", f.Name(), err)
		}
	}
	return g, nil
}

// New is an empty glossary, for Read.
func New() *Glossary { return &Glossary{terms: map[string]Entry{}} }

// Read adds one glossary file of language lang: "term = key, key  # note"
// or "term ~ key  # why it is wrong"; blank lines and lines starting with #
// are skipped. A term is in the glossaries once, whatever its language.
func (g *Glossary) Read(cat *catalog.Catalog, lang string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parse(cat, lang, n, line)
		if err != nil {
			return err
		}
		if other, dup := g.terms[Fold(e.Term)]; dup {
			return fmt.Errorf("line %d: %q is in the glossary already (%s line %d)", n, e.Term, other.Lang, other.Line)
		}
		g.terms[Fold(e.Term)] = e
		g.entries = append(g.entries, e)
		if strings.Contains(e.Term, "%d") {
			for _, k := range e.Keys {
				if !strings.Contains(cat.Default().T(k), "%d") {
					return fmt.Errorf("line %d: %q has a number (%%d) the site's label %s has not", n, e.Term, k)
				}
			}
			re := "^" + strings.ReplaceAll(regexp.QuoteMeta(Fold(e.Term)), "%d", `\d+`) + "$"
			g.numbered = append(g.numbered, numbered{regexp.MustCompile(re), e})
		}
	}
	return sc.Err()
}

func parse(cat *catalog.Catalog, lang string, n int, line string) (Entry, error) {
	e := Entry{Lang: lang, Line: n}
	term, rest, ok := strings.Cut(line, " = ")
	if t, r, wrong := strings.Cut(line, " ~ "); wrong && (!ok || len(t) < len(term)) {
		term, rest, ok, e.Wrong = t, r, true, true
	}
	if !ok {
		return e, fmt.Errorf("line %d: want \"label = key\" or \"label ~ key  # why the label is wrong\", got %q", n, line)
	}
	keys, note, _ := strings.Cut(rest, "#")
	e.Term, e.Note = strings.TrimSpace(term), strings.TrimSpace(note)
	if e.Wrong && e.Note == "" {
		return e, fmt.Errorf("line %d: %q is marked wrong (~) without a note saying why", n, e.Term)
	}
	for _, k := range strings.Split(keys, ",") {
		k = strings.TrimSpace(k)
		if !cat.Default().Has(k) {
			return e, fmt.Errorf("line %d: %q: the site has no label %q", n, e.Term, k)
		}
		e.Keys = append(e.Keys, k)
	}
	return e, nil
}

// Entries are every entry, file by file in line order.
func (g *Glossary) Entries() []Entry {
	out := slices.Clone(g.entries)
	for i := range out {
		out[i].Keys = slices.Clone(out[i].Keys)
	}
	return out
}

// Lookup is the entry of a term, whatever its case and spacing.
//
// A term the glossary writes with %d matches it with any number there
// ("Jibu 2"); the site's label of its keys has the number in the same
// place. A term the article cuts short ("Kirim email…") matches with or
// without its dots, written "…" or "...".
func (g *Glossary) Lookup(term string) (Entry, bool) {
	e, ok := g.terms[Fold(term)]
	if !ok {
		e, ok = g.cut(term)
	}
	if !ok {
		for _, n := range g.numbered {
			if n.re.MatchString(Fold(term)) {
				e, ok = n.entry, true
				break
			}
		}
	}
	e.Keys = slices.Clone(e.Keys)
	return e, ok
}

// cut finds a term written with or without the dots the article ends it
// with.
func (g *Glossary) cut(term string) (Entry, bool) {
	bare := strings.TrimRight(strings.TrimSpace(term), ".…")
	if bare == "" {
		return Entry{}, false
	}
	for _, t := range []string{bare, bare + "…", bare + "..."} {
		if e, ok := g.terms[Fold(t)]; ok {
			return e, true
		}
	}
	return Entry{}, false
}

// Fold is how a step's labels and terms are compared: case and runs of
// spaces do not count.
func Fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
