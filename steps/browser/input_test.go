package browser

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// A drop-down that only CSS :hover opens, as the storefront's "My
// AliExpress" menu: its last item cannot be clicked until the mouse is over
// the menu.
const hoverMenu = `
<style>
  .menu { position: absolute; top: 10px; right: 10px; width: 200px; }
  .drop { display: none; margin: 0; padding: 0; list-style: none; }
  .menu:hover .drop { display: block; }
  .drop a { display: block; padding: 8px; }
</style>
<div class="menu">
  <a href="#" class="trigger">My AliExpress</a>
  <ul class="drop">
    <li><a href="/orders">My Orders</a></li>
    <li><a href="/wish">Wish List</a></li>
    <li><a href="/alipay">My Alipay</a></li>
  </ul>
</div>`

func TestHoverOpensCSSMenuThenClickLastItem(t *testing.T) {
	srv := serve(t, map[string]string{"/": hoverMenu, "/alipay": `<h1>Alipay home</h1>`})
	s := newSession(t)
	open(t, s, srv.URL)

	err := s.Click(stepCtx(t, failSoon), "My Alipay")
	mustContain(t, err, `no visible element named "My Alipay"`, srv.URL, `none visible: <a>, in the menu that "My AliExpress" opens: hover over "My AliExpress" first`)

	if err := s.Hover(stepCtx(t, 5*time.Second), "My AliExpress"); err != nil {
		t.Fatalf("Hover: %v", err)
	}
	if err := s.Click(stepCtx(t, 5*time.Second), "My Alipay"); err != nil {
		t.Fatalf("Click: %v", err)
	}
	if err := s.WaitURL(stepCtx(t, 5*time.Second), "/alipay"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "Alipay home"); err != nil {
		t.Fatal(err)
	}
}

// clickProbe reports whether the button named "Go" was clicked while it
// was still animating, or moving while a script sets window.moving.
const clickProbe = `
<p id="out">not clicked</p>
<script>
  function clicked(b) {
    document.getElementById('out').textContent =
      'clicked ' + (b.getAnimations().some(a => a.playState === 'running') || window.moving ? 'while moving' : 'at rest');
  }
</script>`

func TestClickWaitsUntilUsable(t *testing.T) {
	cases := []struct {
		name  string
		why   string
		begun string // text the page shows once it has begun to change, if it must be waited for
		body  string
	}{{
		name: "overlay goes away",
		why:  "a modal backdrop covers the button until a script removes it; a click before that hits the backdrop",
		body: `<button onclick="clicked(this)">Go</button>
<div class="modal-backdrop" style="position:fixed;inset:0;background:rgba(0,0,0,.3)"></div>
<script>setTimeout(() => document.querySelector('.modal-backdrop').remove(), 400)</script>`,
	}, {
		name: "appears late",
		why:  "the button is added by a script after the page loaded",
		body: `<script>setTimeout(() => {
  const b = document.createElement('button'); b.textContent = 'Go'; b.onclick = () => clicked(b);
  document.body.prepend(b);
}, 400)</script>`,
	}, {
		name: "enabled late",
		why:  "a disabled button ignores clicks; it is enabled by a script",
		body: `<button id="b" disabled onclick="clicked(this)">Go</button>
<script>setTimeout(() => document.getElementById('b').disabled = false, 400)</script>`,
	}, {
		name: "moves until still",
		why:  "the button slides in; a click at its first position would miss it",
		body: `<style>@keyframes slide { from { transform: translateX(0) } to { transform: translateX(500px) } }
#b { animation: slide 500ms linear forwards }</style>
<button id="b" onclick="clicked(this)">Go</button>`,
	}, {
		name:  "moved by a script until still",
		why:   "a script slides the button by its style at every frame, as jQuery's animate does; no CSS animation runs",
		begun: "sliding",
		body: `<button id="b" style="position:relative" onclick="clicked(this)">Go</button><p id="state"></p>
<script>window.moving = true; let x = 0;
const step = () => {
  x += 20; b.style.left = x + 'px';
  if (x === 60) state.textContent = 'sliding';
  if (x < 500) requestAnimationFrame(step); else window.moving = false;
};
requestAnimationFrame(step);</script>`,
	}, {
		name:  "pushed down until still",
		why:   "a line added above the button at every frame pushes it down; neither it nor its ancestors change",
		begun: "news 3",
		body: `<div id="news"></div><button onclick="clicked(this)">Go</button>
<script>window.moving = true; let n = 0;
const step = () => {
  news.insertAdjacentHTML('beforeend', '<p>news ' + n + '</p>');
  if (++n < 25) requestAnimationFrame(step); else window.moving = false;
};
requestAnimationFrame(step);</script>`,
	}}
	s := newSession(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := serve(t, map[string]string{"/": c.body + clickProbe})
			open(t, s, srv.URL)
			if c.begun != "" {
				if err := s.WaitText(stepCtx(t, 5*time.Second), c.begun); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Click(stepCtx(t, 5*time.Second), "Go"); err != nil {
				t.Fatalf("Click (%s): %v", c.why, err)
			}
			if got := jsValue(t, s, `document.getElementById('out').textContent`); got != "clicked at rest" {
				t.Errorf("page says %q, want %q (%s)", got, "clicked at rest", c.why)
			}
		})
	}
}

func TestClickFailsLikeAPersonWouldSay(t *testing.T) {
	cases := []struct {
		name  string
		why   string
		begun string // text the page shows once it has begun to change, if it must be waited for
		body  string
		want  []string
	}{{
		name: "missing",
		why:  "nothing on the page is named Go",
		body: `<button>Stop</button>`,
		want: []string{`no visible element named "Go" on http://127.0.0.1:`, "(checked buttons, links,", `text); on the page: "Stop": timed out after `},
	}, {
		name: "covered",
		why:  "a backdrop that never leaves covers the button",
		body: `<button>Go</button><div class="modal-backdrop" style="position:fixed;inset:0"></div>`,
		want: []string{`"Go" is covered by <div class="modal-backdrop"> on http://127.0.0.1:`, "timed out after "},
	}, {
		name: "disabled",
		why:  "the button stays disabled",
		body: `<button id="go" disabled>Go</button>`,
		want: []string{`"Go" is disabled (<button id="go">) on http://127.0.0.1:`},
	}, {
		name: "moving",
		why:  "the button never stops moving",
		body: `<style>@keyframes spin { to { transform: translateX(300px) } } button { animation: spin 1s linear infinite }</style><button>Go</button>`,
		want: []string{`"Go" is still moving (<button>) on http://127.0.0.1:`},
	}, {
		name:  "moved by a script",
		why:   "a script keeps sliding the button by its style, at every frame",
		begun: "sliding",
		body: `<button id="b" style="position:relative">Go</button><p id="state"></p>
<script>let x = 0;
const step = () => { x = (x + 10) % 300; b.style.left = x + 'px'; if (x === 30) state.textContent = 'sliding'; requestAnimationFrame(step); };
requestAnimationFrame(step);</script>`,
		want: []string{`"Go" is still moving (<button id="b">) on http://127.0.0.1:`},
	}, {
		name: "hidden",
		why:  "the only match is display:none",
		body: `<button style="display:none">Go</button>`,
		want: []string{`no visible element named "Go" on http://127.0.0.1:`, "(1 found, none visible: <button>)"},
	}, {
		name: "in a dialog not open",
		why:  "the only match is the button of a dialog that something else opens",
		body: `<button id="open">Remove</button><dialog id="confirm"><p>Sure?</p><button>Go</button></dialog>`,
		want: []string{`no visible element named "Go" on http://127.0.0.1:`, `(1 found, none visible: <button>, in a pop-up that is not open yet (<dialog id="confirm">): the step that opens it comes first)`},
	}, {
		name: "in a menu not open",
		why:  "the only match is an item of the menu that a trigger's aria-controls names",
		body: `<nav><span><a href="#" aria-haspopup="true" aria-controls="m">Account</a></span><ul id="m" style="display:none"><li><button>Go</button></li></ul></nav>`,
		want: []string{`no visible element named "Go" on http://127.0.0.1:`, `(1 found, none visible: <button>, in the menu that "Account" opens: hover over "Account" first)`},
	}}
	s := newSession(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := serve(t, map[string]string{"/": c.body})
			open(t, s, srv.URL)
			if c.begun != "" {
				if err := s.WaitText(stepCtx(t, 5*time.Second), c.begun); err != nil {
					t.Fatal(err)
				}
			}
			start := time.Now()
			err := s.Click(stepCtx(t, failSoon), "Go")
			mustContain(t, err, c.want...)
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error %v does not wrap context.DeadlineExceeded (%s)", err, c.why)
			}
			if d := time.Since(start); d > failSoon+2*time.Second {
				t.Errorf("took %s to fail with a %s deadline", d, failSoon)
			}
		})
	}
}

// ranking is a page where several elements answer to the same words; each
// records its id in window.hit when clicked.
func TestLocatorPicksWhatAReaderMeans(t *testing.T) {
	cases := []struct {
		name, why, body, click, want string
	}{
		{"role before text", "a button named Delete wins over a paragraph saying Delete",
			`<p id="p">Delete</p><button id="b">Delete</button>`, "Delete", "b"},
		{"exact before case-folded", "the exact name wins over one that differs in case",
			`<button id="lower">delete card</button><button id="exact">Delete card</button>`, "Delete card", "exact"},
		{"case-folded when no exact", "a name in other letter case still matches",
			`<a id="l" href="#">REMOVE CARD</a>`, "Remove card", "l"},
		{"visible before hidden", "a hidden exact match loses to a visible one",
			`<button id="h" style="visibility:hidden">OK</button><button id="v">OK</button>`, "OK", "v"},
		{"first in document order", "two visible equal matches: the first is taken",
			`<button id="one">Edit</button><button id="two">Edit</button>`, "Edit", "one"},
		{"aria-label", "an icon button named by aria-label",
			`<button id="i" aria-label="Edit cards">✎</button>`, "Edit cards", "i"},
		{"title of an icon link", "an icon whose name appears on hover, from title",
			`<a id="t" href="#" title="Edit cards"><span style="display:inline-block;width:16px;height:16px;background:#888"></span></a>`, "Edit cards", "t"},
		{"alt of an image link", "an image link named by its alt text",
			`<a id="a" href="#"><img alt="My profile" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></a>`, "My profile", "a"},
		{"aria-labelledby", "a menu item named by another element",
			`<span id="lbl">Card management</span><div id="m" role="menuitem" aria-labelledby="lbl" tabindex="0">⚙</div>`, "Card management", "m"},
		{"whitespace collapsed", "line breaks and nbsp inside the name do not matter",
			"<button id=\"w\">Remove\n   card&nbsp;</button>", "Remove card", "w"},
		{"text inside a larger button", "the words are part of a button with more text: the words are clicked",
			`<button id="big"><span id="s">Delete card</span> •••• 4242</button>`, "Delete card", "s"},
		{"input button value", "an input button is named by its value",
			`<input id="in" type="submit" value="Save &amp; Pay">`, "Save & Pay", "in"},
		{"cut short at both ends", "an article quotes the label cut with dots: the button whose name holds the rest",
			`<button id="x">Other</button><button id="c">Введите информацию о карте</button>`, "...информацию о карте...", "c"},
		{"cut short with an ellipsis", "a leading ellipsis character stands for the words before",
			`<a id="e" href="#">Edit card details</a>`, "…card details", "e"},
		{"three dots that are the name", "a name that itself ends in three dots is matched as it is first",
			`<button id="more">More...</button><button id="m2">More options</button>`, "More...", "more"},
	}
	s := newSession(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := serve(t, map[string]string{"/": c.body +
				`<script>window.hit = ''; document.addEventListener('click', e => { if (!window.hit) window.hit = e.target.id || e.target.parentElement.id; e.preventDefault(); }, true)</script>`})
			open(t, s, srv.URL)
			if err := s.Click(stepCtx(t, 3*time.Second), c.click); err != nil {
				t.Fatalf("Click(%q): %v", c.click, err)
			}
			if got := jsValue(t, s, "window.hit"); got != c.want {
				t.Errorf("clicked #%s, want #%s: %s", got, c.want, c.why)
			}
		})
	}
}

// A click on a link returns once the next document is there and ready, so
// that what the next step reads or clicks is on the new page.
func TestClickWaitsForTheNextDocument(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("One", `<a href="/2">Next</a>`))
	})
	mux.HandleFunc("/2", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("Two", `<a href="/3">Next</a><script>document.title += " ready"</script>`))
	})
	mux.HandleFunc("/3", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("Three", `<h1>Third</h1>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Next"); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, "document.title + ' ' + document.readyState"); got != "Two ready complete" && got != "Two ready interactive" {
		t.Fatalf("right after the click the page is %q, want the second page, ready", got)
	}
	if err := s.Click(stepCtx(t, 5*time.Second), "Next"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitURL(stepCtx(t, 5*time.Second), "/3"); err != nil {
		t.Fatalf("the second click did not land on the second page: %v", err)
	}
}

// A pop-up that a script shows when the mouse comes over the button takes
// the click meant for the button: the step fails naming both, rather than
// passing on a click the reader did not make.
func TestClickThatAnotherElementTakesFails(t *testing.T) {
	s := newSession(t)
	srv := serve(t, map[string]string{"/": `<button id="buy" onclick="window.bought = true">Buy now</button>
<div id="promo" style="display:none;position:fixed;inset:0;background:#fff">Sale!</div>
<script>buy.addEventListener('mouseover', () => { promo.style.display = 'block'; });</script>`})
	open(t, s, srv.URL)
	err := s.Click(stepCtx(t, 5*time.Second), "Buy now")
	mustContain(t, err, `clicking "Buy now": the click meant for <button id="buy"> reached <div id="promo"> instead`)
	if got := jsValue(t, s, "window.bought === true"); got != "false" {
		t.Errorf("the button was clicked: window.bought = %s", got)
	}
}

// A hover menu in the page's header, as the storefront's: a banner that
// comes in above it after the mouse went over it (a late image, a cookie
// notice) moves the menu from under the mouse, and CSS closes it.
const shiftingHoverMenu = `
<style>
  .menu { width: 200px; }
  .drop { display: none; margin: 0; padding: 0; list-style: none; }
  .menu:hover .drop { display: block; }
  .drop a { display: block; padding: 8px; }
</style>
<header><div class="menu">
  <a href="#" class="trigger">My AliExpress</a>
  <ul class="drop">
    <li><a href="/orders">My Orders</a></li>
    <li><a href="/alipay">My Alipay</a></li>
  </ul>
</div></header>`

func TestClickInAHoverMenuThatMovedKeepsThePointerOnTheMenu(t *testing.T) {
	srv := serve(t, map[string]string{"/": shiftingHoverMenu, "/alipay": `<h1>Alipay home</h1>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Hover(stepCtx(t, 5*time.Second), "My AliExpress"); err != nil {
		t.Fatalf("Hover: %v", err)
	}
	jsValue(t, s, `new Promise(r => { const b = document.createElement('div'); b.style.height = '150px'; b.textContent = 'banner';
document.body.prepend(b); requestAnimationFrame(() => requestAnimationFrame(() => r(1))); })`)
	if err := s.Click(stepCtx(t, 5*time.Second), "My Alipay"); err != nil {
		t.Fatalf("Click: %v", err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "Alipay home"); err != nil {
		t.Fatal(err)
	}
}
