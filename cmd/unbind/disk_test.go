package main

import (
	"os/exec"
	"strings"
	"testing"
)

// inMountNamespace runs script with sh in a mount namespace of its own
// (unshare -m, as root), where it can mount a small or read-only tmpfs that
// nobody else sees and that goes away with it. $1 is an empty folder to
// mount on, $2 the unbind binary, $3 a feature file.
func inMountNamespace(t *testing.T, script, feature string) string {
	t.Helper()
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Fatal("unshare (util-linux) is needed to mount a test file system")
	}
	mnt := t.TempDir()
	self := unbindCommand(t) // the unbind command: this binary, told so by its environment
	cmd := exec.Command("unshare", "-m", "sh", "-euc", script, "sh", mnt, self.Path, feature)
	cmd.Env = self.Env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return string(out)
}

// The previous run's set, written by hand, and a check of it after the run.
const previousSetScript = `
mkdir "$1/out" "$1/out/evidence"
for f in junit.xml cucumber.ndjson cucumber.json report.html rerun.txt evidence/shot.png; do echo "previous" > "$1/out/$f"; done
`
const showSetScript = `
for f in junit.xml cucumber.ndjson cucumber.json report.html rerun.txt evidence/shot.png; do echo "$f: $(cat "$1/out/$f")"; done
echo "left: $(cd "$1/out" && ls -A | tr '\n' ' ')"
`

// A disk that fills up while the reports are written leaves the previous
// run's set as it was, nothing of the new one, and an error saying so.
func TestFullDiskKeepsThePreviousSet(t *testing.T) {
	// The disk is full once the previous set and the file naming an
	// earlier run (killed before it could remove it) are on it: the new
	// run can lock the folder, the file keeps its page for the new run's
	// pid, and no report of its set fits.
	script := `mount -t tmpfs -o size=256k unbind-test "$1"` + previousSetScript +
		`echo 1 > "$1/out/.unbind.pid"
dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null || true
if "$2" --format progress --out "$1/out" "$3"; then echo "exit 0"; else echo "exit $?"; fi` + showSetScript
	got := inMountNamespace(t, script, featureNamed(t, t.TempDir(), "Full"))
	for _, want := range []string{"no space left on device", "left as they were", "exit 1",
		"junit.xml: previous", "cucumber.ndjson: previous", "cucumber.json: previous", "report.html: previous", "rerun.txt: previous", "evidence/shot.png: previous",
		"left: cucumber.json cucumber.ndjson evidence junit.xml report.html rerun.txt \n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

// A report folder that cannot be written (read-only, as root sees it) is
// refused before anything starts, and the reports in it stay.
func TestReadOnlyFolderIsRefusedBeforeStarting(t *testing.T) {
	script := `mount -t tmpfs unbind-test "$1"` + previousSetScript + `mount -o remount,ro "$1"
if "$2" --format progress --out "$1/out" "$3"; then echo "exit 0"; else echo "exit $?"; fi` + showSetScript
	got := inMountNamespace(t, script, featureNamed(t, t.TempDir(), "ReadOnly"))
	for _, want := range []string{"cannot be written", "read-only file system", "exit 2", "junit.xml: previous", "evidence/shot.png: previous"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Chrome/") {
		t.Errorf("a browser started:\n%s", got)
	}
}
