package site

import (
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// product is a storefront item; names come from the catalog.
type product struct {
	ID      string
	NameKey string
	Price   world.Money
	Class   string // the tile's picture, drawn in CSS
}

// item is the product as an order buys it.
func (p product) item() world.Item { return world.Item{ID: p.ID, Price: p.Price} }

func products() []product {
	return []product{
		{ID: "1005001", NameKey: "product.earbuds", Price: 1299, Class: "img-earbuds"},
		{ID: "1005002", NameKey: "product.watch", Price: 2450, Class: "img-watch"},
		{ID: "1005003", NameKey: "product.backpack", Price: 1875, Class: "img-backpack"},
		{ID: "1005004", NameKey: "product.lamp", Price: 920, Class: "img-lamp"},
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
