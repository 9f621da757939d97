package record

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"reflect"
	"strings"

	messages "github.com/cucumber/messages/go/v21"
)

// ReadMessages reads a Cucumber Messages NDJSON stream, as WriteMessages
// writes it, back into a Run; from there any other report can be written
// (for example after merging the streams of several shards). Scenarios
// whose test case never started are left out; one started more than once
// (a retried scenario) keeps every attempt, the last as the scenario. The stream does not carry the
// suite name: the Run's Name is empty.
func ReadMessages(r io.Reader) (*Run, error) {
	mr := newMessageReader()
	dec := json.NewDecoder(r)
	for n := 1; ; n++ {
		var e messages.Envelope
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading Cucumber message %d: %w", n, err)
		}
		if reflect.ValueOf(e).IsZero() {
			return nil, fmt.Errorf("line %d is not a Cucumber message (the results a run writes to cucumber.ndjson)", n)
		}
		if err := mr.read(&e); err != nil {
			return nil, fmt.Errorf("reading Cucumber message %d: %w", n, err)
		}
	}
	if mr.rs.Started.IsZero() {
		return nil, errors.New("no testRunStarted message: these are not the results of a run (a run's cucumber.ndjson starts with its meta and testRunStarted messages)")
	}
	run := mr.done().Run()
	run.Shard = mr.rs.Shard
	run.MissingShards = mr.rs.MissingShards
	// A run that failed with no scenario failed was failed by its flaky
	// ones (--fail-on-flaky): its report, and a merge, say so again.
	if c := Count(run.Features...); mr.unsuccessful && c.Failed == 0 && c.Unknown == 0 && c.Flaky > 0 {
		run.FlakyFails = true
	}
	return run, nil
}

// messageReader gathers the records of a run from its messages.
type messageReader struct {
	rs       Raw
	sources  map[string][]byte
	docs     []*messages.GherkinDocument
	pickles  map[string]*messages.Pickle
	defs     map[string]*Match
	cases    map[string]*messages.TestCase // by test case id
	started  map[string]*RawPickle         // by test case started id
	stepRefs map[string]stepRef            // by test step id
	// unsuccessful is a testRunFinished that said the run failed.
	unsuccessful bool
}

// stepRef is what a test step stands for.
type stepRef struct {
	pickleStepID string
	defIDs       []string
}

func newMessageReader() *messageReader {
	return &messageReader{
		rs:       Raw{Pickles: map[string]*RawPickle{}},
		sources:  map[string][]byte{},
		pickles:  map[string]*messages.Pickle{},
		defs:     map[string]*Match{},
		cases:    map[string]*messages.TestCase{},
		started:  map[string]*RawPickle{},
		stepRefs: map[string]stepRef{},
	}
}

func (mr *messageReader) read(e *messages.Envelope) error {
	switch {
	case e.Source != nil:
		mr.sources[e.Source.Uri] = []byte(e.Source.Data)
	case e.GherkinDocument != nil:
		mr.docs = append(mr.docs, e.GherkinDocument)
	case e.Pickle != nil:
		mr.pickles[e.Pickle.Id] = e.Pickle
	case e.StepDefinition != nil:
		mr.definition(e.StepDefinition)
	case e.TestRunStarted != nil:
		mr.rs.Started = goTime(e.TestRunStarted.Timestamp)
	case e.TestCase != nil:
		mr.testCase(e.TestCase)
	case e.TestCaseStarted != nil:
		return mr.testCaseStarted(e.TestCaseStarted)
	case e.TestStepStarted != nil:
		return mr.testStepStarted(e.TestStepStarted)
	case e.Attachment != nil:
		return mr.attachment(e.Attachment)
	case e.TestStepFinished != nil:
		return mr.testStepFinished(e.TestStepFinished)
	case e.TestCaseFinished != nil:
		return mr.testCaseFinished(e.TestCaseFinished)
	case e.TestRunFinished != nil:
		mr.rs.Finished = goTime(e.TestRunFinished.Timestamp)
		mr.unsuccessful = !e.TestRunFinished.Success
	}
	return nil
}

func (mr *messageReader) definition(sd *messages.StepDefinition) {
	m := &Match{}
	if sd.Pattern != nil {
		m.Pattern = sd.Pattern.Source
	}
	if ref := sd.SourceReference; ref != nil {
		m.File, m.Line = ref.Uri, line(ref.Location)
	}
	mr.defs[sd.Id] = m
}

func (mr *messageReader) testCase(tc *messages.TestCase) {
	mr.cases[tc.Id] = tc
	for _, ts := range tc.TestSteps {
		if ts.PickleStepId != "" { // hooks have none
			mr.stepRefs[ts.Id] = stepRef{pickleStepID: ts.PickleStepId, defIDs: ts.StepDefinitionIds}
		}
	}
}

func (mr *messageReader) testCaseStarted(m *messages.TestCaseStarted) error {
	tc := mr.cases[m.TestCaseId]
	if tc == nil {
		return fmt.Errorf("test case %q started before it was described", m.TestCaseId)
	}
	p := mr.pickles[tc.PickleId]
	if p == nil {
		return fmt.Errorf("test case %q runs the unknown pickle %q", tc.Id, tc.PickleId)
	}
	pr := NewRawPickle(p, goTime(m.Timestamp))
	for _, ts := range tc.TestSteps {
		rec := pr.Steps[ts.PickleStepId]
		if rec != nil && len(ts.StepDefinitionIds) > 0 {
			rec.Match = mr.defs[ts.StepDefinitionIds[0]]
		}
	}
	if prev := mr.rs.Pickles[p.Id]; prev != nil { // a retry: prev was an earlier attempt
		pr.Earlier = append(prev.Earlier, prev)
		prev.Earlier = nil
	}
	mr.rs.Pickles[p.Id] = pr
	mr.started[m.Id] = pr
	return nil
}

// step finds the record of a test step of a started test case.
func (mr *messageReader) step(startedID, testStepID string) (*RawPickle, *RawStep, error) {
	pr := mr.started[startedID]
	if pr == nil {
		return nil, nil, fmt.Errorf("unknown test case started %q", startedID)
	}
	ref, ok := mr.stepRefs[testStepID]
	if !ok {
		return pr, nil, nil // a hook
	}
	rec := pr.Steps[ref.pickleStepID]
	if rec == nil {
		return nil, nil, fmt.Errorf("test step %q is not a step of pickle %q", testStepID, pr.Pickle.Id)
	}
	return pr, rec, nil
}

func (mr *messageReader) testStepStarted(m *messages.TestStepStarted) error {
	pr, rec, err := mr.step(m.TestCaseStartedId, m.TestStepId)
	if rec != nil {
		rec.Started = goTime(m.Timestamp)
		pr.Last = later(pr.Last, rec.Started)
	}
	return err
}

func (mr *messageReader) testStepFinished(m *messages.TestStepFinished) error {
	pr, rec, err := mr.step(m.TestCaseStartedId, m.TestStepId)
	if rec == nil {
		return err
	}
	if res := m.TestStepResult; res != nil {
		rec.Status, rec.Error = Status(strings.ToLower(string(res.Status))), res.Message
		if res.Duration != nil {
			rec.Duration = messages.DurationToGoDuration(*res.Duration)
		}
	}
	pr.Last = later(pr.Last, goTime(m.Timestamp))
	return nil
}

func (mr *messageReader) testCaseFinished(m *messages.TestCaseFinished) error {
	pr := mr.started[m.TestCaseStartedId]
	if pr == nil {
		return fmt.Errorf("unknown test case started %q", m.TestCaseStartedId)
	}
	pr.Last = goTime(m.Timestamp) // the scenario's own end, not its last step's
	return nil
}

func (mr *messageReader) attachment(m *messages.Attachment) error {
	if m.TestCaseStartedId == "" && (m.MediaType == ShardMediaType || m.MediaType == MissingShardMediaType) {
		var sh Shard
		if err := json.Unmarshal([]byte(m.Body), &sh); err != nil || sh.Total < 1 || sh.Index < 1 || sh.Index > sh.Total {
			return fmt.Errorf("the attachment %q does not say which shard of a split it names: %q", m.FileName, m.Body)
		}
		if m.MediaType == ShardMediaType {
			mr.rs.Shard = &sh
		} else {
			mr.rs.MissingShards = append(mr.rs.MissingShards, sh)
		}
		return nil
	}
	_, rec, err := mr.step(m.TestCaseStartedId, m.TestStepId)
	if rec == nil {
		return err
	}
	a := Attachment{Name: m.FileName, MediaType: m.MediaType, Kind: kindOf(m.FileName, m.MediaType), Body: []byte(m.Body)}
	if m.ContentEncoding == messages.AttachmentContentEncoding_BASE64 {
		if a.Body, err = base64.StdEncoding.DecodeString(m.Body); err != nil {
			return fmt.Errorf("decoding attachment %q: %w", m.FileName, err)
		}
	}
	// The url says where the run kept the bytes; it is kept only beside the
	// bytes themselves. Without a body a writer would read the file it
	// names, and a stream is not to bring a file of this machine into the
	// reports made from it.
	if u, err := url.Parse(m.Url); err == nil && m.Url != "" && len(a.Body) > 0 && (u.Scheme == "" || u.Scheme == "file") {
		a.Path = u.Path
	}
	rec.Attachments = append(rec.Attachments, a)
	return nil
}

// done puts the features together in the order their documents came.
func (mr *messageReader) done() Raw {
	for _, doc := range mr.docs {
		mr.rs.Features = append(mr.rs.Features, RawFeature{URI: doc.Uri, Document: doc, Source: mr.sources[doc.Uri]})
	}
	return mr.rs
}
