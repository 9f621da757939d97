package reports

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
)

// TestWriteAll: one call leaves every report in the folder, the JUnit XML
// valid, the HTML quoting the docs folder of the options, and a report that
// cannot be written does not stop the others.
func TestWriteAll(t *testing.T) {
	dir := t.TempDir()
	opts := WriteAllOptions{HTML: write.HTMLOptions{Docs: filepath.Join("article", "testdata", "docs")}}
	if err := WriteAll(dir, fake.Run(t, fake.Options{Concurrency: 1, TimedByHooks: true, Paths: []string{"testdata/articles"}}), opts); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{MessagesFile, JUnitFile, CucumberJSONFile, HTMLFile} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v, size %d", name, err, sizeOf(fi))
		}
	}
	fake.Xmllint(t, filepath.Join("write", "testdata", "schemas", "jenkins-junit.xsd"), filepath.Join(dir, JUnitFile))
	page, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	if quote := "В выпадающем меню выберите «Мой Alipay»."; !strings.Contains(string(page), quote) {
		t.Errorf("the HTML report does not quote the article: %q is missing", quote)
	}

	broken := fake.Interrupted()
	broken.Features[0].Scenarios[0].Steps[0].Attachments = []record.Attachment{{Name: "gone.png", MediaType: "image/png", Path: filepath.Join(dir, "gone.png")}}
	dir2 := t.TempDir()
	err = WriteAll(dir2, broken, WriteAllOptions{})
	if err == nil || !strings.Contains(err.Error(), "gone.png") {
		t.Fatalf("error %v, want one naming the missing evidence", err)
	}
	if _, err := os.Stat(filepath.Join(dir2, JUnitFile)); err != nil {
		t.Errorf("the JUnit XML, which needs no evidence file, was not written: %v", err)
	}
}

func sizeOf(fi fs.FileInfo) int64 {
	if fi == nil {
		return 0
	}
	return fi.Size()
}

// TestRetriedXML: junit.xml stays valid against the Jenkins schema and
// logs every attempt; surefire.xml, valid against the Surefire schema,
// has a flakyFailure per failed attempt of the flaky scenario and, for the
// one that always failed, its first failure and a rerunFailure per retry.
func TestRetriedXML(t *testing.T) {
	r := fake.Retried(t)
	dir := t.TempDir()
	if err := WriteAll(dir, r, WriteAllOptions{}); err != nil {
		t.Fatal(err)
	}
	fake.Xmllint(t, filepath.Join("write", "testdata", "schemas", "jenkins-junit.xsd"), filepath.Join(dir, JUnitFile))
	fake.Xmllint(t, filepath.Join("write", "testdata", "schemas", "surefire-test-report-3.0.2.xsd"), filepath.Join(dir, SurefireFile))
	junit, err := os.ReadFile(filepath.Join(dir, JUnitFile))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(junit), "attempt "); n != 6 || strings.Count(string(junit), "<failure") != 1 {
		t.Errorf("junit.xml logs %d attempts and has %d failures, want 6 attempts and the one scenario that always failed", n, strings.Count(string(junit), "<failure"))
	}
	sf, err := os.ReadFile(filepath.Join(dir, SurefireFile))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(sf)
	for what, want := range map[string]int{"<flakyFailure": 2, "<rerunFailure": 2, "<failure": 1} {
		if n := strings.Count(doc, what); n != want {
			t.Errorf("surefire.xml has %d %s, want %d", n, what, want)
		}
	}
	if !strings.Contains(doc, `<testsuite name="" time="123.000" tests="2" errors="0" skipped="0" failures="1">`) {
		t.Errorf("surefire.xml's testsuite does not count 2 tests, 1 failure:\n%s", doc)
	}
}

// TestWriteAllNamesEvidenceFromTheReportFolder: the reports name evidence
// kept as files relative to the folder they are read from, also when the
// set is put together in a staging folder, and never by an absolute path.
func TestWriteAllNamesEvidenceFromTheReportFolder(t *testing.T) {
	out := t.TempDir()
	stage, err := NewStaging(out)
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(out, "evidence", "p2", "step-01-passed.png")
	r := fake.Interrupted()
	r.Features[0].Scenarios[0].Steps[0].Attachments = []record.Attachment{{
		Name: "step-01-passed.png", MediaType: "image/png", Kind: record.Screenshot, Body: fake.PixelPNG, Path: shot,
	}}
	if err := WriteAll(stage.Dir(), r, WriteAllOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := stage.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		MessagesFile: `"url":"evidence/p2/step-01-passed.png"`,
		JUnitFile:    " evidence/p2/step-01-passed.png\n",
		SurefireFile: " evidence/p2/step-01-passed.png\n",
	} {
		report, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(report), want) || strings.Contains(string(report), out) {
			t.Errorf("%s does not name the evidence as %q, relative to the report folder:\n%s", name, want, report)
		}
	}
}
