package record

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Data is the attachment's bytes: Body, or the file at Path when Body is
// empty.
func (a Attachment) Data() ([]byte, error) {
	if len(a.Body) > 0 || a.Path == "" {
		return a.Body, nil
	}
	b, err := os.ReadFile(a.Path)
	if err != nil {
		return nil, fmt.Errorf("reading attachment %q: %w", a.Name, err)
	}
	return b, nil
}

// EvidenceKind says what a piece of evidence of a step is, so that each
// writer shows it for what it is.
type EvidenceKind string

// The kinds of evidence.
const (
	// Custom is evidence a step attached of its own accord (a named
	// screenshot, godog.Attach): the zero kind.
	Custom EvidenceKind = ""
	// Screenshot is the page as the step left it.
	Screenshot EvidenceKind = "screenshot"
	// Note says why a step has no screenshot.
	Note EvidenceKind = "note"
	// Page is the DOM of the page at the step, as HTML source.
	Page EvidenceKind = "page"
	// Console is the console errors and failed requests the page logged.
	Console EvidenceKind = "console"
	// Labels are the labels a step was written with that it found on the
	// page as others (an article's term, through its glossary), one line
	// each: «Hapus kartu» → "Delete card".
	Labels EvidenceKind = "labels"
	// Drift is where a step's screenshot differs from its baseline (unbind
	// run --baseline): the baseline faded, the pixels that differ in red.
	// Drift is a warning; the step keeps its status.
	Drift EvidenceKind = "drift"
	// Wording is the words a step was written with that its article gets
	// wrong (a misprint, a mistranslation its glossary knows), which the
	// step took for the site's label, one line each: «Настойки» (ru) is
	// "Настройки" on the site: a misprint. It is a warning; the step keeps
	// its status.
	Wording EvidenceKind = "wording"
)

// kindFiles are the file name ending and media type of the evidence the
// harness keeps of each kind.
var kindFiles = []struct {
	kind              EvidenceKind
	ending, mediaType string
}{
	{Note, "-note.txt", "text/plain"},
	{Console, "-console.txt", "text/plain"},
	{Labels, "-labels.txt", "text/plain"},
	{Wording, "-wording.txt", "text/plain"},
	{Drift, "-diff.png", "image/png"},
	{Screenshot, ".png", "image/png"},
	{Page, ".html", "text/html"},
}

// FileName is the file name of evidence of kind k of a step whose evidence
// files are named base ("step-03-failed"): "step-03-failed.png" for a
// screenshot, "step-03-failed-console.txt" for the console; base itself
// for Custom.
func (k EvidenceKind) FileName(base string) string {
	for _, f := range kindFiles {
		if f.kind == k {
			return base + f.ending
		}
	}
	return base
}

// MediaType is the media type of evidence of kind k; "" for Custom, whose
// media type is the step's to say.
func (k EvidenceKind) MediaType() string {
	for _, f := range kindFiles {
		if f.kind == k {
			return f.mediaType
		}
	}
	return ""
}

// kindOf is the kind of evidence read back from Cucumber Messages, which
// have no place for it: the kind whose file name ending (FileName) and
// media type the attachment has, else Custom.
func kindOf(name, mediaType string) EvidenceKind {
	for _, f := range kindFiles {
		if strings.HasSuffix(name, f.ending) && mediaType == f.mediaType {
			return f.kind
		}
	}
	return Custom
}

// PathFrom is Path as a report written into dir names it: relative to dir
// (with slashes), so that a report carries no absolute path of the machine
// that wrote it and still finds the evidence beside it. It is Path as it
// is when dir is empty, when Path is empty, or when the two cannot be
// related (another volume).
func (a Attachment) PathFrom(dir string) string {
	if dir == "" || a.Path == "" {
		return a.Path
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return a.Path
	}
	abs, err := filepath.Abs(a.Path)
	if err != nil {
		return a.Path
	}
	rel, err := filepath.Rel(absDir, abs)
	if err != nil {
		return a.Path
	}
	return filepath.ToSlash(rel)
}

// Drifted are the steps whose screenshot drifted from its baseline (they
// have a Drift attachment), in the order they ran in the features.
func Drifted(features ...*Feature) []*Step {
	var out []*Step
	for _, f := range features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				if st.Drifted() {
					out = append(out, st)
				}
			}
		}
	}
	return out
}

// Misworded are the steps, of every scenario of features, written with a
// word their article gets wrong (a Wording attachment), in run order.
func Misworded(features ...*Feature) []*Step {
	var out []*Step
	for _, f := range features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				for _, a := range st.Attachments {
					if a.Kind == Wording {
						out = append(out, st)
						break
					}
				}
			}
		}
	}
	return out
}

// Drifted says whether the step's screenshot drifted from its baseline.
func (st *Step) Drifted() bool {
	for _, a := range st.Attachments {
		if a.Kind == Drift {
			return true
		}
	}
	return false
}
