package record

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	messages "github.com/cucumber/messages/go/v21"
)

// MessagesProtocolVersion is the Cucumber Messages version written.
const MessagesProtocolVersion = "21.0.1"

// MessagesOptions tune the Cucumber Messages stream.
type MessagesOptions struct {
	// Meta describes the tool and machine; DefaultMeta() when nil.
	Meta *messages.Meta
	// Dir is the folder the stream is read from, which the url of an
	// attachment kept as a file is written relative to (Attachment.PathFrom);
	// empty writes each Path as it is.
	Dir string
}

// DefaultMeta describes unbind on this machine.
func DefaultMeta() *messages.Meta {
	return &messages.Meta{
		ProtocolVersion: MessagesProtocolVersion,
		Implementation:  &messages.Product{Name: "unbind"},
		Runtime:         &messages.Product{Name: "go", Version: runtime.Version()},
		Os:              &messages.Product{Name: runtime.GOOS},
		Cpu:             &messages.Product{Name: runtime.GOARCH},
	}
}

// WriteMessages writes the run as a Cucumber Messages (v21) NDJSON stream:
// meta, then per feature its source and gherkinDocument, the pickles, the
// step definitions, and the execution (testRunStarted, per scenario
// testCase, then per attempt testCaseStarted, per step testStepStarted,
// attachments, testStepFinished, then testCaseFinished, willBeRetried on
// every attempt but the last; and testRunFinished). Steps that
// never reported have no started or finished message; a scenario with such
// steps has no testCaseFinished, and a run that has not finished no
// testRunFinished. Attachments kept only as a file are read from their
// Path, which is also written as the attachment's url (relative to
// opts.Dir). ReadMessages reads the stream back.
func WriteMessages(w io.Writer, r *Run, opts MessagesOptions) error {
	mw := &messageWriter{enc: json.NewEncoder(w), defs: map[Match]string{}, dir: opts.Dir}
	mw.enc.SetEscapeHTML(false)
	meta := opts.Meta
	if meta == nil {
		meta = DefaultMeta()
	}
	mw.emit(&messages.Envelope{Meta: meta})
	mw.documents(r)
	mw.definitions(r)
	mw.emit(&messages.Envelope{TestRunStarted: &messages.TestRunStarted{Timestamp: stamp(r.Started)}})
	if r.Shard != nil {
		mw.shard(ShardMediaType, "shard.json", *r.Shard)
	}
	for _, m := range r.MissingShards {
		mw.shard(MissingShardMediaType, "missing-shard.json", m)
	}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			mw.testCase(f, sc)
		}
	}
	if !r.Finished.IsZero() {
		mw.emit(&messages.Envelope{TestRunFinished: &messages.TestRunFinished{Success: r.Success(), Timestamp: stamp(r.Finished)}})
	}
	return mw.err
}

// ShardMediaType is the media type of the attachment, of the run rather
// than of a step, that says which shard of a suite a stream holds.
const ShardMediaType = "application/vnd.unbind.shard+json"

// MissingShardMediaType is the media type of the attachment, of the run,
// that names a shard of the split whose results a merge lacks.
const MissingShardMediaType = "application/vnd.unbind.missing-shard+json"

// shard writes which shard the run was, or which one a merge lacks, as an
// attachment of the run (no test case): the messages have no field for it.
func (mw *messageWriter) shard(mediaType, fileName string, sh Shard) {
	body, err := json.Marshal(sh)
	if err != nil {
		if mw.err == nil {
			mw.err = err
		}
		return
	}
	mw.emit(&messages.Envelope{Attachment: &messages.Attachment{
		Body: string(body), ContentEncoding: messages.AttachmentContentEncoding_IDENTITY,
		MediaType: mediaType, FileName: fileName,
	}})
}

// messageWriter writes envelopes until the first error, which it keeps.
type messageWriter struct {
	enc  *json.Encoder
	defs map[Match]string // step definition ids
	dir  string           // what attachment urls are relative to
	err  error
}

func (mw *messageWriter) emit(e *messages.Envelope) {
	if mw.err != nil {
		return
	}
	if err := mw.enc.Encode(e); err != nil {
		mw.err = fmt.Errorf("writing the Cucumber Messages: %w", err)
	}
}

func (mw *messageWriter) documents(r *Run) {
	for _, f := range r.Features {
		if f.Document != nil {
			mw.emit(&messages.Envelope{Source: &messages.Source{
				Uri: f.URI, Data: string(f.Source), MediaType: messages.SourceMediaType_TEXT_X_CUCUMBER_GHERKIN_PLAIN,
			}})
			mw.emit(&messages.Envelope{GherkinDocument: f.Document})
		}
		for _, sc := range f.Scenarios {
			mw.emit(&messages.Envelope{Pickle: pickleOf(f, sc)})
		}
	}
}

// pickleOf is the scenario's pickle, made up from the scenario when the run
// was not recorded from godog.
func pickleOf(f *Feature, sc *Scenario) *messages.Pickle {
	if sc.Pickle != nil {
		return sc.Pickle
	}
	p := &messages.Pickle{Id: sc.ID, Uri: sc.URI, Name: sc.Name, Language: f.Language, AstNodeIds: []string{}}
	for _, t := range sc.Tags {
		p.Tags = append(p.Tags, &messages.PickleTag{Name: t.Name})
	}
	for _, st := range sc.Steps {
		p.Steps = append(p.Steps, &messages.PickleStep{Id: st.ID, Text: st.Text, AstNodeIds: []string{}})
	}
	return p
}

// definitions writes one stepDefinition per distinct match, numbered in the
// order they are first met.
func (mw *messageWriter) definitions(r *Run) {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range allSteps(sc) {
				if st.Match == nil || mw.defs[*st.Match] != "" {
					continue
				}
				id := fmt.Sprintf("stepdef-%d", len(mw.defs)+1)
				mw.defs[*st.Match] = id
				mw.emit(&messages.Envelope{StepDefinition: &messages.StepDefinition{
					Id:      id,
					Pattern: &messages.StepDefinitionPattern{Source: st.Match.Pattern, Type: messages.StepDefinitionPatternType_REGULAR_EXPRESSION},
					SourceReference: &messages.SourceReference{
						Uri: st.Match.File, Location: &messages.Location{Line: int64(st.Match.Line)},
					},
				}})
			}
		}
	}
}

func (mw *messageWriter) testCase(f *Feature, sc *Scenario) {
	// testSteps is an array the schema requires, empty for a scenario
	// without steps, never null.
	tc := &messages.TestCase{Id: "tc-" + sc.ID, PickleId: sc.ID, TestSteps: []*messages.TestStep{}}
	for _, st := range sc.Steps {
		ids := []string{}
		if st.Match != nil {
			ids = append(ids, mw.defs[*st.Match])
		}
		tc.TestSteps = append(tc.TestSteps, &messages.TestStep{
			Id: "ts-" + st.ID, PickleStepId: st.ID, StepDefinitionIds: ids,
			StepMatchArgumentsLists: []*messages.StepMatchArgumentsList{},
		})
	}
	mw.emit(&messages.Envelope{TestCase: tc})
	for _, at := range sc.Attempts() {
		mw.attempt(tc, at, at != sc)
	}
}

// attempt writes one run of a test case: testCaseStarted with its attempt
// number, its steps, and testCaseFinished, which says whether the case will
// be run again.
func (mw *messageWriter) attempt(tc *messages.TestCase, sc *Scenario, retried bool) {
	started := "tcs-" + sc.ID
	if sc.Attempt > 0 {
		started = fmt.Sprintf("%s-%d", started, sc.Attempt)
	}
	mw.emit(&messages.Envelope{TestCaseStarted: &messages.TestCaseStarted{
		Id: started, TestCaseId: tc.Id, Attempt: int64(sc.Attempt), Timestamp: stamp(sc.Started),
	}})
	finished := true
	for _, st := range sc.Steps {
		if st.Status == StatusUnknown {
			finished = false
			continue
		}
		mw.testStep(started, st)
	}
	if finished {
		mw.emit(&messages.Envelope{TestCaseFinished: &messages.TestCaseFinished{
			TestCaseStartedId: started, Timestamp: stamp(sc.Finished), WillBeRetried: retried,
		}})
	}
}

func (mw *messageWriter) testStep(started string, st *Step) {
	id := "ts-" + st.ID
	mw.emit(&messages.Envelope{TestStepStarted: &messages.TestStepStarted{TestCaseStartedId: started, TestStepId: id, Timestamp: stamp(st.Started)}})
	for _, a := range st.Attachments {
		ma, err := messageAttachment(a, mw.dir)
		if err != nil && mw.err == nil {
			mw.err = fmt.Errorf("writing evidence of %q to the Cucumber Messages: %w", st.Label(), err)
		}
		ma.TestCaseStartedId, ma.TestStepId = started, id
		mw.emit(&messages.Envelope{Attachment: ma})
	}
	d := messages.GoDurationToDuration(st.Duration)
	mw.emit(&messages.Envelope{TestStepFinished: &messages.TestStepFinished{
		TestCaseStartedId: started, TestStepId: id, Timestamp: stamp(st.Started.Add(st.Duration)),
		TestStepResult: &messages.TestStepResult{Duration: &d, Status: messageStatus(st.Status), Message: st.Error},
	}})
}

// messageAttachment carries plain text as it is and anything else in
// base64: binary data, HTML documents (the DOM of a page), and any text
// that would end or confuse an HTML <script> element. Report tools embed
// the messages in a script of their page as they are (the Cucumber HTML
// formatter does), so a page snapshot carried as text would break them.
func messageAttachment(a Attachment, dir string) (*messages.Attachment, error) {
	body, err := a.Data()
	ma := &messages.Attachment{MediaType: a.MediaType, FileName: a.Name}
	if p := a.PathFrom(dir); p != "" {
		ma.Url = (&url.URL{Path: p}).String()
	}
	if plainText(a.MediaType, body) {
		ma.Body, ma.ContentEncoding = string(body), messages.AttachmentContentEncoding_IDENTITY
	} else {
		ma.Body, ma.ContentEncoding = base64.StdEncoding.EncodeToString(body), messages.AttachmentContentEncoding_BASE64
	}
	return ma, err
}

// plainText reports whether an attachment can be carried as text.
func plainText(mediaType string, body []byte) bool {
	if !strings.HasPrefix(mediaType, "text/") || mediaType == "text/html" || !utf8.Valid(body) {
		return false
	}
	lower := bytes.ToLower(body)
	for _, markup := range []string{"<script", "</script", "<!--"} {
		if bytes.Contains(lower, []byte(markup)) {
			return false
		}
	}
	return true
}

func messageStatus(s Status) messages.TestStepResultStatus {
	return messages.TestStepResultStatus(strings.ToUpper(string(s)))
}

// stamp writes a time; an unknown (zero) time is written as the epoch.
func stamp(t time.Time) *messages.Timestamp {
	if t.IsZero() {
		return &messages.Timestamp{}
	}
	ts := messages.GoTimeToTimestamp(t)
	return &ts
}

// goTime reads a time written by stamp.
func goTime(ts *messages.Timestamp) time.Time {
	if ts == nil || (ts.Seconds == 0 && ts.Nanos == 0) {
		return time.Time{}
	}
	return messages.TimestampToGoTime(*ts)
}
