package sim

import "github.com/unbind/unbind/sim/world"

// seedDemo gives the demo world two buyers: one with a wallet and two
// cards, one without a wallet and with one card.
func seedDemo(w *world.World) error {
	for _, b := range demoBuyers() {
		if _, err := w.AddBuyer(b); err != nil {
			return err
		}
	}
	return nil
}

func demoBuyers() []world.BuyerSpec {
	return []world.BuyerSpec{
		{
			Email: "buyer@example.com", Password: "secret123", Name: "Ivan Petrov", Phone: "+7 900 000-00-01",
			Wallet: true,
			Cards: []world.CardSpec{
				{Number: "4242 4242 4242 4242", Expiry: "12/29", Holder: "IVAN PETROV"},
				{Number: "5454 5454 5454 5454", Expiry: "08/28", Holder: "IVAN PETROV"},
			},
		},
		{
			Email: "newbie@example.com", Password: "secret123", Name: "Siti Rahma", Phone: "+62 812 0000 0002",
			Cards: []world.CardSpec{{Number: "4111 1111 1111 1111", Expiry: "05/30", Holder: "SITI RAHMA"}},
		},
	}
}
