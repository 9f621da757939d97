package world

import (
	"encoding/json"
	"testing"
)

// A wallet status travels as its name in JSON (the admin API shows it so)
// and reads back as itself; an unknown name is refused.
func TestWalletStatusJSON(t *testing.T) {
	for _, st := range []WalletStatus{WalletNone, WalletConfirmed, WalletRegistered} {
		data, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		var back WalletStatus
		if err := json.Unmarshal(data, &back); err != nil || back != st {
			t.Errorf("%v: %s read back as %v (%v)", st, data, back, err)
		}
	}
	var bad WalletStatus
	if err := json.Unmarshal([]byte(`"maybe"`), &bad); err == nil {
		t.Error("an unknown status was accepted")
	}
}
