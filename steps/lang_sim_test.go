package steps

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v26"
	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"
)

// The vocabulary runs in every language as it does in English: scenarios
// of the suite's own features that together use every step, written in
// each language (its keywords, its phrasings, its quotes; Swahili under
// English keywords), pass against the sim in a real headless Chromium.
func TestLangFeaturesRunInEveryLanguage(t *testing.T) {
	pickles := englishPickles(t, append(globFeatures(t, "../features/*.feature"), "testdata/lang_extra.feature")...)
	chosen, uncovered := coverSteps(t, pickles)
	if len(uncovered) > 0 {
		t.Fatalf("no scenario of features/ or testdata/lang_extra.feature uses these steps, so their phrasings are not run:\n  %s",
			strings.Join(uncovered, "\n  "))
	}
	var features []godog.Feature
	for _, lang := range Languages()[1:] {
		p, err := loadPhrasings(lang)
		if err != nil {
			t.Fatal(err)
		}
		src := renderFeature(t, p, chosen)
		features = append(features, godog.Feature{Name: lang + ".feature", Contents: []byte(src)})
	}
	features = append(features, readmeFeatures(t)...)
	l := launchForTest(t)
	var out bytes.Buffer
	opts := godog.Options{Format: "progress", Strict: true, Output: &out, FeatureContents: features, Concurrency: 2}
	status := godog.TestSuite{ScenarioInitializer: l.Harness.InitializeScenario, Options: &opts}.Run()
	if status != 0 {
		for _, f := range features {
			t.Logf("%s:\n%s", f.Name, f.Contents)
		}
		t.Fatalf("the scenarios fail in some language (status %d):\n%s", status, out.String())
	}
}

// readmeFeatures are the scenarios README.md shows in other languages
// than English, so that they run as shown.
func readmeFeatures(t *testing.T) []godog.Feature {
	t.Helper()
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []godog.Feature
	for i, m := range regexp.MustCompile("(?s)```gherkin\n(# language: .*?)```").FindAllSubmatch(readme, -1) {
		out = append(out, godog.Feature{Name: fmt.Sprintf("README-%d.feature", i+1), Contents: m[1]})
	}
	if len(out) == 0 {
		t.Fatal("README.md shows no scenario in another language")
	}
	return out
}

func globFeatures(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no features at %s: %v", pattern, err)
	}
	return files
}

func englishPickles(t *testing.T, files ...string) []*messages.Pickle {
	t.Helper()
	var out []*messages.Pickle
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ids := &messages.Incrementing{}
		doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(src), ids.NewId)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, gherkin.Pickles(*doc, f, ids.NewId)...)
	}
	return out
}

// englishStep is the step of the vocabulary a line of an English feature
// runs, with its arguments.
func englishStep(t *testing.T, text string) (Step, []string) {
	t.Helper()
	for _, st := range Vocabulary() {
		if m := regexp.MustCompile(st.Pattern).FindStringSubmatch(text); m != nil {
			return st, m[1:]
		}
	}
	t.Fatalf("no step of the vocabulary matches %q", text)
	return Step{}, nil
}

// coverSteps chooses scenarios, the ones using most steps not yet used
// first, until every step of the vocabulary is used, and names the steps
// no scenario uses.
func coverSteps(t *testing.T, pickles []*messages.Pickle) (chosen []*messages.Pickle, uncovered []string) {
	t.Helper()
	uses := make([]map[string]bool, len(pickles))
	for i, p := range pickles {
		uses[i] = map[string]bool{}
		for _, st := range p.Steps {
			eng, _ := englishStep(t, st.Text)
			uses[i][eng.ID()] = true
		}
	}
	left := map[string]bool{}
	for _, st := range Vocabulary() {
		left[st.ID()] = true
	}
	for len(left) > 0 {
		best, gain := -1, 0
		for i := range pickles {
			n := 0
			for id := range uses[i] {
				if left[id] {
					n++
				}
			}
			if n > gain {
				best, gain = i, n
			}
		}
		if best < 0 {
			break
		}
		chosen = append(chosen, pickles[best])
		for id := range uses[best] {
			delete(left, id)
		}
	}
	for id := range left {
		uncovered = append(uncovered, id)
	}
	slices.Sort(uncovered)
	return chosen, uncovered
}

// renderFeature writes the scenarios in the language of p: the keywords of
// its Gherkin dialect, each step in its phrasing with the English
// arguments, doc strings and tables as they are.
func renderFeature(t *testing.T, p *phrasings, pickles []*messages.Pickle) string {
	t.Helper()
	d := gherkin.DialectsBuiltin().GetDialect(p.dialect)
	kw := func(k string) string {
		for _, w := range d.Keywords[k] {
			if w != "* " {
				return w
			}
		}
		return "* "
	}
	var b strings.Builder
	if p.dialect != English {
		fmt.Fprintf(&b, "# language: %s\n", p.dialect)
	}
	fmt.Fprintf(&b, "%s: %s\n", strings.TrimSpace(kw("feature")), p.lang)
	stepKw := map[messages.PickleStepType]string{
		messages.PickleStepType_CONTEXT: kw("given"), messages.PickleStepType_ACTION: kw("when"),
		messages.PickleStepType_OUTCOME: kw("then"),
	}
	for _, pk := range pickles {
		b.WriteString("\n ")
		for _, tag := range pk.Tags {
			b.WriteString(" " + tag.Name)
		}
		fmt.Fprintf(&b, "\n  %s: %s (%s)\n", strings.TrimSpace(kw("scenario")), pk.Name, filepath.Base(pk.Uri))
		for _, st := range pk.Steps {
			eng, args := englishStep(t, st.Text)
			ph, ok := p.byID[eng.ID()]
			if !ok {
				t.Fatalf("%s: no phrasing of %q", p.lang, eng.ID())
			}
			k, ok := stepKw[st.Type]
			if !ok {
				k = "* "
			}
			fmt.Fprintf(&b, "    %s%s\n", k, ph.render(args))
			writeStepArgument(&b, st.Argument)
		}
	}
	return b.String()
}

func writeStepArgument(b *strings.Builder, arg *messages.PickleStepArgument) {
	switch {
	case arg == nil:
	case arg.DocString != nil:
		fmt.Fprintf(b, "      \"\"\"%s\n", arg.DocString.MediaType)
		for _, line := range strings.Split(arg.DocString.Content, "\n") {
			fmt.Fprintf(b, "      %s\n", line)
		}
		b.WriteString("      \"\"\"\n")
	case arg.DataTable != nil:
		for _, row := range arg.DataTable.Rows {
			b.WriteString("      |")
			for _, c := range row.Cells {
				b.WriteString(" " + strings.NewReplacer(`\`, `\\`, "|", `\|`, "\n", `\n`).Replace(c.Value) + " |")
			}
			b.WriteString("\n")
		}
	}
}

// launchForTest starts the sim and a headless browser for a test of the
// package, evidence in a temporary folder, closed when the test ends.
func launchForTest(t *testing.T) *Launched {
	t.Helper()
	l, err := Launch(context.Background(), LaunchOptions{Evidence: EvidenceOptions{Dir: t.TempDir()}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Errorf("closing: %v", err)
		}
	})
	return l
}
