package site

import (
	"net/http"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// The test webmail: any address's mailbox in the current world, no password.

func (rq *request) mailHome() {
	rq.render(http.StatusOK, "mail_home", view{Title: rq.loc.T("webmail.title")})
}

// inboxData is a mailbox page's state.
type inboxData struct {
	Address string
	Letters []world.Mail
}

func (rq *request) inbox() {
	address := strings.TrimSpace(rq.r.URL.Query().Get("address"))
	if address == "" {
		rq.redirect("/")
		return
	}
	rq.render(http.StatusOK, "mail_inbox", view{
		Title: rq.loc.T("webmail.inbox", address),
		D:     inboxData{Address: address, Letters: rq.world.Mailbox(address)},
	})
}

// messageData is one letter, its text split into paragraphs.
type messageData struct {
	Address    string
	Letter     world.Mail
	Paragraphs []string
}

func (rq *request) message() {
	q := rq.r.URL.Query()
	m, ok := rq.world.Letter(q.Get("address"), q.Get("id"))
	if !ok {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "mail_message", view{
		Title: m.Subject,
		D:     messageData{Address: q.Get("address"), Letter: m, Paragraphs: strings.Split(m.Text, "\n\n")},
	})
}
