package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// scenarioRun is one scenario's final attempt in one suite run, as its
// cucumber.ndjson records it.
type scenarioRun struct {
	URI    string
	Line   int
	Name   string
	Status string // the worst step status: PASSED, FAILED, SKIPPED, ...
	Step   string // the first step that did not pass, "" if none
	Error  string // that step's message
}

// failed reports whether the scenario counts as failed: a step failed, or
// was undefined, pending or ambiguous.
func (r scenarioRun) failed() bool {
	switch r.Status {
	case "FAILED", "UNDEFINED", "PENDING", "AMBIGUOUS", "UNKNOWN":
		return true
	}
	return false
}

// ran reports whether the scenario started: one an interrupted run never
// started is recorded as skipped, "interrupted".
func (r scenarioRun) ran() bool {
	return r.Status != "SKIPPED" || r.Error != "interrupted"
}

// where is the scenario's file and line.
func (r scenarioRun) where() string { return fmt.Sprintf("%s:%d", r.URI, r.Line) }

// envelope holds the few Cucumber Messages the tally reads.
type envelope struct {
	GherkinDocument *struct {
		URI     string `json:"uri"`
		Feature *struct {
			Children []child `json:"children"`
		} `json:"feature"`
	} `json:"gherkinDocument"`
	Pickle *struct {
		ID         string   `json:"id"`
		URI        string   `json:"uri"`
		Name       string   `json:"name"`
		AstNodeIDs []string `json:"astNodeIds"`
		Steps      []struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"steps"`
	} `json:"pickle"`
	TestCase *struct {
		ID        string `json:"id"`
		PickleID  string `json:"pickleId"`
		TestSteps []struct {
			ID           string `json:"id"`
			PickleStepID string `json:"pickleStepId"`
		} `json:"testSteps"`
	} `json:"testCase"`
	TestCaseStarted *struct {
		ID         string `json:"id"`
		TestCaseID string `json:"testCaseId"`
	} `json:"testCaseStarted"`
	TestStepFinished *struct {
		TestCaseStartedID string `json:"testCaseStartedId"`
		TestStepID        string `json:"testStepId"`
		Result            struct {
			Status  string `json:"status"`
			Message string `json:"message"`
		} `json:"testStepResult"`
	} `json:"testStepFinished"`
	TestCaseFinished *struct {
		TestCaseStartedID string `json:"testCaseStartedId"`
		WillBeRetried     bool   `json:"willBeRetried"`
	} `json:"testCaseFinished"`
}

// child is a feature's child: a scenario, a background or a rule of more.
type child struct {
	Scenario *node `json:"scenario"`
	Rule     *struct {
		Children []child `json:"children"`
	} `json:"rule"`
}

// node is a scenario (or outline) with its examples' rows.
type node struct {
	ID       string `json:"id"`
	Location struct {
		Line int `json:"line"`
	} `json:"location"`
	Examples []struct {
		TableBody []struct {
			ID       string `json:"id"`
			Location struct {
				Line int `json:"line"`
			} `json:"location"`
		} `json:"tableBody"`
	} `json:"examples"`
}

// ndjsonTally follows one run's messages to its scenario runs.
type ndjsonTally struct {
	lines     map[string]int    // AST node id → line
	pickles   map[string]pickle // by id
	cases     map[string]testCase
	started   map[string]*scenarioRun // by testCaseStarted id
	stepTexts map[string]string       // test step id → step text
	runs      []scenarioRun
}

type pickle struct {
	uri, name string
	line      int
}

type testCase struct{ pickleID string }

// readNDJSON tallies the scenario runs a cucumber.ndjson file records.
func readNDJSON(path string) ([]scenarioRun, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the record of a run: %w", err)
	}
	defer f.Close()
	runs, err := tallyNDJSON(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return runs, nil
}

// tallyNDJSON reads Cucumber Messages, one a line, and returns the final
// attempt of every scenario that finished.
func tallyNDJSON(r io.Reader) ([]scenarioRun, error) {
	t := &ndjsonTally{lines: map[string]int{}, pickles: map[string]pickle{}, cases: map[string]testCase{},
		started: map[string]*scenarioRun{}, stepTexts: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var e envelope
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		t.add(e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return t.runs, nil
}

func (t *ndjsonTally) add(e envelope) {
	switch {
	case e.GherkinDocument != nil && e.GherkinDocument.Feature != nil:
		t.addLines(e.GherkinDocument.Feature.Children)
	case e.Pickle != nil:
		p := e.Pickle
		line := 0
		if len(p.AstNodeIDs) > 0 {
			line = t.lines[p.AstNodeIDs[len(p.AstNodeIDs)-1]]
		}
		t.pickles[p.ID] = pickle{uri: p.URI, name: p.Name, line: line}
		for _, s := range p.Steps {
			t.stepTexts["pickle:"+s.ID] = s.Text
		}
	case e.TestCase != nil:
		t.cases[e.TestCase.ID] = testCase{pickleID: e.TestCase.PickleID}
		for _, s := range e.TestCase.TestSteps {
			t.stepTexts[s.ID] = t.stepTexts["pickle:"+s.PickleStepID]
		}
	case e.TestCaseStarted != nil:
		p := t.pickles[t.cases[e.TestCaseStarted.TestCaseID].pickleID]
		t.started[e.TestCaseStarted.ID] = &scenarioRun{URI: p.uri, Line: p.line, Name: p.name, Status: "PASSED"}
	case e.TestStepFinished != nil:
		t.stepFinished(e)
	case e.TestCaseFinished != nil:
		if r, ok := t.started[e.TestCaseFinished.TestCaseStartedID]; ok && !e.TestCaseFinished.WillBeRetried {
			t.runs = append(t.runs, *r)
		}
	}
}

func (t *ndjsonTally) addLines(children []child) {
	for _, c := range children {
		if c.Rule != nil {
			t.addLines(c.Rule.Children)
		}
		if c.Scenario == nil {
			continue
		}
		t.lines[c.Scenario.ID] = c.Scenario.Location.Line
		for _, ex := range c.Scenario.Examples {
			for _, row := range ex.TableBody {
				t.lines[row.ID] = row.Location.Line
			}
		}
	}
}

func (t *ndjsonTally) stepFinished(e envelope) {
	s := e.TestStepFinished
	r, ok := t.started[s.TestCaseStartedID]
	if !ok || s.Result.Status == "PASSED" || r.Step != "" {
		return
	}
	r.Status = s.Result.Status
	r.Step = t.stepTexts[s.TestStepID]
	if r.Step == "" {
		r.Step = "(a hook)"
	}
	r.Error = s.Result.Message
}
