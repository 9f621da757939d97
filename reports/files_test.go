package reports

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteAll: one call leaves every report in the folder, the JUnit XML
// valid, and a report that cannot be written does not stop the others.
func TestWriteAll(t *testing.T) {
	dir := t.TempDir()
	if err := WriteAll(dir, runFake(t, fakeRun{concurrency: 1, timedByHooks: true})); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{MessagesFile, JUnitFile, CucumberJSONFile, HTMLFile} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v, size %d", name, err, sizeOf(fi))
		}
	}
	xmllint(t, "jenkins-junit.xsd", filepath.Join(dir, JUnitFile))

	broken := interruptedRun()
	broken.Features[0].Scenarios[0].Steps[0].Attachments = []Attachment{{Name: "gone.png", MediaType: "image/png", Path: filepath.Join(dir, "gone.png")}}
	dir2 := t.TempDir()
	err := WriteAll(dir2, broken)
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
