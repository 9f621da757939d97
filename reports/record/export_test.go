package record

import messages "github.com/cucumber/messages/go/v21"

// What the tests of package record_test check inside the package.
var (
	PlainText = plainText
	FileURI   = fileURI
)

// ScenarioNode is the scenario of doc whose AST node id is id, or nil.
func ScenarioNode(doc *messages.GherkinDocument, id string) *messages.Scenario {
	return indexDocument(doc).scenarios[id]
}
