package site

import (
	"net/http"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// phoneData is a phone's text messages, as the test webmail shows them.
type phoneData struct {
	Number   string
	Messages []world.SMS
}

// phone shows the SMS a number received (the $0.01 check of P7).
func (rq *request) phone() {
	number := strings.TrimSpace(rq.r.URL.Query().Get("number"))
	if number == "" {
		rq.redirect("/")
		return
	}
	rq.render(http.StatusOK, "phone", view{
		Title: rq.loc.T("phone.title", number),
		D:     phoneData{Number: number, Messages: rq.world.Messages(number)},
	})
}
