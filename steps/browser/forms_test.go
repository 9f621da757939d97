package browser

import (
	"strings"
	"testing"
	"time"
)

func TestFillFindsFieldsByTheirLabel(t *testing.T) {
	cases := []struct {
		name, why, body, label string
	}{
		{"label for", "a <label for> names the field",
			`<label for="f">Card number</label><input id="f">`, "Card number"},
		{"wrapping label", "a label around the field names it; the field's own text is not part of the name",
			`<label>Holder name <input id="f"></label>`, "Holder name"},
		{"label with a required marker", "a trailing '*' or ':' of a label is not part of its words",
			`<label for="f">E-mail: *</label><input id="f" type="email">`, "E-mail"},
		{"aria-label", "a field without a visible label, named by aria-label",
			`<input id="f" aria-label="CVV">`, "CVV"},
		{"placeholder", "a field that only has a placeholder",
			`<input id="f" placeholder="Payment password">`, "Payment password"},
		{"name attribute", "a bare field, found by its name attribute",
			`<input id="f" name="captcha">`, "captcha"},
		{"textarea", "a textarea is a text field",
			`<label for="f">Address</label><textarea id="f"></textarea>`, "Address"},
		{"label before placeholder", "a field labelled X wins over another whose placeholder is X",
			`<input placeholder="Email"><label for="f">Email</label><input id="f">`, "Email"},
		{"label cut short", "an article quotes the label cut with dots: the field whose label holds the rest",
			`<label for="g">Phone</label><input id="g"><label for="f">Введите информацию о карте</label><input id="f">`, "...информацию о карте..."},
		{"label's first words", "a reader shortens a label to its first words: the one field whose label begins so",
			`<label for="g">Card number</label><input id="g"><label for="f">Cardholder name</label><input id="f">`, "Cardholder"},
		{"first words beside a whole label", "a field labelled with the words wins over one whose label begins with them",
			`<label for="g">Email address</label><input id="g"><label for="f">Email</label><input id="f">`, "Email"},
	}
	s := newSession(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := serve(t, map[string]string{"/": c.body})
			open(t, s, srv.URL)
			if err := s.Fill(stepCtx(t, 3*time.Second), c.label, "4242 ok"); err != nil {
				t.Fatalf("Fill(%q): %v (%s)", c.label, err, c.why)
			}
			if got := jsValue(t, s, `document.getElementById('f').value`); got != "4242 ok" {
				t.Errorf("field #f holds %q, want %q (%s)", got, "4242 ok", c.why)
			}
		})
	}
}

// A label's first words shared by several fields ("Answer" of "Answer 1",
// "Answer 2") name none of them: the fill fails and names the fields.
func TestFillByFirstWordsOfSeveralFieldsFails(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<label for="a">Answer 1</label><input id="a"><label for="b">Answer 2</label><input id="b">`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.Fill(stepCtx(t, failSoon), "Answer", "Ivanova")
	mustContain(t, err, `no visible text field labelled "Answer"`, `"Answer 1", "Answer 2"`)
	if got := jsValue(t, s, `document.getElementById('a').value + document.getElementById('b').value`); got != "" {
		t.Errorf("the fields hold %q, want both empty", got)
	}
}

func TestFillReplacesAndTypesLikeAKeyboard(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<label for="f">E-mail</label><input id="f" value="old@example.com">
<p id="keys"></p>
<script>let n = 0; document.getElementById('f').addEventListener('keydown', () => document.getElementById('keys').textContent = ++n + ' keys')</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Fill(stepCtx(t, 3*time.Second), "E-mail", "buyer@пример.рф"); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('f').value`); got != "buyer@пример.рф" {
		t.Errorf("value = %q, want the old value replaced", got)
	}
	if err := s.WaitText(stepCtx(t, 3*time.Second), "15 keys"); err != nil {
		t.Errorf("the page did not see one key press per character: %v", err)
	}
	if err := s.Fill(stepCtx(t, 3*time.Second), "E-mail", ""); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('f').value`); got != "" {
		t.Errorf("after filling in nothing the value is %q, want empty", got)
	}
}

func TestFillFailsWithinTheTimeoutNamingLabelAndPage(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<label for="f">Card number</label><input id="f">`})
	s := newSession(t)
	open(t, s, srv.URL)
	start := time.Now()
	err := s.Fill(stepCtx(t, failSoon), "Card holder", "x")
	mustContain(t, err, `no visible text field labelled "Card holder" on `+srv.URL+"/", "timed out after")
	if d := time.Since(start); d > failSoon+2*time.Second {
		t.Errorf("failing took %s with a %s deadline", d, failSoon)
	}
}

func TestCheckboxAndSelect(t *testing.T) {
	srv := serve(t, map[string]string{"/": `
<label><input type="checkbox" id="bind" checked> Bind card to Alipay</label>
<label for="type">Card type</label>
<select id="type"><option>Visa</option><option value="mc">MasterCard</option><option>Maestro</option></select>
<p id="changes">0</p>
<script>let n = 0; document.getElementById('type').addEventListener('change', () => document.getElementById('changes').textContent = ++n)</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	ctx := stepCtx(t, 5*time.Second)

	if err := s.SetChecked(ctx, "Bind card to Alipay", false); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('bind').checked`); got != "false" {
		t.Errorf("after unticking, checked = %s", got)
	}
	if err := s.SetChecked(ctx, "Bind card to Alipay", false); err != nil {
		t.Fatalf("unticking an unticked box must do nothing: %v", err)
	}
	if got := jsValue(t, s, `document.getElementById('bind').checked`); got != "false" {
		t.Errorf("unticking twice ticked it again: checked = %s", got)
	}
	if err := s.SetChecked(ctx, "Bind card to Alipay", true); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('bind').checked`); got != "true" {
		t.Errorf("after ticking, checked = %s", got)
	}

	if err := s.Select(ctx, "MasterCard", "Card type"); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('type').value + ' ' + document.getElementById('changes').textContent`); got != "mc 1" {
		t.Errorf("after choosing MasterCard: value and change count = %q, want %q", got, "mc 1")
	}
	err := s.Select(ctx, "Amex", "Card type")
	mustContain(t, err, `no option "Amex" in "Card type"`, `(options: "Visa", "MasterCard", "Maestro")`)
}

func TestSetCheckedClicksTheLabelOfAStyledCheckbox(t *testing.T) {
	srv := serve(t, map[string]string{"/": `
<style>#agree { opacity: 0; position: absolute } .box { display: inline-block; width: 14px; height: 14px; border: 1px solid }</style>
<input type="checkbox" id="agree"><label for="agree"><span class="box"></span> I agree</label>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.SetChecked(stepCtx(t, 3*time.Second), "I agree", true); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('agree').checked`); got != "true" {
		t.Errorf("checked = %s, want true", got)
	}
}

// A reader writes a question of a list without its question mark, or in
// other letter case; a text that is only the start of an option is none.
func TestSelectAnOptionWithoutItsEndingMark(t *testing.T) {
	srv := serve(t, map[string]string{"/": `
<label for="q">Security question</label>
<select id="q"><option value="">Choose…</option><option value="m">Mother's maiden name?</option><option value="c">City of birth?</option></select>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Select(stepCtx(t, 5*time.Second), "mother's maiden name", "Security question"); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('q').value`); got != "m" {
		t.Errorf("the list holds %q, want m", got)
	}
	mustContain(t, s.Select(stepCtx(t, failSoon), "City", "Security question"), `no option "City"`, `"City of birth?"`)
}

func TestSelectInAScriptedDropDown(t *testing.T) {
	srv := serve(t, map[string]string{"/": `
<div id="type" role="combobox" aria-label="Card type" tabindex="0" onclick="document.getElementById('list').hidden = false">Choose…</div>
<ul id="list" role="listbox" hidden>
  <li role="option" onclick="pick(this)">Visa</li>
  <li role="option" onclick="pick(this)">MasterCard</li>
</ul>
<script>function pick(o) { document.getElementById('type').textContent = o.textContent; document.getElementById('list').hidden = true }</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Select(stepCtx(t, 5*time.Second), "MasterCard", "Card type"); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('type').textContent`); got != "MasterCard" {
		t.Errorf("the drop-down shows %q, want MasterCard", got)
	}
}

// A page that listens for keys or input only on the document or a parent
// still sees one event per character; a page that listens for none gets
// the text at once, and holds exactly it.
func TestFillTypesKeyByKeyWhereverThePageListens(t *testing.T) {
	cases := []struct{ why, script, want string }{
		{"keyup on the document", `document.addEventListener('keyup', () => out.textContent = ++n + ' events')`, "15 events"},
		{"input on a parent", `document.getElementById('form').addEventListener('input', () => out.textContent = ++n + ' events')`, "15 events"},
		{"an inline keydown handler", `document.getElementById('f').setAttribute('onkeydown', "out.textContent = ++n + ' events'")`, "15 events"},
		{"beforeinput on the window", `addEventListener('beforeinput', () => out.textContent = ++n + ' events')`, "15 events"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			srv := serve(t, map[string]string{"/": `<form id="form"><label for="f">E-mail</label><input id="f" value="old@example.com"></form>
<p id="out"></p><script>var n = 0; var out = document.getElementById('out'); ` + c.script + `</script>`})
			s := newSession(t)
			open(t, s, srv.URL)
			if err := s.Fill(stepCtx(t, 3*time.Second), "E-mail", "buyer@пример.рф"); err != nil {
				t.Fatal(err)
			}
			if got := jsValue(t, s, `document.getElementById('f').value`); got != "buyer@пример.рф" {
				t.Errorf("value = %q, want the old value replaced", got)
			}
			if err := s.WaitText(stepCtx(t, 3*time.Second), c.want); err != nil {
				t.Errorf("the page did not see one event per character: %v", err)
			}
		})
	}
}

func TestFillWithoutListenersPutsTheTextInAndSubmitsIt(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":     `<form action="/sent"><label for="f">Answer</label><input id="f" name="a" value="old" maxlength="12"><button>Send</button></form>`,
		"/sent": `<p>sent</p>`,
	})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Fill(stepCtx(t, 3*time.Second), "Answer", "School No. 5 and more"); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, `document.getElementById('f').value`); got != "School No. 5" {
		t.Errorf("value = %q, want the old value replaced and cut at the field's 12 characters", got)
	}
	if err := s.Click(stepCtx(t, 3*time.Second), "Send"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitURL(stepCtx(t, 3*time.Second), "/sent?a=School+No.+5"); err != nil {
		t.Errorf("the form did not send what was typed: %v", err)
	}
}

// A page with no field of the kind a step fills says so, and names what
// a reader can do there instead: its buttons and links.
func TestFillOnAPageWithoutFieldsSaysWhatItHas(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<h1>Security</h1><p>Your identity needs a check.</p><button>Check my identity</button> <a href="/help">Help</a>`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.Fill(stepCtx(t, failSoon), "Address", "Moscow")
	mustContain(t, err, "the page has no text fields", `its buttons and links: "Check my identity", "Help"`)
}

// A click on a form's button sends nothing while the browser refuses the
// form's fields (a required field left empty): the click fails and says
// which field and what the browser's bubble says. Filled, the same click
// sends the form. A form the page checks itself (novalidate, its script
// calling checkValidity as it is sent) is sent, and its click passes, as
// does a button that sends no form, whose page checks a field itself.
func TestClickOnAFormTheBrowserRefusesFails(t *testing.T) {
	srv := serve(t, map[string]string{
		"/": `<form action="/sent"><label for="e">Email</label><input id="e" name="e" type="email" required>
<label for="c">Captcha</label><input id="c" name="c" required><button>Send letter</button></form>`,
		"/sent": `<h1>Letter sent</h1>`,
		"/own": `<form id="f" action="/sent" novalidate><label for="c">Captcha</label><input id="c" name="c" required><button>Send letter</button></form>
<p role="alert" id="msg"></p>
<script>document.getElementById('f').addEventListener('submit', (e) => {
  if (!e.target.checkValidity()) { e.preventDefault(); document.getElementById('msg').textContent = 'Type the captcha'; }
})</script>`,
		"/check": `<form><label for="c">Captcha</label><input id="c" name="c" required>
<button type="button" onclick="document.getElementById('c').checkValidity(); document.getElementById('m').textContent = 'Checked'">Check it</button></form><p id="m"></p>`,
	})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Fill(stepCtx(t, 3*time.Second), "Email", "buyer@example.com"); err != nil {
		t.Fatal(err)
	}
	err := s.Click(stepCtx(t, 3*time.Second), "Send letter")
	mustContain(t, err, `clicking "Send letter": the browser did not send the form`, `"Captcha" (`)
	if !Acted(err) {
		t.Errorf("a click that found its button and pressed it is not said to have acted: %v", err)
	}
	if err := s.Click(stepCtx(t, failSoon), "No such button"); err == nil || Acted(err) {
		t.Errorf("a click that found nothing: %v, Acted %v; want an error of an element missing", err, Acted(err))
	}
	if err != nil && strings.Contains(err.Error(), `"Email"`) {
		t.Errorf("the error names the field that was filled: %v", err)
	}
	if err := s.Fill(stepCtx(t, 3*time.Second), "Captcha", "x7k2"); err != nil {
		t.Fatal(err)
	}
	if err := s.Click(stepCtx(t, 3*time.Second), "Send letter"); err != nil {
		t.Fatalf("the filled form: %v", err)
	}
	if err := s.WaitText(stepCtx(t, 3*time.Second), "Letter sent"); err != nil {
		t.Errorf("the filled form was not sent: %v", err)
	}
	open(t, s, srv.URL+"/own")
	if err := s.Click(stepCtx(t, 3*time.Second), "Send letter"); err != nil {
		t.Errorf("a form the page checks itself: %v", err)
	}
	if err := s.WaitText(stepCtx(t, 3*time.Second), "Type the captcha"); err != nil {
		t.Errorf("the page's own check did not run: %v", err)
	}
	// A button that sends no form, whose page checks a field itself.
	open(t, s, srv.URL+"/check")
	if err := s.Click(stepCtx(t, 3*time.Second), "Check it"); err != nil {
		t.Errorf("a button that sends nothing, the page checking a field: %v", err)
	}
	if err := s.WaitText(stepCtx(t, 3*time.Second), "Checked"); err != nil {
		t.Error(err)
	}
}
