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
