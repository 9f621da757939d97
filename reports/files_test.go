package reports

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteAll: one call leaves every report in the folder, the JUnit XML
// valid, the HTML quoting the docs folder of the options, and a report that
// cannot be written does not stop the others.
func TestWriteAll(t *testing.T) {
	dir := t.TempDir()
	opts := WriteAllOptions{HTML: HTMLOptions{Docs: filepath.Join("testdata", "docs")}}
	if err := WriteAll(dir, runFake(t, fakeRun{concurrency: 1, timedByHooks: true, paths: []string{"testdata/articles"}}), opts); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{MessagesFile, JUnitFile, CucumberJSONFile, HTMLFile} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v, size %d", name, err, sizeOf(fi))
		}
	}
	xmllint(t, "jenkins-junit.xsd", filepath.Join(dir, JUnitFile))
	page, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	if quote := "В выпадающем меню выберите «Мой Alipay»."; !strings.Contains(string(page), quote) {
		t.Errorf("the HTML report does not quote the article: %q is missing", quote)
	}

	broken := interruptedRun()
	broken.Features[0].Scenarios[0].Steps[0].Attachments = []Attachment{{Name: "gone.png", MediaType: "image/png", Path: filepath.Join(dir, "gone.png")}}
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
