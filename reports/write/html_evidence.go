package write

import (
	"encoding/base64"
	"fmt"
	"html/template"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/unbind/unbind/reports/record"
)

// htmlAttachment is one piece of evidence as the page shows it.
type htmlAttachment struct {
	Name, MediaType, Size, Text string
	// Kind says what the evidence is; Label says it to a reader.
	Kind, Label string
	Image, Href template.URL
	// Thumb shows a screenshot small: one of a step that worked.
	Thumb bool
	// Open shows a text block unfolded: the console of a failing step.
	Open bool
}

// The kinds of evidence as the page tells them apart (its CSS classes).
const (
	evidenceScreenshot = "screenshot"
	evidenceDOM        = "dom"
	evidenceConsole    = "console"
	evidenceLabels     = "labels"
	evidenceWording    = "wording"
	evidenceDiff       = "diff"
	evidenceOther      = "other"
)

// evidenceKind says what the evidence is, by its kind, to the page and to
// a reader. A screenshot is shown as one only when its media type is an
// image the page can show safely.
func evidenceKind(a record.Attachment) (kind, label string) {
	switch {
	case a.Kind == record.Screenshot && safeImage(a.MediaType):
		return evidenceScreenshot, "Screenshot"
	case a.Kind == record.Drift && safeImage(a.MediaType):
		return evidenceDiff, "Drift from the baseline"
	case a.Kind == record.Page:
		return evidenceDOM, "Page HTML (DOM) at this step"
	case a.Kind == record.Console:
		return evidenceConsole, "Console errors and failed requests"
	case a.Kind == record.Note:
		return evidenceOther, "Note"
	case a.Kind == record.Labels:
		return evidenceLabels, "Labels found on the page"
	case a.Kind == record.Wording:
		return evidenceWording, "The article's word is wrong here"
	}
	return evidenceOther, "Attachment"
}

// htmlAttachmentOf shows images as images, text as text and anything else
// as a link; evidence kept as a file is linked when the options ask for it.
func htmlAttachmentOf(a record.Attachment, opts HTMLOptions) (htmlAttachment, error) {
	ha := htmlAttachment{Name: a.Name, MediaType: a.MediaType}
	ha.Kind, ha.Label = evidenceKind(a)
	if opts.LinkDir != "" && a.Path != "" {
		ref, err := relativeRef(opts.LinkDir, a.Path)
		if err != nil {
			return ha, err
		}
		if safeImage(a.MediaType) {
			ha.Image = ref
		} else {
			ha.Href = ref
		}
		return ha, nil
	}
	body, err := a.Data()
	if err != nil {
		return ha, err
	}
	ha.Size = byteSize(len(body))
	switch {
	case safeImage(a.MediaType):
		ha.Image = dataURL(a.MediaType, body)
	case utf8.Valid(body) && (strings.HasPrefix(a.MediaType, "text/") || a.MediaType == "application/json"):
		ha.Text = string(body)
	default:
		ha.Href = dataURL("application/octet-stream", body)
	}
	return ha, nil
}

// safeImage lists the image types a page can show without running anything
// (SVG can carry script).
func safeImage(mediaType string) bool {
	switch mediaType {
	case "image/png", "image/jpeg", "image/gif", "image/webp":
		return true
	}
	return false
}

// dataURL embeds bytes in the page; only safe media types reach it.
func dataURL(mediaType string, body []byte) template.URL {
	return template.URL("data:" + mediaType + ";base64," + base64.StdEncoding.EncodeToString(body))
}

func relativeRef(dir, path string) (template.URL, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("locating the report folder %s: %w", dir, err)
	}
	absPath, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("locating evidence %s: %w", path, err)
	}
	rel, err := filepath.Rel(absDir, absPath)
	if err != nil {
		return "", fmt.Errorf("linking evidence %s from %s: %w", path, dir, err)
	}
	return template.URL((&url.URL{Path: filepath.ToSlash(rel)}).String()), nil
}

func byteSize(n int) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f KiB", float64(n)/1024)
}
