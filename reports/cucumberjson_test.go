package reports

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"testing"
)

// TestCucumberJSONEmbedsEvidence: the screenshot of a failing step reaches
// the tools that read Cucumber JSON, as base64 with its mime type.
func TestCucumberJSONEmbedsEvidence(t *testing.T) {
	r := runFake(t, fakeRun{concurrency: 1, timedByHooks: true})
	var buf bytes.Buffer
	if err := WriteCucumberJSON(&buf, r, CucumberJSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var features []cukeFeature
	if err := json.Unmarshal(buf.Bytes(), &features); err != nil {
		t.Fatalf("the Cucumber JSON does not parse: %v", err)
	}
	var found []string
	for _, f := range features {
		for _, el := range f.Elements {
			for _, st := range el.Steps {
				for _, e := range st.Embeddings {
					if e.MimeType == "image/png" && e.Data == base64.StdEncoding.EncodeToString(pixelPNG) {
						found = append(found, st.Result.Status+": "+st.Name)
					}
				}
			}
		}
	}
	want := []string{`failed: the buyer clicks "Delete card"`, "failed: the buyer removes the card ending in 6759"}
	if !equal(found, want) {
		t.Errorf("screenshots embedded on %q, want %q", found, want)
	}
}
