// Package redact keeps card numbers and CVVs out of everything unbind
// writes: the reports, their evidence and the console. Its standard is the
// project's: card numbers and CVVs never appear in pages, logs or reports.
//
// A card number is a run of 13 to 19 digits, written whole or in groups
// joined by a single space or dash (4111 1111 1111 1111, 4111-1111-...),
// that passes the Luhn check and is not part of a longer run of digits or
// of a word; it is masked to its last four digits, "•••• 1111", so that a
// reader still knows which card it was. Other runs of digits (order ids,
// phone numbers, dates, durations) are left as they are.
//
// A CVV is only a CVV by its context: a value of 3 or 4 digits that a CVV
// label (CVVLabels: CVV, CVC, "security code" and the articles' words for
// it) names. It is masked to "•••" in
//
//   - a step, or any text, that quotes a CVV label and the value:
//     I fill "CVV" with "123", I type "123" into "CVV/CVC",
//     the field "CVV" contains "123";
//   - a text where the value follows the label: "CVV: 123", "CVV2 = 1234";
//   - a table row with a CVV label in it (| CVV | 123 |), and a table
//     column whose first row is a CVV label (| card | cvv |);
//   - the error and the text evidence of a scenario, wherever they repeat
//     a value one of its steps gave a CVV.
//
// Text masks one string, Lines a text line by line (its tables as
// tables), Table a table, Source a feature file. Run masks a whole record.Run, in place, before
// any writer or the console sees it, and rewrites the text evidence files
// it names (text/*, not HTML: the DOM of a page is left as it was); Record
// and Scenario mask the record alone, for a record that is still being
// made. Writer masks what a writer of whole lines writes (godog's console
// output).
package redact
