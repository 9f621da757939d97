// Package reports keeps a run's report set on disk: which files a report
// folder holds, how they are written, and how a run holds the folder.
//
// The record of a run is package record (the model, the Cucumber Messages
// written and read back, Merge); package intake builds it from godog; the
// writers of the other formats are package write; the articles scenarios
// cite are package article.
//
// WriteAll writes every report of a record.Run into a folder (MessagesFile,
// JUnitFile, CucumberJSONFile, HTMLFile, SurefireFile), with
// WriteAllOptions for each writer. Each file goes through WriteFileAtomic,
// so a report is never seen half written. One report with other options:
//
//	err := reports.WriteFileAtomic("out/junit.xml", func(w io.Writer) error {
//		return write.JUnit(w, run, write.JUnitOptions{Name: "unbind"})
//	})
//
// A report folder holds one run's set, or none. Lock holds a folder for one
// run (flock on the folder; LockFile names the run's process id while it runs); a second run
// gets a *FolderInUseError. NewStaging puts the set together in a hidden
// folder inside the report folder (evidence and all), and Commit swaps it in
// whole for the previous one, or Discard throws it away and leaves the
// previous set as it was (a disk that filled up while it was written).
package reports
