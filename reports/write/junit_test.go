package write

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestJUnitValidates checks the JUnit XML of runs against the Jenkins schema,
// and each of its testsuites against the Surefire schema (whose root is a
// single testsuite).
func TestJUnitValidates(t *testing.T) {
	cases := []struct {
		name string
		run  func(t *testing.T) *record.Run
	}{
		{"a real run with every status", func(t *testing.T) *record.Run {
			return fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true})
		}},
		{"an interrupted run: steps not reported, no end time", func(*testing.T) *record.Run { return fake.Interrupted() }},
		{"an empty run", func(*testing.T) *record.Run { return &record.Run{Name: "nothing ran"} }},
		{"text XML cannot carry: escapes, NUL, bad UTF-8, a CDATA end", func(*testing.T) *record.Run { return hostileRun() }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := JUnit(&buf, tc.run(t), JUnitOptions{}); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			file := filepath.Join(dir, "junit.xml")
			writeFile(t, file, buf.Bytes())
			fake.Xmllint(t, filepath.Join("testdata", "schemas", "jenkins-junit.xsd"), file)
			for i, suite := range splitSuites(t, buf.Bytes()) {
				one := filepath.Join(dir, "suite-"+string(rune('a'+i))+".xml")
				writeFile(t, one, suite)
				fake.Xmllint(t, filepath.Join("testdata", "schemas", "surefire-test-report-3.0.2.xsd"), one)
			}
		})
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// splitSuites cuts each <testsuite> out of a <testsuites> document, as it is.
func splitSuites(t *testing.T, doc []byte) [][]byte {
	t.Helper()
	var parsed struct {
		Suites []struct {
			Attrs []xml.Attr `xml:",any,attr"`
			Inner []byte     `xml:",innerxml"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(doc, &parsed); err != nil {
		t.Fatalf("reading back the JUnit XML: %v", err)
	}
	var out [][]byte
	for _, s := range parsed.Suites {
		var b bytes.Buffer
		b.WriteString(xml.Header + "<testsuite")
		for _, a := range s.Attrs {
			b.WriteString(" " + a.Name.Local + `="`)
			xml.EscapeText(&b, []byte(a.Value))
			b.WriteString(`"`)
		}
		b.WriteString(">")
		b.Write(s.Inner)
		b.WriteString("</testsuite>\n")
		out = append(out, b.Bytes())
	}
	return out
}

// hostileRun carries text that XML 1.0 cannot hold as it is.
func hostileRun() *record.Run {
	bad := "\x1b[31mred\x1b[0m \x00 \xff\xfe ]]> <tag> & done"
	return &record.Run{Name: bad, Features: []*record.Feature{{
		URI: "features/" + bad, Name: bad,
		Scenarios: []*record.Scenario{{ID: "1", Name: bad, Steps: []*record.Step{
			{ID: "a", Keyword: "Then ", Text: bad, Status: record.StatusFailed, Error: bad,
				Attachments: []record.Attachment{{Name: bad, MediaType: "text/plain", Body: []byte(bad)}}},
		}}},
	}}}
}

// TestJUnitContent checks what CI and people read in the JUnit XML.
func TestJUnitContent(t *testing.T) {
	r := fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true})
	var buf bytes.Buffer
	if err := JUnit(&buf, r, JUnitOptions{Name: "unbind"}); err != nil {
		t.Fatal(err)
	}
	doc := buf.String()
	cases := []struct {
		why  string
		want string
	}{
		{"the option names the run", `<testsuites name="unbind" tests="10" failures="5" errors="0"`},
		{"a feature is a testsuite", `<testsuite name="Remove a card through My Alipay" tests="7" failures="3" errors="0" skipped="0"`},
		{"the feature file is a property", `<property name="file" value="testdata/features/card_list.feature">`},
		{"classname is the feature name", `<testcase name="The card list opens" classname="Remove a card through My Alipay"`},
		{"outline rows are named as Cucumber's JUnit formatter names them", `name="Cards of every brand can be removed - Visa and MasterCard - #1.2"`},
		{"an examples block without a name", `name="Cards of every brand can be removed - #2.1"`},
		{"evidence files are attachments for Jenkins and GitLab", "\n[[ATTACHMENT|testdata/evidence/dom.html]]\n]]></system-out>"},
		{"a failure names the step and carries the error with its page", `message="And the buyer clicks &#34;Delete card&#34;: no button &#34;Delete card&#34; on https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU" type="failed"`},
		{"undefined steps fail (strict)", `type="undefined"`},
		{"pending steps fail (strict)", `type="pending"`},
		{"ambiguous steps fail (strict)", `type="ambiguous"`},
		{"a skipped scenario is skipped", `<skipped>skipped at Допустим шаг пропускается</skipped>`},
		{"system-out starts with file:line", `<system-out><![CDATA[testdata/features/card_list.feature:14` + "\n"},
		{"system-out logs each step", "failed   "},
		{"system-out lists evidence", "attachment: step-failed.png (image/png, 69 bytes)"},
	}
	for _, tc := range cases {
		if !strings.Contains(doc, tc.want) {
			t.Errorf("%s: the JUnit XML lacks %q", tc.why, tc.want)
		}
	}
}

// TestJUnitInterrupted: a scenario that did not finish is an error, not a
// pass, and the run's time runs to the last scenario seen.
func TestJUnitInterrupted(t *testing.T) {
	var buf bytes.Buffer
	if err := JUnit(&buf, fake.Interrupted(), JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<testsuites name="interrupted" tests="2" failures="0" errors="1" time="2.000">`,
		`<error message="the scenario did not finish" type="unknown">`,
		`unknown     0.000s  When the buyer opens the link (line 8)`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the JUnit XML lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestExampleName names outline rows as Cucumber's reference JUnit formatter
// does.
func TestExampleName(t *testing.T) {
	row := func(name, examples string, block, index int) *record.Scenario {
		return &record.Scenario{Name: name, Example: &record.ExampleRow{Name: examples, Block: block, Index: index}}
	}
	for _, tc := range []struct {
		sc      *record.Scenario
		outline string
		want    string
	}{
		{row("Remove a card", "Brands", 1, 2), "Remove a card", "Remove a card - Brands - #1.2"},
		{row("Remove a card", "", 2, 1), "Remove a card", "Remove a card - #2.1"},
		{row("Remove the Visa card", "Brands", 1, 1), "Remove the <brand> card", "Remove the <brand> card - Brands - #1.1: Remove the Visa card"},
		{row("Удалить карту", "", 1, 3), "", "Удалить карту - #1.3"},
	} {
		if got := exampleName(tc.sc, tc.outline); got != tc.want {
			t.Errorf("exampleName(%q, outline %q) = %q, want %q", tc.sc.Name, tc.outline, got, tc.want)
		}
	}
}

// A failure in the JUnit XML says which passages of the articles the
// scenario comes from and, with the articles at hand, quotes the sentence
// the failing step stands for: what a writer reading CI's test report
// fixes. Without the articles it still names the passages.
func TestJUnitFailureQuotesTheArticle(t *testing.T) {
	r := articlesRun(t, nil)
	sentence := "003_ru_sample.txt line 7, this step's: Напротив карты нажмите «Удалить карту» и подтвердите удаление.\n"
	for _, tc := range []struct {
		name string
		docs string
		want int
	}{{"with the articles", docsDir, 1}, {"without them", "", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := JUnit(&buf, r, JUnitOptions{Docs: tc.docs}); err != nil {
				t.Fatal(err)
			}
			doc := buf.String()
			if n := strings.Count(doc, sentence); n != tc.want {
				t.Errorf("the article's sentence is in %d failures, want %d:\n%s", n, tc.want, doc)
			}
			if !strings.Contains(doc, "\narticle: 001_sw_sample.txt line 2, 003_ru_sample.txt lines 3-4 and 7\n") {
				t.Errorf("no failure names the passage its scenario cites:\n%s", doc)
			}
		})
	}
}

// A step that ends in a colon, as one with a table does, is followed by its
// error after that colon, not a second one.
func TestJUnitFailureOfAStepEndingInAColon(t *testing.T) {
	st := &record.Step{Keyword: "And ", Text: "I fill these fields:", Line: 7, Status: record.StatusFailed, Error: "filling in: no field"}
	sc := &record.Scenario{URI: "a.feature", Steps: []*record.Step{st}}
	got := junitFailure(&record.Feature{URI: "a.feature"}, sc, st, nil).Message
	if !strings.HasPrefix(got, "And I fill these fields: filling in: no field") {
		t.Errorf("message %q, want the step's colon once before its error", got)
	}
}
