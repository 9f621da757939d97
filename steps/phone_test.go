package steps

import "testing"

// The SMS steps read the phone number on the buyer's account, however the
// number is written.
func TestBuyerPhone(t *testing.T) {
	s := seamScenario(t, "")
	if _, err := s.buyerPhone(); err == nil {
		t.Error("a phone before any buyer")
	}
	if err := s.addBuyer(false, nil); err != nil {
		t.Fatal(err)
	}
	checkSteps(t, []stepCase{
		{"no SMS", s.bindSMSCount(), []any{0}, ""},
		{"an SMS expected", s.bindSMSCount(), []any{1}, "has 0 SMS, want 1"},
	})
	s.world.SendSMS("+7 (900) 000 00 00", "hello")
	if err := run(t, s.bindSMSCount(), 1); err != nil {
		t.Errorf("an SMS to the same number written otherwise: %v", err)
	}
}
