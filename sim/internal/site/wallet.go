package site

import (
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// walletBuyer is the wallet session and how far its buyer got with the
// wallet account; without a session it starts single sign-on.
func (rq *request) walletBuyer() (world.Session, world.WalletStatus, bool) {
	s, ok := rq.requireWallet()
	if !ok {
		return s, world.WalletNone, false
	}
	st, err := rq.world.WalletStatus(s.Email)
	if err != nil {
		rq.notFound()
		return s, world.WalletNone, false
	}
	return s, st, true
}

// walletAccount is walletBuyer for pages only wallet account holders see;
// others are sent to the wallet home, which offers to open one.
func (rq *request) walletAccount() (world.Session, bool) {
	s, st, ok := rq.walletBuyer()
	if ok && st == world.WalletNone {
		rq.redirect("/")
		return s, false
	}
	return s, ok
}

// walletView is a wallet page view with the session's token.
func (rq *request) walletView(s world.Session, title, active string, d any) view {
	v := view{Title: title, CSRF: s.CSRF, D: d}
	v.Wallet.Active = active
	return v
}

// walletHome is the account page for account holders and the offer to
// open a wallet for everyone else; both show the Card Information block.
func (rq *request) walletHome() {
	s, st, ok := rq.walletBuyer()
	if !ok {
		return
	}
	if st == world.WalletNone {
		rq.render(http.StatusOK, "wallet_welcome", rq.walletView(s, rq.loc.T("wallet.welcome.title"), "", nil))
		return
	}
	b, err := rq.world.Buyer(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	v := rq.walletView(s, rq.loc.T("wallet.title"), "account", accountData{Buyer: b, CardsIcon: rq.cardsIcon(),
		ManageCards: rq.world.Has(world.ProfileManageCards), Withdrawable: rq.world.Has(world.ProfileWithdrawableBalance)})
	v.Notice = rq.takeNotice(s)
	rq.render(http.StatusOK, "wallet_account", v)
}

// cardsIcon is the card icon's name: "Edit cards", "Edit" (000, 003) or
// "Editing card" (004).
func (rq *request) cardsIcon() string {
	switch {
	case rq.world.Has(world.ProfileEditingCard):
		return rq.loc.T("wallet.icons.editing")
	case rq.world.Has(world.ProfileEditDelete):
		return rq.loc.T("wallet.icons.edit")
	}
	return rq.loc.T("wallet.icons.cards")
}

// accountData is the account page's state.
type accountData struct {
	Buyer        world.Buyer
	CardsIcon    string // the card icon's name
	ManageCards  bool   // a "Manage your cards" button opens the card list (002)
	Withdrawable bool   // the balance can be withdrawn (004)
}

// detail is one labelled value on a simple wallet page.
type detail struct{ Label, Value string }

func (rq *request) profile() {
	s, ok := rq.walletAccount()
	if !ok {
		return
	}
	b, err := rq.world.Buyer(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "wallet_page", rq.walletView(s, rq.loc.T("wallet.icons.profile"), "account", []detail{
		{rq.loc.T("profile.name"), b.Name},
		{rq.loc.T("profile.email"), b.Email},
		{rq.loc.T("profile.phone"), orDash(b.Phone)},
	}))
}

func (rq *request) sms() {
	s, ok := rq.walletAccount()
	if !ok {
		return
	}
	b, err := rq.world.Buyer(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "wallet_page", rq.walletView(s, rq.loc.T("wallet.icons.sms"), "account", []detail{
		{rq.loc.T("profile.phone"), orDash(b.Phone)},
		{rq.loc.T("sms.status"), rq.loc.T("sms.on")},
	}))
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
