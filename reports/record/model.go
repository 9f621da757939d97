package record

import (
	"fmt"
	"time"

	messages "github.com/cucumber/messages/go/v21"
)

// Run is the record of one run of the suite: every feature that ran, its
// scenarios and their steps, with results, durations and evidence. Every
// report is written from a Run.
type Run struct {
	// Name is the suite name the run was started with.
	Name string
	// Started and Finished bound the run; Finished is zero while it runs
	// (a report of an interrupted run).
	Started, Finished time.Time
	// Features in the order they ran.
	Features []*Feature
	// FlakyFails is set when a flaky scenario (one that passed only when
	// run again) fails the run, as --fail-on-flaky has it: the run is then
	// no success in its reports either.
	FlakyFails bool
	// Shard, when the run was one shard of a suite (--shard i/n), says
	// which, and how many scenarios the whole suite planned: a merge can
	// tell when a shard is missing. Nil for a whole run or a merged one.
	Shard *Shard
	// MissingShards are, for a merge of shards (Merge), the shards of
	// their split that were not merged: scenarios of the suite's plan are
	// not in the run, which is then no success.
	MissingShards []Shard
}

// Shard is the part of a suite one shard's run held: Index of Total,
// counted from 1, of a suite that planned Planned scenarios.
type Shard struct {
	Index   int `json:"index"`
	Total   int `json:"total"`
	Planned int `json:"planned"`
}

func (sh Shard) String() string { return fmt.Sprintf("%d/%d", sh.Index, sh.Total) }

// Feature is one feature file.
type Feature struct {
	// URI is the path of the feature file as the run named it, for example
	// "features/p1_my_alipay.feature"; one named by an absolute path under
	// the run's working folder is relative to that folder.
	URI         string
	Keyword     string // "Feature", or the keyword of the file's language
	Name        string
	Description string
	Language    string // gherkin language code, for example "en" or "ru"
	Line        int
	Tags        []Tag
	// Source is the text of the feature file.
	Source []byte
	// Document is the parsed file, kept whole for the Cucumber Messages.
	Document *messages.GherkinDocument
	// Scenarios in the order of the file (outline rows in row order).
	Scenarios []*Scenario
}

// Tag is a tag with the line it is written on.
type Tag struct {
	Name string // with its "@"
	Line int
}

// Scenario is one pickle: a scenario, or one example row of an outline.
type Scenario struct {
	ID          string // the pickle id
	URI         string
	Keyword     string // "Scenario", "Scenario Outline", "Example" ...
	Name        string // the pickle name (placeholders of an outline filled in)
	Description string
	Line        int   // the line of the Scenario keyword
	Tags        []Tag // inherited ones included: feature, rule, scenario, examples
	// Example is the outline row this scenario was made from, nil for a
	// plain scenario.
	Example *ExampleRow
	// Rule is the Rule the scenario is written under, nil when none: an
	// article's methods ("Method 1", "Method 2") written as Rules.
	Rule *Rule
	// Pickle is the compiled scenario, kept whole for the Cucumber Messages.
	Pickle *messages.Pickle
	// Started and Finished bound what was seen of the scenario; zero when
	// it never started.
	Started, Finished time.Time
	Steps             []*Step
	// Attempt numbers this run of the scenario: 0 the first, 1 its first
	// retry (unbind run --retries). The Scenario is its last attempt, whose
	// result is the scenario's.
	Attempt int
	// Earlier are the attempts before this one, first first; each failed
	// and was run again. Their own Earlier is empty.
	Earlier []*Scenario
}

// Rule is a Rule of a feature file: a group of its scenarios.
type Rule struct {
	Keyword     string // "Rule", "Правило" ...
	Name        string
	Description string
	Line        int
}

// ExampleRow is the example row an outline scenario was made from.
type ExampleRow struct {
	Keyword string // "Examples", "Scenarios" ...
	Name    string // the name of the Examples block, often empty
	Block   int    // 1-based index of the Examples block in the outline
	Index   int    // 1-based index of the row in its block
	Line    int
	Header  []string
	Cells   []string
}

// Step is one step of a scenario with its result.
type Step struct {
	ID      string // the pickle step id (godog.Step.Id)
	Keyword string // as written, with its trailing space: "Given ", "И "
	Text    string // placeholders of an outline filled in
	Line    int
	// DocString and Table are the step's argument; at most one is set.
	DocString *DocString
	Table     *Table
	// Match is the step definition that matched; nil for undefined steps.
	Match *Match

	Status   Status
	Started  time.Time
	Duration time.Duration
	// Error is the error text of a failing or ambiguous step.
	Error       string
	Attachments []Attachment
}

// DocString is the doc string argument of a step.
type DocString struct {
	MediaType string
	Content   string
	Delimiter string
	Line      int
}

// Table is the data table argument of a step.
type Table struct {
	Line int
	Rows [][]string
}

// Match is where the step definition that matched a step lives.
type Match struct {
	Pattern string // the regular expression
	// File is the Go source file of the handler, relative to its module
	// ("steps/page.go"; a file of another module by its package's import
	// path), never an absolute path; empty when unknown.
	File string
	Line int
}

// Attachment is one piece of evidence of a step: a screenshot, a DOM
// snapshot, console text. Body holds the bytes; Path, when set, is where the
// same bytes were written (read back from a report: relative to the
// report's folder). When Body is empty the writers read Path; the reports
// name it relative to their folder (PathFrom).
type Attachment struct {
	Name      string // file name, for example "step-03-failed.png"
	MediaType string // for example "image/png"
	// Kind says what the evidence is; the zero Kind is Custom.
	Kind EvidenceKind
	Body []byte
	Path string
}

// Status is the result of a step or a scenario.
type Status string

// The statuses, as Cucumber names them.
const (
	// StatusUnknown is a step that has not reported yet: the run stopped
	// or is still running.
	StatusUnknown   Status = "unknown"
	StatusPassed    Status = "passed"
	StatusSkipped   Status = "skipped"
	StatusPending   Status = "pending"
	StatusUndefined Status = "undefined"
	StatusAmbiguous Status = "ambiguous"
	StatusFailed    Status = "failed"
)
