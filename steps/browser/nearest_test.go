package browser

import (
	"slices"
	"strings"
	"testing"
)

func TestNearestNames(t *testing.T) {
	got := nearestNames("Remove crad", []string{"Add card", "My Alipay", "remove  card", "Remove"})
	if want := []string{"remove  card", "Remove", "Add card", "My Alipay"}; !slices.Equal(got, want) {
		t.Errorf("nearestNames = %q, want %q", got, want)
	}
	got = nearestNames("Новая карта", []string{"Найти", "Выйти", "Помощь", "AliExpress", "Новости", "Оплатить новой картой"})
	if got[0] != "Оплатить новой картой" {
		t.Errorf("nearestNames(Новая карта) = %q, want the name with both its words, in other forms, first", got)
	}
	got = nearestNames("Save", []string{"Alipay", "History", "Save card", "Sign out"})
	if got[0] != "Save card" {
		t.Errorf("nearestNames(Save) = %q, want the name holding the word first", got)
	}
	for _, c := range []struct {
		want, name string
		meant      bool
	}{
		{"Remove crad", "Remove card", true},
		{"Delet card", "Delete card", true},
		{"OK", "Ok", false}, // the same words: a step finds it, no need to ask
		{"Hapus kartu", "Delete card", false},
		{"Go", "No", true},
		{"here", "Help", false}, // two letters of four: another word
		{"Edti", "Edit", true},
		{"Удалить карту", "Удалить карты", true},
		{"Save", "Save card", true},                 // the name begins with the words written
		{"card details", "Edit card details", true}, // or holds them whole
		{"Sa", "Save card", false},                  // not a word of it
		{"card", "Remove card", false},              // one short common word says little
		{"Оплатить", "Сохранить & Оплатить", true},  // one long word held whole
		{"Payment", "Payment password", true},
		{"Remove", "Remove card", true},
		{"Confirm password", "Confirm payment password", true}, // a word left out
		{"Новая карта", "Оплатить новой картой", true},         // the words in other forms
		{"Delete card", "Delete account", false},               // one word of two
	} {
		if got := meant(c.want, c.name); got != c.meant {
			t.Errorf("meant(%q, %q) = %v, want %v", c.want, c.name, got, c.meant)
		}
	}
}

// A name that is not on the page fails naming what is there for that role,
// nearest first, and the one the step most likely meant.
func TestMissingNameSaysWhatIsThere(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<nav><a href="#">My Alipay</a></nav>
<ul><li>Visa •••• 4242 <button>Remove card</button></li></ul><p><a href="#">Add card</a></p>
<button style="display:none">Remove cart</button>
<label for="e">Email</label><input id="e"><label for="p">Password</label><input id="p" type="password">`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.Click(stepCtx(t, failSoon), "Remove crad")
	mustContain(t, err, `no visible element named "Remove crad" on `+srv.URL+`/ (checked buttons, links,`,
		`; on the page: "Remove card", "Add card", "My Alipay" (did you mean "Remove card"?): timed out after`)
	err = s.Click(stepCtx(t, failSoon), "Hapus kartu")
	mustContain(t, err, `; on the page: `)
	if err != nil && strings.Contains(err.Error(), "did you mean") {
		t.Errorf("a name like none on the page asks whether it meant one: %v", err)
	}
	err = s.Fill(stepCtx(t, failSoon), "E-mail", "x")
	mustContain(t, err, `no visible text field labelled "E-mail"`, `; on the page: "Email", "Password" (did you mean "Email"?)`)
}
