package suite

import (
	"strings"
	"testing"

	"github.com/unbind/unbind/steps"
)

func TestARunSaysWhatItsBaselinesCameTo(t *testing.T) {
	cases := []struct {
		o    steps.BaselineOptions
		n    steps.BaselineCount
		want string
	}{
		{steps.BaselineOptions{}, steps.BaselineCount{}, ""},
		{steps.BaselineOptions{Dir: "b"}, steps.BaselineCount{Compared: 9}, "unbind: baselines in b: 9 steps compared, no drift\n"},
		{steps.BaselineOptions{Dir: "b"}, steps.BaselineCount{Compared: 9, Drifted: 2, Missing: 1},
			"unbind: baselines in b: 9 steps compared, 2 drifted, 1 step with no baseline (--update-baselines keeps them)\n"},
		{steps.BaselineOptions{Dir: "b"}, steps.BaselineCount{Missing: 4}, "unbind: baselines in b: 0 steps compared, no drift, 4 steps with no baseline (--update-baselines keeps them)\n"},
		{steps.BaselineOptions{Dir: "b", Update: true}, steps.BaselineCount{Written: 1}, "unbind: baselines: kept 1 screenshot in b\n"},
	}
	for _, tc := range cases {
		var b strings.Builder
		sayBaselines(&b, tc.o, tc.n)
		if b.String() != tc.want {
			t.Errorf("%+v %+v:\n got %q\nwant %q", tc.o, tc.n, b.String(), tc.want)
		}
	}
}
