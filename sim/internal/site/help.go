package site

import (
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

func (rq *request) helpHome() {
	rq.render(http.StatusOK, "help_home", view{Title: rq.loc.T("help.title")})
}

// helpQuestion is the answer whose orange "here" button (002: "check
// card") opens the wallet's card list (through single sign-on).
func (rq *request) helpQuestion() {
	d := helpData{CardsURL: rq.walletURL("/account/cards.htm"), Button: rq.loc.T("help.here"), Title: rq.loc.T("help.here_title")}
	if rq.world.Has(world.ProfileCheckCard) {
		d.Button, d.Title = rq.loc.T("help.here_title"), ""
	}
	rq.render(http.StatusOK, "help_question", view{Title: rq.loc.T("help.question"), D: d})
}

// helpData is the answer's button: where it leads, its words and its title.
type helpData struct {
	CardsURL, Button, Title string
}
