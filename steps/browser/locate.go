package browser

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
)

//go:embed locate.js
var locateJS string

// query is what a locate looks for, as the page side takes it.
type query struct {
	op   string // "target" (click, hover) or "control" (fill, check, select)
	what string // how an error names it: `element named "Remove card"`
	arg  map[string]any
}

// targetQuery finds something to click or hover by role and name, then by
// text.
func targetQuery(name string) query { return scopedTarget(name, Scope{}) }

// scopedTarget is targetQuery within a scope of the page.
func scopedTarget(name string, in Scope) query {
	arg := map[string]any{"name": name, "still": true}
	if in.kind != "" {
		arg["scope"] = in.arg()
	}
	return query{op: "target", what: fmt.Sprintf("element named %q%s", name, in), arg: arg}
}

// Scope is the part of the page a step looks in, as a reader says which
// of several alike they mean. The zero Scope is the whole page.
type Scope struct {
	kind string // "row", "section" or "popup"
	name string
}

// NextTo is the row of the page that shows text: the list item, table row
// or card holding it (an element repeated beside twins of its kind), or,
// where no such row holds it, the nearest element holding the text and
// what is looked for.
func NextTo(text string) Scope { return Scope{kind: "row", name: text} }

// InSection is the section of the page named name: a region, form,
// fieldset, dialog or other landmark of that name, or the part a heading
// of that name begins, up to the next heading of its level or above.
func InSection(name string) Scope { return Scope{kind: "section", name: name} }

// InPopup is the pop-up of the page that is open, the topmost dialog (a
// modal one first), as a reader says "click Delete in the pop-up".
func InPopup() Scope { return Scope{kind: "popup"} }

// String is how a message names the scope: ` next to "Visa •••• 4242"`,
// or nothing for the whole page.
func (sc Scope) String() string {
	switch sc.kind {
	case "row":
		return fmt.Sprintf(" next to %q", sc.name)
	case "section":
		return fmt.Sprintf(" in the section %q", sc.name)
	case "popup":
		return " in the pop-up"
	}
	return ""
}

// arg is the scope as the page side takes it.
func (sc Scope) arg() map[string]string { return map[string]string{"kind": sc.kind, "name": sc.name} }

// controlQuery finds a form control of a kind ("fill", "check", "select")
// by its label.
func controlQuery(label, kind string) query {
	noun := map[string]string{"fill": "text field", "check": "checkbox", "select": "drop-down"}[kind]
	return query{op: "control", what: fmt.Sprintf("%s labelled %q", noun, label), arg: map[string]any{"label": label, "kind": kind}}
}

// located is the page's answer to a query.
type located struct {
	Status  string   `json:"status"` // ok, none, hidden, disabled, readonly, covered, moving, offscreen, detached, loading
	X       float64  `json:"x"`
	Y       float64  `json:"y"`
	Desc    string   `json:"desc"`    // the element, as <tag id class>
	By      string   `json:"by"`      // what covers it
	Matches int      `json:"matches"` // how many elements matched
	Same    int      `json:"same"`    // how many visible ones match as well as the one located
	Hidden  int      `json:"hidden"`  // how many of them are hidden
	Checked string   `json:"checked"` // what kinds of elements were looked at
	Names   []string `json:"names"`   // when none matched: the names of what is there for the query
	Within  []string `json:"within"`  // … and of what is there within the query's scope
	Actions []string `json:"actions"` // when a page has no control of the kind: its buttons and links
	Doc     string   `json:"doc"`     // the document it is in, for a click's check
	Seen    int      `json:"seen"`    // the mouse presses that document had had
}

// locate polls the page until the query finds an element a person could use
// now, or until ctx ends. It adds to the session's locator statistics.
func (s *Session) locate(ctx context.Context, tb *tab, q query) (located, error) {
	start := time.Now()
	defer func() { s.countLocate(time.Since(start)) }()
	var last located
	var lastErr error
	long, told := longSearchAfter(ctx), false
	err := poll(ctx, tb.watch, func() (bool, error) {
		if err := s.usable(tb); err != nil {
			return false, err
		}
		if pending, _ := tb.state(); pending {
			last = located{Status: "loading"}
			return false, nil
		}
		res, err := s.locateOnce(ctx, tb, q)
		if err != nil {
			lastErr = err
			return false, nil
		}
		last, lastErr = res, nil
		if res.Status == "none" && !told && time.Since(start) >= long {
			told = true
			s.searchIsLong()
		}
		return res.Status == "ok", nil
	})
	if err == nil {
		return last, nil
	}
	if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return last, err
	}
	return last, s.locateFailure(ctx, tb, q, last, lastErr, waitErr(ctx, err, start))
}

// locateOnce asks the page for q once. A target that is hidden or missing
// may be an item of the menu the last hover opened, which closed since: the
// mouse goes over the hover's element again and the page is asked again.
func (s *Session) locateOnce(ctx context.Context, tb *tab, q query) (located, error) {
	var res located
	if err := tb.run(ctx, q.op, q.arg, &res); err != nil {
		return res, err
	}
	if q.op != "target" || (res.Status != "hidden" && res.Status != "none") || !s.rehover(ctx, tb, res.Doc) {
		return res, nil
	}
	res = located{}
	err := tb.run(ctx, q.op, q.arg, &res)
	return res, err
}

// locateFailure says, as a person would, why the query found nothing usable.
func (s *Session) locateFailure(ctx context.Context, tb *tab, q query, last located, lastErr, timeout error) error {
	url := s.pageURL(ctx, tb)
	subject := fmt.Sprintf("%q", firstArg(q))
	switch last.Status {
	case "hidden", "detached":
		return fmt.Errorf("no visible %s on %s (%d found, none visible: %s): %w", q.what, url, last.Matches, last.Desc, timeout)
	case "disabled":
		return fmt.Errorf("%s is disabled (%s) on %s: %w", subject, last.Desc, url, timeout)
	case "readonly":
		return fmt.Errorf("%s is read-only (%s) on %s: %w", subject, last.Desc, url, timeout)
	case "covered":
		return fmt.Errorf("%s is covered by %s on %s: %w", subject, last.By, url, timeout)
	case "moving":
		return fmt.Errorf("%s is still moving (%s) on %s: %w", subject, last.Desc, url, timeout)
	case "offscreen":
		return fmt.Errorf("%s cannot be scrolled into view (%s) on %s: %w", subject, last.Desc, url, timeout)
	case "loading":
		return fmt.Errorf("looking for %s: %s is still loading: %w", q.what, url, timeout)
	case "noscope":
		return fmt.Errorf("looking for %s: %s on %s: %w", q.what, last.Desc, url, timeout)
	case "":
		if lastErr != nil {
			return fmt.Errorf("looking for %s on %s: %w (last error: %v)", q.what, url, timeout, lastErr)
		}
	}
	return fmt.Errorf("no visible %s on %s (checked %s)%s%s%s: %w", q.what, url, last.Checked, namesFor(q, last), noneOfTheKind(q, last), noDialogFor(q, last), timeout)
}

// noDialogFor says, for a name that answers an alert ("OK", "Cancel") that
// the page has nowhere, that no alert or pop-up is open for it to answer:
// the step that opens one has not run yet.
func noDialogFor(q query, last located) string {
	if q.op != "target" || last.Status != "none" || !DialogWord(firstArg(q)) {
		return ""
	}
	return fmt.Sprintf("; no alert or pop-up is open, which %q would answer: the step that opens one comes first", firstArg(q))
}

// namesFor names what the page shows that a query found nothing among:
// for a query within a scope, what the scope holds first ("; in the
// pop-up: "Delete", "Cancel"; elsewhere on the page: ...").
func namesFor(q query, last located) string {
	if len(last.Within) == 0 {
		return onThePage(firstArg(q), last.Names)
	}
	var rest []string
	for _, n := range last.Names {
		if !slices.Contains(last.Within, n) {
			rest = append(rest, n)
		}
	}
	scope, _ := q.arg["scope"].(map[string]string)
	in := strings.TrimSpace(Scope{kind: scope["kind"], name: scope["name"]}.String())
	out := strings.Replace(onThePage(firstArg(q), last.Within), "; on the page: ", "; "+in+": ", 1)
	if len(rest) > 0 {
		near := nearestNames(firstArg(q), rest)
		shown := near[:min(len(near), maxNamesShown)]
		out += "; elsewhere on the page: " + quoteList(shown)
		if len(near) > len(shown) {
			out += fmt.Sprintf(" and %d more", len(near)-len(shown))
		}
	}
	return out
}

// noneOfTheKind says that the page has no control of the kind a control
// query looks for, and names its buttons and links instead; "" when it
// has some, or the query is for another thing.
func noneOfTheKind(q query, last located) string {
	if q.op != "control" || last.Status != "none" || len(last.Names) > 0 {
		return ""
	}
	noun, _, _ := strings.Cut(q.what, " labelled ")
	if strings.HasSuffix(noun, "x") {
		noun += "e" // checkboxes
	}
	out := fmt.Sprintf("; the page has no %ss", noun)
	if n := len(last.Actions); n > 0 {
		out += "; its buttons and links: " + quoteList(last.Actions[:min(n, maxNamesShown)])
		if n > maxNamesShown {
			out += fmt.Sprintf(" and %d more", n-maxNamesShown)
		}
	}
	return out
}

// onThePage names, nearest to want first, what the page has of the kind a
// step looked for, and the one it most likely meant: `; on the page:
// "Remove card", "Add card" (did you mean "Remove card"?)`.
func onThePage(want string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	near := nearestNames(want, names)
	shown := near[:min(len(near), maxNamesShown)]
	out := "; on the page: " + quoteList(shown)
	if len(near) > len(shown) {
		out += fmt.Sprintf(" and %d more", len(near)-len(shown))
	}
	if meant(want, near[0]) {
		out += fmt.Sprintf(" (did you mean %q?)", near[0])
	}
	return out
}

// maxNamesShown bounds the names a message lists.
const maxNamesShown = 8

// firstArg is the words the query looks for.
func firstArg(q query) string {
	if v, ok := q.arg["name"].(string); ok {
		return v
	}
	v, _ := q.arg["label"].(string)
	return v
}

// notInstalled is what the page answers when the locator is not installed
// in its document.
const notInstalled = `"unbind: no locator"`

// run calls an op of the page side on the tab and decodes its answer. The
// page scripts install the locator in every document; a document that has
// none (one the browser made before the tab was attached) gets it sent
// whole.
func (tb *tab) run(ctx context.Context, op string, arg any, out any) error {
	argJSON, err := json.Marshal(arg)
	if err != nil {
		return fmt.Errorf("encoding the arguments of %s: %w", op, err)
	}
	opJSON, _ := json.Marshal(op)
	call := "(" + string(opJSON) + ", " + string(argJSON) + ")"
	raw, err := evalRaw(ctx, tb.t, "(window[Symbol.for('unbind.locate')] || (() => "+notInstalled+"))"+call)
	if err == nil && string(raw) == notInstalled {
		raw, err = evalRaw(ctx, tb.t, "("+locateJS+")"+call)
	}
	if err != nil || out == nil || len(raw) == 0 {
		return err
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("decoding the page's answer: %w", err)
	}
	return nil
}

// eval evaluates a JavaScript expression in the tab's page, awaiting a
// promise, and decodes its JSON value into out (which may be nil).
func (tb *tab) eval(ctx context.Context, expr string, out any) error {
	return evalOn(ctx, tb.t, expr, out)
}

// evalOn evaluates a JavaScript expression in the page of the target t,
// awaiting a promise, and decodes its JSON value into out (which may be nil).
func evalOn(ctx context.Context, t cdp.Session, expr string, out any) error {
	raw, err := evalRaw(ctx, t, expr)
	if err != nil || out == nil || len(raw) == 0 {
		return err
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("decoding the page's answer: %w", err)
	}
	return nil
}

// evalRaw evaluates a JavaScript expression in the page of the target t,
// awaiting a promise, and returns its value as JSON (empty for undefined).
func evalRaw(ctx context.Context, t cdp.Session, expr string) ([]byte, error) {
	yes := true
	res, err := cdp.Call(ctx, t, runtime.Evaluate, runtime.EvaluateParams{
		Expression: expr, ReturnByValue: &yes, AwaitPromise: &yes,
	})
	if err != nil {
		return nil, fmt.Errorf("evaluating in the page: %w", err)
	}
	if d := res.ExceptionDetails; d != nil {
		return nil, fmt.Errorf("evaluating in the page: %s", exceptionText(d))
	}
	if res.Result == nil {
		return nil, nil
	}
	return res.Result.Value, nil
}

// exceptionText is the message of a JavaScript exception.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Exception.Description
	}
	return d.Text
}
