package site

import "net/http"

func (rq *request) helpHome() {
	rq.render(http.StatusOK, "help_home", view{Title: rq.loc.T("help.title")})
}

// helpQuestion is the answer whose orange "here" button opens the wallet's
// card list (through single sign-on).
func (rq *request) helpQuestion() {
	rq.render(http.StatusOK, "help_question", view{Title: rq.loc.T("help.question"), D: rq.walletURL("/account/cards.htm")})
}
