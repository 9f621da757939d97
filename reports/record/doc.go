// Package record is the record of a run: the model every report is
// written from (Run, Feature, Scenario, Step, their statuses, attempts and
// evidence), and the Cucumber Messages that carry it.
//
// WriteMessages writes a Run as Cucumber Messages (v21) NDJSON, the record
// of the run; ReadMessages reads it back into a Run. Plain text evidence is
// carried as text; images, page snapshots (text/html) and text that looks
// like script markup in base64, since report tools such as the Cucumber
// HTML formatter paste the messages into a <script> of their page.
//
// Merge puts together the runs of several shards (read back with
// ReadMessages) before their reports are written; Run.Retried puts the
// attempts of a retried scenario together.
//
// Raw is a run as it is gathered, before it is put in order: package
// intake gathers one from godog, ReadMessages one from a stream, and
// Raw.Run builds the Run. A run given "x.feature:12" (a rerun file's
// entries) is recorded under "x.feature": godog names such features and
// pickles with the line, and a file run for several lines is parsed once
// per line; the record keeps one feature per file.
//
// A report carries no absolute path of the machine that wrote it: a feature
// named by an absolute path under the working folder is recorded relative
// to it (Raw.Dir), a step definition by its file relative to its module
// (Match.File), evidence relative to the report's folder
// (Attachment.PathFrom, MessagesOptions.Dir).
package record
