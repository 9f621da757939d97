package doccheck

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The articles' notes that ship with unbind: prose/KEY.txt for the
// article whose file name starts with KEY and "_" (003 for
// 003_225e3ac7510057b2.txt).
//
//go:embed prose/*.txt
var proseFiles embed.FS

// Notes are what the writers say of the words their articles quote that
// are no label (prose, a name, a figure of speech): one file an article,
// each line "quoted words ! why they name nothing".
type Notes struct {
	byArticle map[string]map[string]Note // article key → Normal(words) → note
}

// Note is one line of an article's notes.
type Note struct {
	Words string `json:"words"`
	Why   string `json:"why"`
	File  string `json:"file"` // "doccheck/prose/002.txt:3"
}

// LoadNotes reads the notes that ship with unbind, then those of dir
// (KEY.txt files; none when dir is ""), which add to them.
func LoadNotes(dir string) (*Notes, error) {
	n := &Notes{byArticle: map[string]map[string]Note{}}
	if err := n.readFS(proseFiles, "prose", "doccheck/prose"); err != nil {
		return nil, err
	}
	if dir == "" {
		return n, nil
	}
	if err := n.readFS(os.DirFS(dir), ".", dir); err != nil {
		return nil, err
	}
	return n, nil
}

func (n *Notes) readFS(fsys fs.FS, dir, shown string) error {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return fmt.Errorf("the articles' notes: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		data, err := fs.ReadFile(fsys, filepath.ToSlash(filepath.Join(dir, e.Name())))
		if err != nil {
			return err
		}
		if err := n.read(strings.TrimSuffix(e.Name(), ".txt"), shown+"/"+e.Name(), data); err != nil {
			return err
		}
	}
	return nil
}

// read adds the notes of one article: "words ! why", comments with #.
func (n *Notes) read(key, file string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		words, why, ok := strings.Cut(t, " ! ")
		if !ok || strings.TrimSpace(why) == "" {
			return fmt.Errorf("%s:%d: want \"quoted words ! why they name nothing\", got %q", file, line, t)
		}
		if n.byArticle[key] == nil {
			n.byArticle[key] = map[string]Note{}
		}
		n.byArticle[key][Normal(words)] = Note{Words: strings.TrimSpace(words), Why: strings.TrimSpace(why), File: fmt.Sprintf("%s:%d", file, line)}
	}
	return sc.Err()
}

// Lookup is the note an article's writer keeps of words it quotes.
func (n *Notes) Lookup(key, words string) (Note, bool) {
	note, ok := n.byArticle[key][Normal(words)]
	return note, ok
}
