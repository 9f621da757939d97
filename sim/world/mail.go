package world

import (
	"time"
)

// Anchor is a link in a letter, with the text it is shown with.
type Anchor struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Mail is a letter in the world's mail system.
type Mail struct {
	ID      string    `json:"id"`
	From    string    `json:"from"` // "Alipay <no-reply@intl.alipay.com>"
	To      string    `json:"to"`
	Subject string    `json:"subject"`
	Text    string    `json:"text"`    // plain-text body
	Links   []string  `json:"links"`   // every URL in the letter, in order
	Anchors []Anchor  `json:"anchors"` // the same links with their texts
	Sent    time.Time `json:"sent"`    // on the world clock
}

// Send delivers a letter, stamping its id and time; Links are taken from
// Anchors when not given.
func (w *World) Send(m Mail) Mail {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.send(m)
}

func (w *World) send(m Mail) Mail {
	m.ID = randomID(6)
	m.Sent = w.now()
	if m.Links == nil {
		for _, a := range m.Anchors {
			m.Links = append(m.Links, a.URL)
		}
	}
	w.mail = append(w.mail, m)
	return m
}

// Mailbox returns the letters sent to an address, oldest first.
func (w *World) Mailbox(email string) []Mail {
	w.mu.Lock()
	defer w.mu.Unlock()
	var box []Mail
	for _, m := range w.mail {
		if key(m.To) == key(email) {
			box = append(box, copyMail(m))
		}
	}
	return box
}

// Letter returns one letter of an address's mailbox.
func (w *World) Letter(email, id string) (Mail, bool) {
	for _, m := range w.Mailbox(email) {
		if m.ID == id {
			return m, true
		}
	}
	return Mail{}, false
}

func copyMail(m Mail) Mail {
	m.Links = append([]string(nil), m.Links...)
	m.Anchors = append([]Anchor(nil), m.Anchors...)
	return m
}
