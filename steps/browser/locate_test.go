package browser

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// cardListPage is a small wallet page: a menu, a few cards with buttons.
func cardListPage() string {
	var b strings.Builder
	b.WriteString(`<nav><a href="#">My Account</a> <a href="#">History</a></nav><h1>Bound cards</h1><ul>`)
	for i, last4 := range []string{"4242", "1881", "0005", "3220", "9999"} {
		fmt.Fprintf(&b, `<li id="c%d">Visa •••• %s <button>Edit</button> <button>Remove card</button></li>`, i, last4)
	}
	b.WriteString(`</ul><footer><a href="#">Help</a></footer>`)
	return b.String()
}

func TestLocatorStatsCountEveryLocate(t *testing.T) {
	srv := serve(t, map[string]string{"/": cardListPage()})
	s := newSession(t)
	open(t, s, srv.URL)
	if n, d := s.LocatorStats(); n != 0 || d != 0 {
		t.Fatalf("a new session has stats %d, %s", n, d)
	}
	for range 3 {
		if err := s.Hover(stepCtx(t, 3*time.Second), "Remove card"); err != nil {
			t.Fatal(err)
		}
	}
	if n, d := s.LocatorStats(); n != 3 || d <= 0 {
		t.Errorf("after three hovers the stats are %d, %s; want 3 and a positive time", n, d)
	}
}

// BenchmarkLocate measures one locate of a button by name on a small page,
// with the checks made before a click (visible, enabled, not covered, still
// over two animation frames).
func BenchmarkLocate(b *testing.B) {
	benchmarkLocate(b, targetQuery("Remove card"))
}

// BenchmarkLocateName measures the same locate without the two-frame
// stillness check: the cost of finding by role and name alone.
func BenchmarkLocateName(b *testing.B) {
	q := targetQuery("Remove card")
	q.arg["still"] = false
	benchmarkLocate(b, q)
}

func benchmarkLocate(b *testing.B, q query) {
	srv := serve(b, map[string]string{"/": cardListPage()})
	s := newSession(b)
	open(b, s, srv.URL)
	tb, err := s.ready(stepCtx(b, 5*time.Second))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.locate(stepCtx(b, 5*time.Second), tb, q); err != nil {
			b.Fatal(err)
		}
	}
}

// A text an article quotes cut short with dots is seen where the page shows
// the rest of it.
func TestSeeATextCutShort(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>Введите информацию о карте и нажмите «Сохранить»</p>`})
	s := newSession(t)
	open(t, s, srv.URL)
	for _, text := range []string{"...информацию о карте...", "…информацию о карте", "Введите информацию..."} {
		if err := s.WaitText(stepCtx(t, 3*time.Second), text); err != nil {
			t.Errorf("WaitText(%q): %v", text, err)
		}
	}
	if err := s.WaitNoText(stepCtx(t, 3*time.Second), "...удалить карту..."); err != nil {
		t.Errorf("WaitNoText: %v", err)
	}
}

// rowsPage has lists whose every row has the same buttons: a list of cards,
// tiles, a table, and sections that each have an "Add card". Each button
// records in window.hit which one was clicked.
const rowsPage = `
<h1>Bound cards</h1>
<ul>
  <li class="card-row"><span class="masked">Visa •••• 4242</span> <span class="status">Verified</span> <button onclick="hit='4242'">Remove card</button></li>
  <li class="card-row"><span class="masked">MasterCard •••• 5454</span> <span class="status">Expired</span> <button onclick="hit='5454'">Remove card</button></li>
  <li class="card-row"><span class="masked">Maestro •••• 6759</span> <span class="status">Saved in the app</span></li>
</ul>
<div class="tiles"><div class="tile"><p>Visa •••• 1111</p><a href="#" onclick="hit='t1111'; return false">Edit</a></div><div class="tile"><p>Visa •••• 2222</p><a href="#" onclick="hit='t2222'; return false">Edit</a></div></div>
<table><tr><td>Visa •••• 3333</td><td><button onclick="hit='r3333'">Delete</button></td></tr><tr><td>Visa •••• 4444</td><td><button onclick="hit='r4444'">Delete</button></td></tr></table>
<section aria-labelledby="s1"><h2 id="s1">Wallet cards</h2><button onclick="hit='w'">Add card</button></section>
<h2>App cards</h2><p><button onclick="hit='a'">Add card</button></p>
<fieldset><legend>Billing</legend><button onclick="hit='b'">Add card</button></fieldset>
<script>window.hit = ''</script>`

// A reader says which of several alike they mean: the one next to a text
// (in its row) or in a section; the click reaches that one, and never one
// of another row.
func TestClickInScope(t *testing.T) {
	srv := serve(t, map[string]string{"/": rowsPage})
	s := newSession(t)
	open(t, s, srv.URL)
	for _, c := range []struct {
		why  string
		in   Scope
		name string
		want string
	}{
		{"the second card's button, in its list item", NextTo("MasterCard •••• 5454"), "Remove card", "5454"},
		{"the first card's, not the second's", NextTo("Visa •••• 4242"), "Remove card", "4242"},
		{"a tile beside twins of its kind", NextTo("Visa •••• 2222"), "Edit", "t2222"},
		{"a table row", NextTo("Visa •••• 4444"), "Delete", "r4444"},
		{"a row named with the text cut short", NextTo("...•••• 3333"), "Delete", "r3333"},
		{"a region named by its heading", InSection("Wallet cards"), "Add card", "w"},
		{"the part of the page a heading begins", InSection("App cards"), "Add card", "a"},
		{"a fieldset by its legend", InSection("Billing"), "Add card", "b"},
	} {
		jsValue(t, s, "window.hit = ''")
		if err := s.ClickIn(stepCtx(t, 3*time.Second), c.in, c.name); err != nil {
			t.Errorf("%s: ClickIn(%v, %q): %v", c.why, c.in, c.name, err)
			continue
		}
		if got := jsValue(t, s, "window.hit"); got != c.want {
			t.Errorf("%s: clicked %q, want %q", c.why, got, c.want)
		}
	}
	for _, c := range []struct {
		why  string
		in   Scope
		want string
	}{
		{"the app card's row has no Remove card, and another row's is not clicked", NextTo("Maestro •••• 6759"),
			`no visible element named "Remove card" next to "Maestro •••• 6759" on ` + srv.URL},
		{"no row shows the text", NextTo("Amex •••• 0000"),
			`looking for element named "Remove card" next to "Amex •••• 0000": nothing on the page shows "Amex •••• 0000" on ` + srv.URL},
		{"no section has the name", InSection("Nowhere"),
			`looking for element named "Remove card" in the section "Nowhere": no section, heading or region is named "Nowhere" (its sections and headings: `},
		{"no section has the name: the page's are named", InSection("Nowhere"), `"Wallet cards", "Billing", "Bound cards", "App cards"`},
	} {
		jsValue(t, s, "window.hit = ''")
		err := s.ClickIn(stepCtx(t, failSoon), c.in, "Remove card")
		mustContain(t, err, c.want)
		if got := jsValue(t, s, "window.hit"); got != "" {
			t.Errorf("%s: clicked %q", c.why, got)
		}
	}
}

// A text next to another is seen only in the row that shows the other.
func TestWaitTextInScope(t *testing.T) {
	srv := serve(t, map[string]string{"/": rowsPage})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.WaitTextIn(stepCtx(t, 3*time.Second), NextTo("MasterCard •••• 5454"), "Expired"); err != nil {
		t.Error(err)
	}
	if err := s.WaitTextIn(stepCtx(t, 3*time.Second), InSection("Bound cards"), "Saved in the app"); err != nil {
		t.Error(err)
	}
	err := s.WaitTextIn(stepCtx(t, failSoon), NextTo("Visa •••• 4242"), "Expired")
	mustContain(t, err, `the text "Expired" is not visible next to "Visa •••• 4242" on `+srv.URL)
	err = s.WaitTextIn(stepCtx(t, failSoon), InSection("App cards"), "Verified")
	mustContain(t, err, `the text "Verified" is not visible in the section "App cards"`)
	err = s.WaitTextIn(stepCtx(t, failSoon), NextTo("Amex"), "Expired")
	mustContain(t, err, `looking for the text "Expired" next to "Amex": nothing on the page shows "Amex" on `)
}

// A click that several alike answer to counts them, so that the step can
// say it clicked the first; a scoped one finds one.
func TestLocateCountsTheAlikeItChoseFrom(t *testing.T) {
	srv := serve(t, map[string]string{"/": cardListPage()})
	s := newSession(t)
	open(t, s, srv.URL)
	tb, err := s.ready(stepCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	at, err := s.locate(stepCtx(t, 5*time.Second), tb, targetQuery("Remove card"))
	if err != nil || at.Same != 5 {
		t.Errorf("locating one of five Remove card buttons: %d alike (%v), want 5", at.Same, err)
	}
	at, err = s.locate(stepCtx(t, 5*time.Second), tb, scopedTarget("Remove card", NextTo("Visa •••• 0005")))
	if err != nil || at.Same != 1 {
		t.Errorf("locating the Remove card next to Visa •••• 0005: %d alike (%v), want 1", at.Same, err)
	}
}

// A locate that has found nothing for a while tells the session's
// OnLongSearch, once, while it still waits, so that what its failure will
// say can be prepared in time; one that finds its element at once does not.
func TestLongSearchIsToldWhileTheLocateWaits(t *testing.T) {
	srv := serve(t, map[string]string{"/": cardListPage()})
	s := newSession(t)
	open(t, s, srv.URL)
	var told []time.Time
	s.OnLongSearch(func() { told = append(told, time.Now()) })
	if err := s.Hover(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	if len(told) != 0 {
		t.Fatalf("a locate that found its element at once was taken for a long search")
	}
	err := s.Hover(stepCtx(t, 2*time.Second), "Nothing of the kind")
	failed := time.Now()
	if err == nil {
		t.Fatal("hovering over a name the page does not have passed")
	}
	if len(told) != 1 {
		t.Fatalf("OnLongSearch was called %d times, want once", len(told))
	}
	if !told[0].Before(failed) {
		t.Errorf("OnLongSearch was called after the locate gave up")
	}
}

// A text the page does not show tells OnLongSearch too, while the wait
// goes on; waiting for a text to go does not.
func TestLongSearchIsToldWhileATextWaitWaits(t *testing.T) {
	srv := serve(t, map[string]string{"/": cardListPage()})
	s := newSession(t)
	open(t, s, srv.URL)
	var told []time.Time
	s.OnLongSearch(func() { told = append(told, time.Now()) })
	if err := s.WaitNoText(stepCtx(t, 2*time.Second), "Nothing of the kind"); err != nil {
		t.Fatal(err)
	}
	err := s.WaitText(stepCtx(t, 2*time.Second), "Nothing of the kind")
	failed := time.Now()
	if err == nil {
		t.Fatal("a text the page does not show was seen")
	}
	if len(told) != 1 {
		t.Fatalf("OnLongSearch was called %d times, want once", len(told))
	}
	if !told[0].Before(failed) {
		t.Errorf("OnLongSearch was called after the wait gave up")
	}
}
