package world

import (
	"strings"
	"time"
)

// SMS is a text message sent to a phone number.
type SMS struct {
	ID   string    `json:"id"`
	To   string    `json:"to"`   // the phone number as the account gives it
	Text string    `json:"text"` // what the phone shows
	Sent time.Time `json:"sent"` // on the world clock
}

// SendSMS delivers a text message, stamping its id and time.
func (w *World) SendSMS(to, text string) SMS {
	w.mu.Lock()
	defer w.mu.Unlock()
	m := SMS{ID: randomID(6), To: to, Text: text, Sent: w.now()}
	w.sms = append(w.sms, m)
	return m
}

// Messages returns the text messages sent to a phone number, oldest first;
// numbers are compared by their digits ("+7 900 000-00-00" is "79000000000").
func (w *World) Messages(phone string) []SMS {
	w.mu.Lock()
	defer w.mu.Unlock()
	want := phoneDigits(phone)
	var out []SMS
	for _, m := range w.sms {
		if want != "" && phoneDigits(m.To) == want {
			out = append(out, m)
		}
	}
	return out
}

func phoneDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
