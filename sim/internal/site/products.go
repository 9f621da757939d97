package site

import "strings"

// product is a storefront item; names come from the catalog.
type product struct {
	ID      string
	NameKey string
	Price   string
	Class   string // the tile's picture, drawn in CSS
}

func products() []product {
	return []product{
		{ID: "1005001", NameKey: "product.earbuds", Price: "US $12.99", Class: "img-earbuds"},
		{ID: "1005002", NameKey: "product.watch", Price: "US $24.50", Class: "img-watch"},
		{ID: "1005003", NameKey: "product.backpack", Price: "US $18.75", Class: "img-backpack"},
		{ID: "1005004", NameKey: "product.lamp", Price: "US $9.20", Class: "img-lamp"},
	}
}

func findProduct(id string) (product, bool) {
	for _, p := range products() {
		if p.ID == id {
			return p, true
		}
	}
	return product{}, false
}

// searchProducts matches the query against the names in the page's language.
func (rq *request) searchProducts(q string) []product {
	q = strings.ToLower(strings.TrimSpace(q))
	var found []product
	for _, p := range products() {
		if strings.Contains(strings.ToLower(rq.loc.T(p.NameKey)), q) {
			found = append(found, p)
		}
	}
	return found
}
