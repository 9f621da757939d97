package glossary

import (
	"strings"
	"testing"

	"github.com/unbind/unbind/sim/catalog"
)

func testCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// The glossaries that ship load; a wrong term is marked so, with its note.
func TestLoad(t *testing.T) {
	g, err := Load(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries()) < 50 {
		t.Errorf("only %d entries", len(g.Entries()))
	}
	e, ok := g.Lookup("hapus  KARTU")
	if !ok || e.Lang != "id" || e.Wrong || e.Keys[0] != "cards.delete_card" {
		t.Errorf("Lookup(hapus KARTU) = %+v, %v", e, ok)
	}
	// A numbered term takes any number; a term the article cuts short
	// is found with its dots written either way, or none.
	for written, want := range map[string]string{
		"Jibu 2":             "security.answer",
		"swali la usalama 3": "security.question",
		"Kirim email...":     "register.send",
		"Kirim email":        "register.send",
		"Bagaimana cara mengubah informasi kartu saya…": "mhelp.q.card",
		"Bagaimana cara mengubah informasi kartu saya":  "mhelp.q.card",
	} {
		if e, ok := g.Lookup(written); !ok || e.Keys[0] != want {
			t.Errorf("Lookup(%q) = %+v, %v; want %s", written, e, ok, want)
		}
	}
	for _, none := range []string{"Jibu", "Jibu x", "...", "Jibu 2 3"} {
		if e, ok := g.Lookup(none); ok {
			t.Errorf("Lookup(%q) = %+v, want none", none, e)
		}
	}
	for _, e := range g.Entries() {
		if e.Wrong && e.Note == "" {
			t.Errorf("%s: «%s» is marked wrong without saying why", e.File(), e.Term)
		}
	}
}

// A glossary line names labels the site has; a term is in the glossaries
// once; a wrong term says why; a line that is no entry is refused.
func TestReadErrors(t *testing.T) {
	cat := testCatalog(t)
	for _, tc := range []struct{ file, want string }{
		{"Hapus = cards.no_such_key\n", `the site has no label "cards.no_such_key"`},
		{"Hapus kartu\n", `want "label = key"`},
		{"burung ! slang for the tick\n", `want "label = key"`},
		{"Futa = cards.delete\nfuta = cards.remove\n", `"futa" is in the glossary already`},
		{"Futaa ~ cards.delete\n", `marked wrong (~) without a note`},
		{"Futa %d = cards.delete\n", `has a number (%d) the site's label cards.delete has not`},
	} {
		if err := New().Read(cat, "xx", []byte(tc.file)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one saying %q", tc.file, err, tc.want)
		}
	}
	g := New()
	if err := g.Read(cat, "xx", []byte("# a comment\n\nFutaa ~ cards.delete  # a letter too many\nx = y = cards.remove\n")); err == nil {
		t.Error("a key named y was taken")
	}
	g = New()
	if err := g.Read(cat, "xx", []byte("Futaa ~ cards.delete  # a letter too many\n")); err != nil {
		t.Fatal(err)
	}
	if e, _ := g.Lookup("futaa"); !e.Wrong || e.Note != "a letter too many" || e.Line != 1 || e.File() != "steps/glossary/xx.txt:1" {
		t.Errorf("the wrong term reads %+v", e)
	}
}
