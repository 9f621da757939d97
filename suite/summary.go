package suite

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/console"
	"github.com/unbind/unbind/reports/record"
)

// PrintSummary ends a run with each failure (its step, error, article lines
// and evidence), what passed and failed, where the reports are (dir), and
// the command that runs again what did not pass: rerun (the unbind run
// command, with its flags, as the user started it; "unbind run" when
// empty), then @dir/rerun.txt.
// With the docs folder (docs), a failure names the line of its article
// that its failing step stands for.
func PrintSummary(w io.Writer, r *record.Run, dir, rerun, docs string) {
	printSummary(w, r, dir, rerun, docs, false)
}

// PrintSummary is the summary of the run res is the result of: as
// [PrintSummary] of its record, and an interrupted run's starts with
// "interrupted:" also when the interruption kept no scenario from running
// (it cut a retry, whose attempts are not recorded).
func (res *Result) PrintSummary(w io.Writer, dir, rerun, docs string) {
	printSummary(w, res.Run, dir, rerun, docs, res.Interrupted)
}

func printSummary(w io.Writer, r *record.Run, dir, rerun, docs string, interrupted bool) {
	var lib *article.Library
	if docs != "" {
		lib = article.NewLibrary(docs)
	}
	base, _ := os.Getwd()
	why := notRunWhy(r)
	var b strings.Builder
	console.Summary(&b, r, console.SummaryOptions{
		Dir:          dir,
		Files:        []string{reports.HTMLFile, reports.JUnitFile, reports.SurefireFile, reports.CucumberJSONFile, reports.MessagesFile},
		Rerun:        cmp.Or(rerun, "unbind run") + " @" + filepath.Join(dir, RerunFile),
		NotRun:       NotRun,
		NotRunReason: why,
		Interrupted:  why == NotRunReason,
		Base:         base,
		Notes:        append(append(append(MissingShardsNote(r), driftNote(r, dir)...), wordingNote(r)...), docsNote(r, docs)...),
		Library:      lib,
	})
	text := b.String()
	if interrupted {
		text = sayInterrupted(text, r)
	}
	io.WriteString(w, text)
}

// sayInterrupted puts "interrupted: " at the start of the counts line of a
// summary, where it is not already. The console says it only of a run
// with a scenario not run; one cut during its retries has none.
func sayInterrupted(summary string, r *record.Run) string {
	counts := fmt.Sprintf("\nunbind: %s: ", count(record.Count(r.Features...).Scenarios, "scenario"))
	i := strings.LastIndex(summary, counts)
	if i < 0 {
		return summary
	}
	at := i + len("\nunbind: ")
	return summary[:at] + "interrupted: " + summary[at:]
}

// notRunWhy is what kept the run's scenarios from running: an
// interruption, or the failures that stopped it (max failures).
func notRunWhy(r *record.Run) string {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				if st.Error == NotRunReason {
					return NotRunReason
				}
			}
		}
	}
	return "not started after the failures"
}

// driftNote says how many steps drifted from their baseline screenshots,
// and where to see them; none when none did.
// maxWordingShown bounds the wrong words the summary names.
const maxWordingShown = 5

// wordingNote names the words of an article, written in steps that took
// them for the site's label, that the article gets wrong (record.Wording):
// each once, with the first step that used it and how many more did.
func wordingNote(r *record.Run) []string {
	type use struct {
		where string
		more  int
	}
	var order []string
	uses := map[string]*use{}
	steps := 0
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			for _, st := range sc.Steps {
				for _, a := range st.Attachments {
					if a.Kind != record.Wording {
						continue
					}
					body, err := a.Data()
					if err != nil {
						continue
					}
					steps++
					for _, line := range strings.Split(strings.TrimSpace(string(body)), "\n") {
						if u, ok := uses[line]; ok {
							u.more++
							continue
						}
						uses[line] = &use{where: fmt.Sprintf("%s:%d", f.URI, st.Line)}
						order = append(order, line)
					}
				}
			}
		}
	}
	if steps == 0 {
		return nil
	}
	out := []string{fmt.Sprintf("wording: %s written with a word its article gets wrong, which the step took for the site's label ('unbind lint' lists every such word):", count(steps, "step"))}
	for _, line := range order[:min(len(order), maxWordingShown)] {
		u := uses[line]
		more := ""
		if u.more > 0 {
			more = fmt.Sprintf(" (and %d more)", u.more)
		}
		out = append(out, fmt.Sprintf("  %s%s: %s", u.where, more, line))
	}
	if len(order) > maxWordingShown {
		out = append(out, fmt.Sprintf("  and %d more words", len(order)-maxWordingShown))
	}
	return out
}

// docsNote, for a run without the articles at hand (no --docs) whose
// failing scenarios cite some, says how to have the failures quote them.
func docsNote(r *record.Run, docs string) []string {
	if docs != "" {
		return nil
	}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if !sc.Status().Failing() {
				continue
			}
			tags := make([]string, len(sc.Tags))
			for i, t := range sc.Tags {
				tags[i] = t.Name
			}
			if len(article.Sources(f.Description, sc.Description, tags)) > 0 {
				return []string{"articles: the failing scenarios cite articles that are not at hand; with --docs DIR (the folder of the article files) each failure quotes the sentence of the article its step stands for, and report.html the passages"}
			}
		}
	}
	return nil
}

// MissingShardsNote says which shards a merge lacks, and how many of the
// suite's planned scenarios its results therefore do not hold.
func MissingShardsNote(r *record.Run) []string {
	if len(r.MissingShards) == 0 {
		return nil
	}
	names := make([]string, len(r.MissingShards))
	for i, sh := range r.MissingShards {
		names[i] = sh.String()
	}
	planned, have := r.MissingShards[0].Planned, record.Count(r.Features...).Scenarios
	return []string{fmt.Sprintf("not complete: no results of %s %s; the suite planned %s, these results hold %d: the run is no success",
		map[bool]string{true: "shard", false: "shards"}[len(names) == 1], strings.Join(names, ", "), count(planned, "scenario"), have)}
}

func driftNote(r *record.Run, dir string) []string {
	n := len(record.Drifted(r.Features...))
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("drift: %s, see %s#drift", count(n, "step"), filepath.Join(dir, reports.HTMLFile))}
}
