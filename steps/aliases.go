package steps

import (
	"fmt"
	"maps"
	"slices"
)

// englishAliases are other ways an English reader writes some steps, in
// the phrasing syntax of lang/README.md, by the step's ID: the arguments
// in another order ("I type "x" into "Email""), or words around them the
// step's own pattern cannot take without changing its ID. They match as
// the step does and call the same function; `unbind steps` lists the step
// once, with its own example.
var englishAliases = map[string][]string{
	"I fill _ with _": {
		`I [type|enter|put|write|input] {2} [into|in|in to] [the |]{1}[ field| box|]`,
	},
	"I click _": {
		`I [click|press|tap|click on|tap on] the [button|link|icon|tab|menu item] {1}`,
	},
	"I hover over _": {
		`I [hover over|move the mouse over|point at] the [button|link|icon|menu] {1}`,
	},
}

// aliases are the englishAliases compiled against the vocabulary.
func aliases(vocab []Step) ([]Step, error) {
	byID := map[string]Step{}
	for _, st := range vocab {
		byID[st.ID()] = st
	}
	var out []Step
	for _, id := range slices.Sorted(maps.Keys(englishAliases)) {
		texts := englishAliases[id]
		eng, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("steps/aliases.go: no step has the ID %q", id)
		}
		for _, text := range texts {
			ph, err := compilePhrasing(eng, text, [2]string{`"`, `"`})
			if err != nil {
				return nil, fmt.Errorf("steps/aliases.go: %s: %w", id, err)
			}
			out = append(out, ph.step)
		}
	}
	return out, nil
}

// Aliases are the other ways the English vocabulary can be written, as
// steps a run registers besides it (see englishAliases).
func Aliases() ([]Step, error) { return aliases(Vocabulary()) }
