package browser

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// confirmServer serves a card with a "Delete card" form guarded by a native
// confirm(), and counts the deletions it receives.
func confirmServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	return cardServer(t, `<p>•••• 4242</p>
<form method="post" action="/delete" onsubmit="return confirm('Delete this card?')"><button>Delete card</button></form>`)
}

// cardServer serves body as its page and "Card deleted" for a POST to
// /delete, and counts the deletions it receives.
func cardServer(t *testing.T, body string) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var deletes atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("Cards", body))
	})
	mux.HandleFunc("POST /delete", func(w http.ResponseWriter, r *http.Request) {
		deletes.Add(1)
		fmt.Fprint(w, htmlPage("Deleted", `<p>Card deleted</p>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &deletes
}

func TestConfirmAcceptedSubmitsTheForm(t *testing.T) {
	srv, deletes := confirmServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Delete card"); err != nil {
		t.Fatalf("a click that opens confirm() must return: %v", err)
	}
	text, err := s.DialogText(stepCtx(t, 2*time.Second))
	if err != nil || text != "Delete this card?" {
		t.Fatalf("DialogText = %q, %v; want %q", text, err, "Delete this card?")
	}
	if err := s.AcceptDialog(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "Card deleted"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitURL(stepCtx(t, 5*time.Second), "/delete"); err != nil {
		t.Fatal(err)
	}
	if n := deletes.Load(); n != 1 {
		t.Errorf("the server got %d deletions, want 1", n)
	}
}

func TestConfirmDismissedDoesNothing(t *testing.T) {
	srv, deletes := confirmServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Delete card"); err != nil {
		t.Fatal(err)
	}
	if err := s.DismissDialog(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	// The page has handled the click by now: a submission would have started.
	if err := s.WaitText(stepCtx(t, 5*time.Second), "•••• 4242"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitURL(stepCtx(t, time.Second), srv.URL+"/"); err != nil {
		t.Error(err)
	}
	if n := deletes.Load(); n != 0 {
		t.Errorf("the server got %d deletions after the confirm was dismissed", n)
	}
}

func TestAlertBlocksActionsUntilHandled(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<button onclick="alert('Card removed'); document.body.append('after alert')">Remove card</button>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	text, err := s.DialogText(stepCtx(t, 2*time.Second))
	if err != nil || text != "Card removed" {
		t.Fatalf("DialogText = %q, %v; want %q", text, err, "Card removed")
	}
	start := time.Now()
	err = s.Click(stepCtx(t, 5*time.Second), "Remove card")
	if !errors.Is(err, ErrDialogOpen) {
		t.Errorf("clicking with an alert open: %v, want ErrDialogOpen", err)
	}
	mustContain(t, err, `alert "Card removed"`)
	if d := time.Since(start); d > time.Second {
		t.Errorf("the action waited %s instead of failing at once", d)
	}
	if _, err := s.URL(stepCtx(t, time.Second)); err != nil {
		t.Errorf("URL must work while a dialog is open: %v", err)
	}
	if err := s.AcceptDialog(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "after alert"); err != nil {
		t.Fatal(err)
	}
}

func TestNoDialogFailsWithinTheTimeout(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>quiet</p>`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.AcceptDialog(stepCtx(t, failSoon))
	if !errors.Is(err, ErrNoDialog) {
		t.Errorf("AcceptDialog with no dialog: %v, want ErrNoDialog", err)
	}
	mustContain(t, err, "no browser dialog opened on "+srv.URL+"/", "timed out after")
}

func TestCloseDismissesAnOpenDialog(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<button onclick="confirm('Leave?')">Leave</button>`})
	s, err := testBrowser.NewSession(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Leave"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DialogText(stepCtx(t, 2*time.Second)); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Close with a dialog open: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close hung on the open dialog")
	}
}

// A dialog in a tab the page opened is seen although that tab is not
// current. (A dialog the new tab opens while it first loads, before the
// session has attached to it, is not.)
func TestDialogInATabThePageOpened(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":      `<button onclick="window.card = window.open('/popup')">Card details</button>`,
		"/popup": `<p>card</p>`,
	})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Card details"); err != nil {
		t.Fatal(err)
	}
	err := poll(stepCtx(t, 5*time.Second), nil, func() (bool, error) {
		return len(s.tabsCurrentFirst()) == 2, nil
	})
	if err != nil {
		t.Fatalf("the new tab was not attached: %v", err)
	}
	jsValue(t, s, `window.card.setTimeout(() => window.card.alert('Session expired')), 'asked'`)
	text, err := s.DialogText(stepCtx(t, 5*time.Second))
	if err != nil || text != "Session expired" {
		t.Fatalf("DialogText = %q, %v; want the new tab's alert", text, err)
	}
	if err := s.AcceptDialog(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
}

// A reader clicks the dialog's own button, as the articles say ("click
// OK"): a click named for the browser dialog's OK accepts it, one named
// for its Cancel dismisses it, in the languages of the articles; a click
// on anything else still says the dialog is open.
func TestClickingTheDialogsButtonAnswersIt(t *testing.T) {
	for _, tc := range []struct {
		name    string
		deletes int32
	}{{"OK", 1}, {"ОК", 1}, {"ओके", 1}, {"Sawa", 1}, {"Cancel", 0}, {"Отмена", 0}, {"Batal", 0}} {
		srv, deletes := confirmServer(t)
		s := newSession(t)
		open(t, s, srv.URL)
		if err := s.Click(stepCtx(t, 5*time.Second), "Delete card"); err != nil {
			t.Fatal(err)
		}
		if err := s.Click(stepCtx(t, 5*time.Second), "Delete card"); !errors.Is(err, ErrDialogOpen) {
			t.Errorf("a click on the page while the confirm is open: %v, want %v", err, ErrDialogOpen)
		}
		if err := s.Click(stepCtx(t, 5*time.Second), tc.name); err != nil {
			t.Fatalf("clicking %q in the confirm: %v", tc.name, err)
		}
		want := "•••• 4242"
		if tc.deletes == 1 {
			want = "Card deleted"
		}
		if err := s.WaitText(stepCtx(t, 5*time.Second), want); err != nil {
			t.Errorf("after %q: %v", tc.name, err)
		}
		if n := deletes.Load(); n != tc.deletes {
			t.Errorf("after %q the server got %d deletions, want %d", tc.name, n, tc.deletes)
		}
	}
}

// popupServer serves a card whose "Remove card" opens the page's own modal
// pop-up (no native dialog) with "Delete" and "Cancel", and counts the
// deletions it receives.
func popupServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	return cardServer(t, `<p>•••• 4242</p>
<button onclick="document.getElementById('ask').showModal()">Remove card</button>
<button>Delete account</button>
<dialog id="ask" aria-labelledby="ask-title"><form method="post" action="/delete">
<h2 id="ask-title">Remove this card?</h2>
<button type="button" onclick="document.getElementById('ask').close()">Cancel</button>
<button type="submit">Delete</button>
</form></dialog>`)
}

// A reader who writes "I confirm the pop-up" where the page shows its own
// pop-up, not a browser alert, means its confirming button, as the
// articles say ("confirm in the pop-up"); cancelling it means its Cancel.
func TestAcceptingConfirmsThePagesOwnPopup(t *testing.T) {
	srv, deletes := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	if err := s.DismissDialog(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatalf("cancelling the page's pop-up: %v", err)
	}
	if err := s.WaitNoText(stepCtx(t, 5*time.Second), "Remove this card?"); err != nil {
		t.Fatalf("the pop-up is still open after Cancel: %v", err)
	}
	if n := deletes.Load(); n != 0 {
		t.Fatalf("cancelling the pop-up deleted the card (%d)", n)
	}
	if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	if err := s.AcceptDialog(stepCtx(t, 5*time.Second)); err != nil {
		t.Fatalf("confirming the page's pop-up: %v", err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "Card deleted"); err != nil {
		t.Fatal(err)
	}
	if n := deletes.Load(); n != 1 {
		t.Errorf("the server got %d deletions, want 1", n)
	}
}

// With neither a browser dialog nor a pop-up of the page open, the step
// fails and says it looked for both.
func TestNoDialogAndNoPopupSaysSo(t *testing.T) {
	srv, _ := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.AcceptDialog(stepCtx(t, failSoon))
	if !errors.Is(err, ErrNoDialog) {
		t.Fatalf("AcceptDialog with nothing open: %v, want ErrNoDialog", err)
	}
	mustContain(t, err, "no pop-up of the page")
}

// Where no browser dialog is open, what "the alert" says is the text of
// the page's own pop-up, its buttons left out; a text it does not hold is
// waited for until the deadline, and the last text read is returned.
func TestAlertTextReadsThePagesPopup(t *testing.T) {
	srv, _ := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	text, popup, err := s.AlertText(stepCtx(t, 5*time.Second), func(got string) bool { return strings.Contains(got, "Remove this card?") })
	if err != nil || !popup || !strings.Contains(text, "Remove this card?") {
		t.Fatalf("AlertText = %q, pop-up %v, %v; want the pop-up's text", text, popup, err)
	}
	if strings.Contains(text, "Delete") || strings.Contains(text, "Cancel") {
		t.Errorf("the pop-up's text %q holds its buttons", text)
	}
	text, popup, err = s.AlertText(stepCtx(t, failSoon), func(got string) bool { return strings.Contains(got, "Card removed") })
	if err == nil || !popup || !strings.Contains(text, "Remove this card?") {
		t.Errorf("AlertText for a text the pop-up lacks = %q, pop-up %v, %v; want an error and the text it has", text, popup, err)
	}
}

// Clicking a browser dialog's "OK" (or "Sawa") where the page shows a
// pop-up of its own without such a button fails, and says which buttons
// the pop-up has and the step that answers it whatever they are called.
func TestClickingOKOnThePagesPopupNamesItsButtons(t *testing.T) {
	srv, deletes := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Sawa", "OK"} {
		err := s.Click(stepCtx(t, failSoon), name)
		mustContain(t, err, `the page's own pop-up "Remove this card?" has the buttons "Delete" and "Cancel"`, "I accept the alert")
	}
	if n := deletes.Load(); n != 0 {
		t.Errorf("the server got %d deletions, want none", n)
	}
}

// A click "in the pop-up" looks among the buttons of the page's open
// pop-up; an alert's "OK" there, which the pop-up does not have, is its
// confirming button; with no pop-up open the click fails and says so.
func TestClickInThePopup(t *testing.T) {
	srv, deletes := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.ClickIn(stepCtx(t, failSoon), InPopup(), "Delete")
	mustContain(t, err, "no pop-up of the page is open")
	for i, name := range []string{"Delete", "OK"} {
		open(t, s, srv.URL)
		if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
			t.Fatal(err)
		}
		if err := s.ClickIn(stepCtx(t, 5*time.Second), InPopup(), name); err != nil {
			t.Fatalf("clicking %q in the pop-up: %v", name, err)
		}
		if err := s.WaitText(stepCtx(t, 5*time.Second), "Card deleted"); err != nil {
			t.Fatalf("after %q in the pop-up: %v", name, err)
		}
		if n := deletes.Load(); n != int32(i+1) {
			t.Errorf("after %q in the pop-up the server got %d deletions, want %d", name, n, i+1)
		}
	}
}

// An alert's "Cancel" in another language (Batal, Отмена) is the page's own
// pop-up's "Cancel" where the pop-up has that button.
func TestCancelInAnotherLanguageClosesThePagesPopup(t *testing.T) {
	srv, deletes := popupServer(t)
	s := newSession(t)
	for _, name := range []string{"Batal", "Отмена"} {
		open(t, s, srv.URL)
		if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
			t.Fatal(err)
		}
		if err := s.Click(stepCtx(t, 5*time.Second), name); err != nil {
			t.Fatalf("clicking %q on the page's pop-up: %v", name, err)
		}
		if err := s.WaitNoText(stepCtx(t, 5*time.Second), "Remove this card?"); err != nil {
			t.Errorf("after %q the pop-up is still open: %v", name, err)
		}
	}
	if n := deletes.Load(); n != 0 {
		t.Errorf("cancelling deleted %d cards", n)
	}
}

// A name clicked in the pop-up where the pop-up is the browser's own
// confirm, whose buttons are OK and Cancel, fails at once naming them and
// the steps that answer it; the card is not deleted.
func TestClickInThePopupOfTheBrowsersConfirmNamesItsButtons(t *testing.T) {
	srv, deletes := confirmServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Delete card"); err != nil {
		t.Fatal(err)
	}
	err := s.ClickIn(stepCtx(t, 5*time.Second), InPopup(), "Delete")
	mustContain(t, err, `clicking "Delete" in the pop-up: the pop-up open is the browser's own confirm "Delete this card?"`,
		`whose buttons are "OK" and "Cancel", not "Delete"`, `I click "OK" in the pop-up (I accept the alert)`)
	if err := s.ClickIn(stepCtx(t, 5*time.Second), InPopup(), "OK"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitText(stepCtx(t, 5*time.Second), "Card deleted"); err != nil {
		t.Fatal(err)
	}
	if n := deletes.Load(); n != 1 {
		t.Errorf("%d deletions, want the one OK made", n)
	}
}

// A name the open pop-up lacks fails naming the pop-up's own buttons
// first, then the rest of the page's.
func TestClickInThePopupNamesThePopupsButtons(t *testing.T) {
	srv, deletes := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Click(stepCtx(t, 5*time.Second), "Remove card"); err != nil {
		t.Fatal(err)
	}
	err := s.ClickIn(stepCtx(t, failSoon), InPopup(), "Delete forever")
	mustContain(t, err, `no visible element named "Delete forever" in the pop-up`, `; in the pop-up: "Delete", "Cancel"; elsewhere on the page: `, `"Remove card"`)
	if n := deletes.Load(); n != 0 {
		t.Errorf("the server got %d deletions, want none", n)
	}
}

// An "OK" clicked where nothing is open and the page has no such button
// says that no alert or pop-up is open for it to answer.
func TestOKWithNothingOpenSaysSo(t *testing.T) {
	srv, _ := popupServer(t)
	s := newSession(t)
	open(t, s, srv.URL)
	mustContain(t, s.Click(stepCtx(t, failSoon), "OK"), `no visible element named "OK"`, `; no alert or pop-up is open, which "OK" would answer: the step that opens one comes first`)
	mustContain(t, s.Click(stepCtx(t, failSoon), "Delete forever"), `no visible element named "Delete forever"`)
	if err := s.Click(stepCtx(t, failSoon), "Delete forever"); strings.Contains(err.Error(), "no alert or pop-up is open") {
		t.Errorf("a name that answers no alert says none is open: %v", err)
	}
}
