package steps

import (
	"fmt"

	"github.com/unbind/unbind/sim/catalog"
)

// labels gives the domain steps the sim's own wording in the scenario's
// locale, so a step like "I am signed in to the storefront" works whichever
// language the pages speak.
type labels struct{ loc catalog.Locale }

func newLabels(cat *catalog.Catalog, tag string) labels {
	if tag == "" {
		return labels{loc: cat.Default()}
	}
	if l, ok := cat.Lookup(tag); ok {
		return labels{loc: l}
	}
	return labels{loc: cat.Default()}
}

func (l labels) of(key string) string { return l.loc.T(key) }

func loadCatalog() (*catalog.Catalog, error) {
	cat, err := catalog.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the sim's label catalog: %w", err)
	}
	return cat, nil
}
