package steps

import (
	"fmt"
	"io"
)

// WriteList writes steps as `unbind steps` lists them: under the heading of
// their group, each step's example line and what it does.
func WriteList(w io.Writer, list []Step) {
	group := ""
	for _, st := range list {
		if st.Group != group {
			if group != "" {
				fmt.Fprintln(w)
			}
			group = st.Group
			fmt.Fprintf(w, "%s\n", group)
		}
		fmt.Fprintf(w, "  %s\n      %s\n", st.Example, st.Help)
	}
}
