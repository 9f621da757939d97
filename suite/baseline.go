package suite

import (
	"fmt"
	"io"

	"github.com/unbind/unbind/steps"
)

// sayBaselines ends a run that compared screenshots with baselines (o)
// with what the comparisons came to (n): how many were compared, drifted
// and had no baseline yet, or how many baselines the run kept.
func sayBaselines(w io.Writer, o steps.BaselineOptions, n steps.BaselineCount) {
	if o.Dir == "" {
		return
	}
	if o.Update {
		fmt.Fprintf(w, "unbind: baselines: kept %s in %s\n", count(n.Written, "screenshot"), o.Dir)
		return
	}
	fmt.Fprintf(w, "unbind: baselines in %s: %s compared, ", o.Dir, count(n.Compared, "step"))
	if n.Drifted == 0 {
		fmt.Fprint(w, "no drift")
	} else {
		fmt.Fprintf(w, "%d drifted", n.Drifted)
	}
	if n.Missing > 0 {
		fmt.Fprintf(w, ", %s with no baseline (--update-baselines keeps them)", count(n.Missing, "step"))
	}
	fmt.Fprintln(w)
}
