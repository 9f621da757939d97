package write

// DocSection is a section of report.html about the articles themselves
// rather than the run's scenarios: how much of each the scenarios cover,
// which of the labels each quotes the site still has. The caller makes it
// (unbind's document checks); the page shows it after the summaries.
type DocSection struct {
	// ID is the section's anchor; Title heads it; Intro says what it is.
	ID, Title, Intro string
	Articles         []DocArticle
}

// DocArticle is one article in a DocSection.
type DocArticle struct {
	// Name is the article's file; Lang its language code; Summary a line
	// of figures ("84.7% covered ...", "2 broken of 21 labels").
	Name, Lang, Summary string
	// Status colours the article: "passed" when nothing is wrong with it,
	// "failed" when something is.
	Status string
	// Items are what the section lists of the article, in its order.
	Items []DocItem
}

// DocItem is one line of an article in a DocSection.
type DocItem struct {
	Line int
	// Text is the article's words (a label, a sentence, an address).
	Text string
	// Class is what the item came to ("broken", "not covered", ...); Note
	// says more.
	Class, Note string
}
