package world

import (
	"fmt"
	"slices"
	"strings"
)

// Site profiles: how the real sites behaved at different times, one for each
// place where the articles disagree. A world takes one profile or several
// joined by "+" ("edit-delete+alert-confirm").
const (
	// ProfileDefault is the site where the four named paths (P1 to P4) work:
	// the card list and the direct link need only the storefront login.
	ProfileDefault = ""
	// ProfileWalletRequired is the site where the wallet's card pages need a
	// wallet account (registered, or at least a confirmed e-mail address):
	// the direct link and the help-center button lead to the registration
	// offer, and a mock registration (P4) is the way through.
	ProfileWalletRequired = "wallet-required"
	// ProfileRegistrationClosed is the wallet after 1 January 2017 (004): it
	// refuses new registrations with a notice; existing wallet users still
	// sign in, see and delete their cards.
	ProfileRegistrationClosed = "registration-closed"
	// ProfileEditDelete is the wording of 000 and 003: the card icon is
	// "Edit", the button by each card is "Delete" and the warning box is
	// confirmed with "OK".
	ProfileEditDelete = "edit-delete"
	// ProfileAlertConfirm is the card list of 000 and 003 that confirms a
	// removal with the browser's own warning box (OK / Cancel) instead of a
	// pop-up in the page.
	ProfileAlertConfirm = "alert-confirm"
	// ProfileWithdrawableBalance is the wallet of 004, whose balance can be
	// withdrawn to a bound card; elsewhere (000, 003) it can only be spent
	// on purchases.
	ProfileWithdrawableBalance = "withdrawable-balance"
	// ProfileAppCardsInProfile is the mobile app of 002: "My bank cards" is
	// right under "My Profile", with no "Favorites" → "My certificates" (003).
	ProfileAppCardsInProfile = "app-cards-in-profile"
	// ProfileEditingCard is the wording of 004: the wallet's two menus are
	// "Payment history" and "My Account", the card icon reads "Editing card"
	// on hover, the button by each card is "Delete card" and the pop-up is
	// confirmed with "Confirm".
	ProfileEditingCard = "editing-card"
	// ProfileWalletSignIn is the wallet of 004 and 000 that asks the buyer to
	// sign in again: without a wallet session it shows its own sign-in box
	// (the Alipay or the AliExpress e-mail and password), with "Forgot
	// password" under it, instead of trusting the storefront login.
	ProfileWalletSignIn = "wallet-sign-in"
	// ProfileCheckCard is the help center of 002: the answer's button reads
	// "check card", and the list it opens has a "Delete" icon by each card.
	ProfileCheckCard = "check-card"
	// ProfileManageCards is the wallet account page of 002 with a "Manage
	// your cards" button that opens the card list (and its "Add card").
	ProfileManageCards = "manage-cards"
	// ProfileSecuritySettings is the registration of 001: the letter's link
	// opens "Security Settings", whose "Submit" opens the wallet account at
	// once ("Go to My Alipay"); there is no personal-data step (002, 003).
	ProfileSecuritySettings = "security-settings"
	// ProfileConfirmLetter is the confirmation letter of 001 and 002, whose
	// button is "Confirm".
	ProfileConfirmLetter = "confirm-letter"
	// ProfileAlipayMenu is the site of 003's Method 1: "My Alipay" top
	// right is a hover menu of its own whose "Account" tab opens the wallet
	// account (for a newcomer, the page that opens one, whose button reads
	// in full "Send confirmation email").
	ProfileAlipayMenu = "alipay-menu"
	// ProfileGoToMyAlipay is the storefront of 000, 001 and 003 where the
	// drop-down's "My Alipay" opens a storefront page whose "Go to my
	// Alipay" (in English on the Russian site too, as 000 and 003 print it)
	// leads to the wallet: an account holder to the account, a newcomer to
	// the page that confirms the e-mail address.
	ProfileGoToMyAlipay = "go-to-my-alipay"
)

// Profiles lists the site profiles a world can take, the default first.
func Profiles() []string {
	return []string{ProfileDefault, ProfileWalletRequired, ProfileRegistrationClosed, ProfileEditDelete,
		ProfileAlertConfirm, ProfileWithdrawableBalance, ProfileAppCardsInProfile, ProfileEditingCard,
		ProfileWalletSignIn, ProfileCheckCard, ProfileManageCards, ProfileSecuritySettings, ProfileConfirmLetter,
		ProfileAlipayMenu, ProfileGoToMyAlipay}
}

// CheckProfile accepts "" and any "+"-joined list of known profiles, each
// named once.
func CheckProfile(profile string) error {
	if profile == "" {
		return nil
	}
	var seen []string
	for _, p := range strings.Split(profile, "+") {
		if p == "" || !slices.Contains(Profiles(), p) {
			return fmt.Errorf("unknown profile %q in %q (known: %s)", p, profile, strings.Join(Profiles()[1:], ", "))
		}
		if slices.Contains(seen, p) {
			return fmt.Errorf("profile %q named twice in %q", p, profile)
		}
		seen = append(seen, p)
	}
	return nil
}

func hasProfile(profile, name string) bool {
	if name == "" {
		return profile == ""
	}
	return slices.Contains(strings.Split(profile, "+"), name)
}
