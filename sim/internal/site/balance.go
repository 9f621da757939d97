package site

import (
	"errors"
	"net/http"
	"slices"

	"github.com/unbind/unbind/sim/world"
)

// historyLine is one line of the wallet's History, newest first.
type historyLine struct {
	Entry world.Entry
	Text  string
}

// history lists what moved through the wallet: card checks, refunds,
// payments from the balance and withdrawals.
func (rq *request) history() {
	s, ok := rq.walletAccount()
	if !ok {
		return
	}
	entries, err := rq.world.History(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	lines := make([]historyLine, 0, len(entries))
	for _, e := range slices.Backward(entries) {
		lines = append(lines, historyLine{Entry: e, Text: rq.entryText(e)})
	}
	v := rq.walletView(s, rq.loc.T("wallet.menu.history"), "history", lines)
	v.Notice = rq.takeNotice(s)
	rq.render(http.StatusOK, "wallet_history", v)
}

func (rq *request) entryText(e world.Entry) string {
	switch e.Kind {
	case world.EntryCardCheck:
		return rq.loc.T("history.card_check", e.Card)
	case world.EntryRefund:
		return rq.loc.T("history.refund", e.Order)
	case world.EntryPayment:
		return rq.loc.T("history.payment", e.Order)
	case world.EntryWithdrawal:
		return rq.loc.T("history.withdrawal", e.Card)
	}
	return string(e.Kind)
}

// withdrawData is the withdrawal form's state.
type withdrawData struct {
	Balance world.Money
	Cards   []world.Card
	Error   string
}

// withdrawForm exists only where the balance can be withdrawn (004).
func (rq *request) withdrawForm() {
	s, ok := rq.withdrawer()
	if ok {
		rq.renderWithdraw(http.StatusOK, s, "")
	}
}

func (rq *request) withdrawer() (world.Session, bool) {
	s, ok := rq.walletAccount()
	if ok && !rq.world.Has(world.ProfileWithdrawableBalance) {
		rq.notFound()
		return s, false
	}
	return s, ok
}

func (rq *request) renderWithdraw(status int, s world.Session, errText string) {
	b, err := rq.world.Buyer(s.Email)
	cards, cerr := rq.world.WalletCards(s.Email)
	if err != nil || cerr != nil {
		rq.notFound()
		return
	}
	rq.render(status, "wallet_withdraw", rq.walletView(s, rq.loc.T("withdraw.title"), "account",
		withdrawData{Balance: b.Balance, Cards: cards, Error: errText}))
}

// withdraw sends the whole balance to the chosen card.
func (rq *request) withdraw() {
	s, ok := rq.withdrawer()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	_, err := rq.world.Withdraw(s.Email, rq.r.PostFormValue("card"))
	switch {
	case errors.Is(err, world.ErrNothingToWithdraw):
		rq.renderWithdraw(http.StatusOK, s, rq.loc.T("withdraw.nothing"))
	case errors.Is(err, world.ErrNoSuchCard):
		rq.renderWithdraw(http.StatusOK, s, rq.loc.T("withdraw.choose_card"))
	case err != nil:
		rq.notFound()
	default:
		rq.world.SetFlash(s.ID, "withdraw.done")
		rq.redirect("/history.htm")
	}
}
