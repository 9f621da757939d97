package redact

// CVVLabels are the words that name a card's CVV, in every language the
// articles are written in: a value of 3 or 4 digits is a CVV only when one
// of these names it (see the package documentation). A label matches
// whole words, letter case aside: "CVV/CVC", "CVV-код", "Card CVV" are
// labels, "CVVX" is not. This is the one list of them.
var CVVLabels = []string{
	// English, and the Russian and Indonesian pages, which write them so
	"CVV", "CVC", "CVV2", "CVC2", "CSC", "security code",
	// Russian
	"код безопасности",
	// Indonesian
	"kode keamanan",
	// Swahili
	"nambari ya usalama",
	// Hindi
	"सुरक्षा कोड",
}
