package steps

import (
	"path/filepath"
	"testing"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"
)

// pickle is a scenario as godog gives it; rows are outline rows.
func pickle(name string, row bool, steps ...string) *godog.Scenario {
	p := &godog.Scenario{Uri: "features/p01_my_alipay.feature", Name: name, AstNodeIds: []string{"7"}}
	if row {
		p.AstNodeIds = append(p.AstNodeIds, "9")
	}
	for _, s := range steps {
		p.Steps = append(p.Steps, &messages.PickleStep{Text: s})
	}
	return p
}

func TestBaselineFoldersAreStableAndTellOutlineRowsApart(t *testing.T) {
	plain := baselineDir("/b", pickle("Remove the only card", false, "I click \"Delete\""))
	if want := filepath.Join("/b", "p01-my-alipay", "remove-the-only-card"); plain != want {
		t.Errorf("baseline folder of a scenario = %q, want %q, as its evidence folder is named", plain, want)
	}
	row1 := baselineDir("/b", pickle("Card", true, "I fill \"Expiry\" with \"12/30\""))
	row2 := baselineDir("/b", pickle("Card", true, "I fill \"Expiry\" with \"01/20\""))
	if row1 == row2 {
		t.Errorf("two rows of an outline share the baseline folder %q", row1)
	}
	// The same row in another run, whatever ran before it, and whatever
	// ids godog gave it, has the same folder.
	again := pickle("Card", true, "I fill \"Expiry\" with \"12/30\"")
	again.AstNodeIds = []string{"70", "91"}
	if got := baselineDir("/b", again); got != row1 {
		t.Errorf("the same row in another run: %q, then %q", row1, got)
	}
	if baselineDir("", pickle("x", false)) != "" {
		t.Error("no baseline folder given, yet one is named")
	}
	if got := baselineFile(plain, 5); filepath.Base(got) != "step-05.png" {
		t.Errorf("baseline of step 5 = %q", got)
	}
}
