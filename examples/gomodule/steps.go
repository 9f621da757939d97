package shopcheck

import (
	"context"
	"fmt"
	"strings"

	"github.com/unbind/unbind/steps"
)

// Group is the heading the module's own steps are listed under.
const Group = "Shopcheck"

// buyer is the buyer unbind's Givens create ("a buyer with a bound ...").
const buyer = "buyer@example.com"

// Steps are the module's own steps.
func Steps() []steps.Step {
	return []steps.Step{
		{
			Group:   Group,
			Pattern: `^the page title, kept as evidence, holds "([^"]*)"$`,
			Example: `Then the page title, kept as evidence, holds "Card"`,
			Help:    "Keeps the title of the current tab as evidence, and checks that it holds the text.",
			Bind:    titleContains,
		},
		{
			Group:   Group,
			Pattern: `^the wallet holds (\d+) cards?$`,
			Example: `And the wallet holds 1 card`,
			Help:    "Checks in the world of the simulated sites how many cards are bound to the buyer's wallet.",
			Bind:    walletHolds,
		},
	}
}

func titleContains(s *steps.Scenario) any {
	return func(ctx context.Context, want string) error {
		title, err := s.Session().Title(ctx)
		if err != nil {
			return err
		}
		s.Attach("page-title.txt", "text/plain", []byte(title+"\n"))
		if !strings.Contains(title, want) {
			return fmt.Errorf("the page title is %q, not one containing %q", title, want)
		}
		return nil
	}
}

func walletHolds(s *steps.Scenario) any {
	return func(want int) error {
		cards, err := s.World().WalletCards(buyer)
		if err != nil {
			return err
		}
		if len(cards) != want {
			return fmt.Errorf("the wallet holds %d cards, want %d", len(cards), want)
		}
		return nil
	}
}
