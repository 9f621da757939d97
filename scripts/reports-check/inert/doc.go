// Command inert opens report pages made by other tools in headless Chromium
// and says whether any of them rendered a page's DOM evidence as live
// markup: a form, script or field of the evidence present as an element of
// the report, a frame or object showing a document from a blob: URL or a
// data: URL of a type other than a plain image, plain text or opaque bytes,
// or a script of the evidence that ran.
//
//	go run ./scripts/reports-check/inert EVIDENCE_DIR PAGE.html...
//
// It prints one line per page and exits 1 when a page rendered evidence,
// 2 when it could not look.
package main
