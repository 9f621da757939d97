package site

import (
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// language is a choice of the wallet's language switch, named in itself.
type language struct {
	Tag, Name string
	Selected  bool
}

// walletSettings is the wallet's Settings: Card management (P10) and the
// language switch (001: "we choose Russian").
func (rq *request) walletSettings() {
	s, ok := rq.walletAccount()
	if !ok {
		return
	}
	var langs []language
	for _, tag := range rq.site.cat.Tags() {
		l, _ := rq.site.cat.Lookup(tag)
		langs = append(langs, language{Tag: tag, Name: l.T("language.name"), Selected: tag == rq.loc.Tag()})
	}
	v := rq.walletView(s, rq.loc.T("settings.title"), "settings", langs)
	v.Notice = rq.takeNotice(s)
	rq.render(http.StatusOK, "wallet_settings", v)
}

// setLanguage keeps the chosen language for the buyer, in every browser
// from now on, and shows the settings in it.
func (rq *request) setLanguage() {
	s, ok := rq.walletAccount()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	l, found := rq.site.cat.Lookup(rq.r.PostFormValue("language"))
	if !found {
		rq.notFound()
		return
	}
	if err := rq.world.SetWalletLanguage(s.Email, l.Tag()); err != nil {
		rq.notFound()
		return
	}
	rq.world.SetFlash(s.ID, "settings.saved")
	rq.redirect("/account/settings.htm")
}

// walletLanguage is the language the signed-in wallet buyer chose, if any.
func (rq *request) walletLanguage() (string, bool) {
	if rq.world == nil || rq.host != HostWallet {
		return "", false
	}
	s, ok := rq.world.Session(world.RealmWallet, rq.cookie(cookieWallet))
	if !ok || !s.SignedIn() {
		return "", false
	}
	b, err := rq.world.Buyer(s.Email)
	if err != nil || b.Language == "" {
		return "", false
	}
	return b.Language, true
}
