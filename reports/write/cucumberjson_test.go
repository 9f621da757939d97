package write

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"slices"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
)

// TestCucumberJSONEmbedsEvidence: the screenshot of a failing step reaches
// the tools that read Cucumber JSON, as base64 with its mime type.
func TestCucumberJSONEmbedsEvidence(t *testing.T) {
	r := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true})
	var buf bytes.Buffer
	if err := CucumberJSON(&buf, r, CucumberJSONOptions{}); err != nil {
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
					if e.MimeType == "image/png" && e.Data == base64.StdEncoding.EncodeToString(fake.PixelPNG) {
						found = append(found, st.Result.Status+": "+st.Name)
					}
				}
			}
		}
	}
	want := []string{`failed: the buyer clicks "Delete card"`, "failed: the buyer removes the card ending in 6759"}
	if !slices.Equal(found, want) {
		t.Errorf("screenshots embedded on %q, want %q", found, want)
	}
}
