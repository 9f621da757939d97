package site

import (
	"errors"
	"net/http"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// citizenships are the countries the form offers, by ISO code; names come
// from the catalog ("country.RU").
func citizenships() []string { return []string{"RU", "ID", "IN", "KE", "TZ", "OTHER"} }

// documents are the ID documents the form offers (optional, 002).
func documents() []string { return []string{"passport", "other"} }

// identityData is step 3's state.
type identityData struct {
	Error     string
	Field     string // the field a refusal is about
	ID        world.Identity
	Countries []string
	Documents []string
}

// identityForm is step 3, "Check my identity": personal data, then "Next".
func (rq *request) identityForm() {
	s, b, ok := rq.confirmedOnly()
	if !ok {
		return
	}
	if !b.Secured {
		rq.redirect("/register/security.htm")
		return
	}
	rq.renderIdentity(http.StatusOK, s, identityData{ID: world.Identity{Phone: b.Phone}})
}

func (rq *request) renderIdentity(status int, s world.Session, d identityData) {
	d.Countries, d.Documents = citizenships(), documents()
	rq.render(status, "register_identity", rq.walletView(s, rq.loc.T("identity.title"), "", d))
}

// identity finishes the registration. A refusal names the field and keeps
// everything typed.
func (rq *request) identity() {
	s, b, ok := rq.confirmedOnly()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	if !b.Secured {
		rq.redirect("/register/security.htm")
		return
	}
	id := rq.postedIdentity()
	err := rq.world.SetIdentity(s.Email, id)
	var re *world.RuleError
	switch {
	case errors.As(err, &re):
		rq.renderIdentity(http.StatusOK, s, identityData{Error: rq.loc.T("identity.err." + re.Field + ruleSuffix(err)), Field: re.Field, ID: id})
	case err != nil:
		rq.notFound()
	default:
		rq.render(http.StatusOK, "register_done", rq.walletView(s, rq.loc.T("security.done"), "", nil))
	}
}

// ruleSuffix tells apart two rules of one field.
func ruleSuffix(err error) string {
	if errors.Is(err, world.ErrTooYoung) {
		return "_age"
	}
	return ""
}

func (rq *request) postedIdentity() world.Identity {
	f := func(name string) string { return strings.TrimSpace(rq.r.PostFormValue(name)) }
	id := world.Identity{
		LastName: f("last_name"), FirstName: f("first_name"), BirthDate: f("birth_date"),
		Citizenship: f("citizenship"), Address: f("address"), Phone: f("phone"),
		Document: f("document"), DocumentNumber: f("document_number"),
	}
	if !contains(citizenships(), id.Citizenship) {
		id.Citizenship = ""
	}
	if !contains(documents(), id.Document) {
		id.Document = ""
	}
	return id
}
