package intake

import (
	"errors"
	"strings"
	"testing"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
)

// cardWatcher keeps the scenarios it is told of.
type cardWatcher struct{ seen []*record.Scenario }

func (w *cardWatcher) Step(string, record.Status)   {}
func (w *cardWatcher) Scenario(sc *record.Scenario) { w.seen = append(w.seen, sc) }

// The record the collector gives, and each scenario it tells a watcher of
// (the console), has its card numbers and CVVs masked; the pickle godog
// holds, and runs the steps with, keeps what the steps type.
func TestTheRecordShowsNoCardNumber(t *testing.T) {
	const card, cvv = "4111 1111 1111 1111", "862"
	p := &messages.Pickle{Id: "p1", Uri: "features/pay.feature", Name: "Pay with " + card, Steps: []*messages.PickleStep{
		{Id: "s1", Text: `I fill "Card number" with "` + card + `"`, AstNodeIds: []string{"n1"}},
		{Id: "s2", Text: `I fill "CVV" with "` + cvv + `"`, AstNodeIds: []string{"n2"}},
	}}
	c := newCollector()
	w := &cardWatcher{}
	c.Watch(w)
	c.Pickle(p)
	c.Attach("s2", record.Attachment{Name: "note.txt", MediaType: "text/plain", Body: []byte("typed " + card + "\n")})
	c.Passed(p, p.Steps[0], nil)
	c.Failed(p, p.Steps[1], nil, errors.New(`the field "CVV" holds "`+cvv+`"`))

	if len(w.seen) != 1 {
		t.Fatalf("the watcher was told of %d scenarios, want 1", len(w.seen))
	}
	r := c.Run()
	for what, sc := range map[string]*record.Scenario{"watched": w.seen[0], "recorded": r.Features[0].Scenarios[0]} {
		shown := []string{sc.Name, sc.Pickle.Name, sc.Steps[0].Text, sc.Pickle.Steps[0].Text, sc.Steps[1].Text, sc.Steps[1].Error, string(sc.Steps[1].Attachments[0].Body)}
		for _, s := range shown {
			if strings.Contains(s, card) || strings.Contains(s, `"`+cvv+`"`) {
				t.Errorf("the %s scenario shows %q", what, s)
			}
		}
		if !strings.Contains(sc.Steps[0].Text, "•••• 1111") {
			t.Errorf("the %s step reads %q, want the card's last four digits", what, sc.Steps[0].Text)
		}
	}
	if !strings.Contains(p.Steps[0].Text, card) || !strings.Contains(p.Name, card) {
		t.Errorf("godog's own pickle was changed: %q, %q", p.Name, p.Steps[0].Text)
	}
}
