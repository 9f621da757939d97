package site

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/unbind/unbind/sim/world"
)

// securityQuestions are the keys of the questions the wallet offers.
func securityQuestions() []string {
	return []string{"question.mother", "question.pet", "question.city", "question.school", "question.book"}
}

// securityData is step 2's state: what was typed (never the passwords) and
// the rule a refusal broke.
type securityData struct {
	Error     string
	Questions []string // the keys offered
	Answers   []world.SecurityAnswer
}

// confirmedOnly is the session of a buyer who confirmed the e-mail but has
// not finished registering; others go to the wallet home.
func (rq *request) confirmedOnly() (world.Session, world.Buyer, bool) {
	s, st, ok := rq.walletBuyer()
	if ok && st != world.WalletConfirmed {
		rq.redirect("/")
		return s, world.Buyer{}, false
	}
	if !ok {
		return s, world.Buyer{}, false
	}
	b, err := rq.world.Buyer(s.Email)
	if err != nil {
		rq.notFound()
		return s, b, false
	}
	return s, b, true
}

// securityForm is step 2, "Set up security"; once done, step 3 follows
// (in 001's site the account is open once step 2 is done).
func (rq *request) securityForm() {
	s, b, ok := rq.confirmedOnly()
	if !ok {
		return
	}
	if b.Secured {
		rq.redirect("/register/identity.htm")
		return
	}
	rq.renderSecurity(http.StatusOK, s, securityData{Answers: make([]world.SecurityAnswer, world.SecurityQuestions)})
}

func (rq *request) renderSecurity(status int, s world.Session, d securityData) {
	d.Questions = securityQuestions()
	rq.render(status, "register_security", rq.walletView(s, rq.securityTitle(), "", d))
}

// securityTitle is step 2's heading: "Set up security", or 001's "Security
// Settings".
func (rq *request) securityTitle() string {
	if rq.world.Has(world.ProfileSecuritySettings) {
		return rq.loc.T("security.settings_title")
	}
	return rq.loc.T("security.title")
}

// security sets the payment password and the security questions. A refusal
// names the rule and keeps the questions and answers typed.
func (rq *request) security() {
	s, b, ok := rq.confirmedOnly()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	if b.Secured {
		rq.redirect("/register/identity.htm")
		return
	}
	answers := rq.postedAnswers()
	err := rq.world.SetSecurity(s.Email, world.Security{
		Password: rq.r.PostFormValue("password"), Confirm: rq.r.PostFormValue("confirm"), Answers: answers,
	})
	if err != nil {
		msg, known := rq.securityRule(err)
		if !known {
			rq.notFound()
			return
		}
		rq.renderSecurity(http.StatusOK, s, securityData{Error: msg, Answers: answers})
		return
	}
	if rq.world.Has(world.ProfileSecuritySettings) {
		rq.render(http.StatusOK, "register_done", rq.walletView(s, rq.loc.T("security.done"), "", nil))
		return
	}
	rq.render(http.StatusOK, "register_secured", rq.walletView(s, rq.loc.T("security.saved"), "", nil))
}

// postedAnswers reads question1..3 and answer1..3, keeping only offered questions.
func (rq *request) postedAnswers() []world.SecurityAnswer {
	out := make([]world.SecurityAnswer, world.SecurityQuestions)
	for i := range out {
		n := strconv.Itoa(i + 1)
		q := rq.r.PostFormValue("question" + n)
		if !contains(securityQuestions(), q) {
			q = ""
		}
		out[i] = world.SecurityAnswer{Question: q, Answer: rq.r.PostFormValue("answer" + n)}
	}
	return out
}

// securityRule says in the page's language which rule err broke.
func (rq *request) securityRule(err error) (string, bool) {
	keys := map[error]string{
		world.ErrPasswordFormat:    "security.err.format",
		world.ErrPasswordSequence:  "security.err.sequence",
		world.ErrPasswordRepeated:  "security.err.repeated",
		world.ErrPasswordMismatch:  "security.err.mismatch",
		world.ErrQuestionsTooFew:   "security.err.questions",
		world.ErrQuestionsRepeated: "security.err.questions_repeated",
	}
	for target, key := range keys {
		if errors.Is(err, target) {
			return rq.loc.T(key), true
		}
	}
	return "", false
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
