package site

import (
	"crypto/subtle"
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// csrfField is the name of the hidden field every state-changing form carries.
const csrfField = "csrf"

// checkCSRF compares the form's token with the session's; on a mismatch it
// answers 403 and returns false, and the caller changes nothing.
func (rq *request) checkCSRF(s world.Session) bool {
	got := rq.r.PostFormValue(csrfField)
	if got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.CSRF)) == 1 {
		return true
	}
	rq.fail(http.StatusForbidden, "error.forbidden", "error.forbidden_text")
	return false
}

// anonCSRF is the token of the visitor's wallet session, opened if needed,
// for forms shown before signing in.
func (rq *request) anonCSRF() string {
	return rq.ensureWalletSession().CSRF
}

// checkAnonCSRF is checkCSRF for those forms.
func (rq *request) checkAnonCSRF() bool {
	s, ok := rq.walletSession()
	if !ok {
		rq.fail(http.StatusForbidden, "error.forbidden", "error.forbidden_text")
		return false
	}
	return rq.checkCSRF(s)
}
