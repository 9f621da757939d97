package sim_test

import (
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

func profileCards(t *testing.T, profile string) (*world.World, *browser, *page) {
	t.Helper()
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: profile})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	return w, b, b.open(walletHome)
}

// The articles name and confirm the removal differently; each profile
// shows one article's site.
func TestDeleteProfiles(t *testing.T) {
	cases := []struct {
		why, profile, icon, button, confirm string
		alert                               bool
	}{
		{"the default (001, 002, 004)", "", "Edit cards", "Remove card", "Delete", false},
		{"000 and 003's wording", world.ProfileEditDelete, "Edit", "Delete", "OK", false},
		{"000 and 003's warning box", world.ProfileAlertConfirm, "Edit cards", "Remove card", "", true},
		{"000 and 003 together", world.ProfileEditDelete + "+" + world.ProfileAlertConfirm, "Edit", "Delete", "", true},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			w, b, account := profileCards(t, tc.profile)
			if got := account.doc.Find(`a.ap-icon[href="/account/cards.htm"]`).AttrOr("aria-label", ""); got != tc.icon {
				t.Errorf("the card icon is named %q, want %q", got, tc.icon)
			}
			list := account.click(tc.icon).want(cardsURL)
			if got := strings.TrimSpace(list.doc.Find(".card-row button").First().Text()); got != tc.button {
				t.Errorf("the button by the card is %q, want %q", got, tc.button)
			}
			confirm := strings.TrimSpace(list.doc.Find("#remove-card-dialog button[type=submit]").Text())
			if confirm != tc.confirm {
				t.Errorf("the pop-up confirms with %q, want %q", confirm, tc.confirm)
			}
			forms := list.doc.Find("form.js-confirm")
			if (forms.Length() > 0) != tc.alert {
				t.Errorf("%d forms confirmed by the browser, want alert=%v", forms.Length(), tc.alert)
			}
			if tc.alert {
				if msg := forms.First().AttrOr("data-confirm", ""); !strings.Contains(msg, "Visa •••• 4242") {
					t.Errorf("the warning box says %q", msg)
				}
				list.press(tc.button, nil).has("The card has been removed")
			} else {
				list.press(tc.button, nil).press(tc.confirm, nil).has("The card has been removed")
			}
			if got := join(masked(t, w, "ivan@example.com")); got != "MasterCard •••• 5454" {
				t.Errorf("cards %q", got)
			}
			_ = b
		})
	}
}

func TestRussianProfileLabels(t *testing.T) {
	_, b, _ := profileCards(t, world.ProfileEditDelete)
	ru := b.open(walletHome + "?locale=ru_RU")
	list := ru.click("Редактировать")
	if got := strings.TrimSpace(list.doc.Find(".card-row button").First().Text()); got != "Удалить" {
		t.Errorf("the Russian button is %q", got)
	}
	// 003 line 25 prints «ок» in Cyrillic letters, as a Russian page does.
	if got := strings.TrimSpace(list.doc.Find("#remove-card-dialog button[type=submit]").Text()); got != "ОК" {
		t.Errorf("the Russian pop-up confirms with %q, want «ОК» in Cyrillic", got)
	}
}

func TestCheckProfileExported(t *testing.T) {
	if err := sim.CheckProfile("registration-closed+edit-delete"); err != nil {
		t.Error(err)
	}
	if err := sim.CheckProfile("closed"); err == nil || !strings.Contains(err.Error(), "registration-closed") {
		t.Errorf("an unknown profile: %v, want the known ones named", err)
	}
	if len(sim.Profiles()) < 6 || sim.Profiles()[0] != world.ProfileDefault {
		t.Errorf("profiles %q", sim.Profiles())
	}
}
