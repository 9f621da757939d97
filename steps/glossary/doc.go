// Package glossary holds the articles' glossaries: one file a language
// (hi.txt, id.txt, ru.txt, sw.txt), each line an article's label and the
// key (or keys) in sim/catalog of the site's label it stands for.
//
//	Hapus kartu = cards.delete_card, cards.remove  # "Delete card"
//	Настойки ~ settings.title  # misprint of «Настройки», Settings
//
// "=" is a translation the article gets right. "~" is a word the article
// gets wrong, a misprint or a mistranslation, that a reader copying the
// article still writes: steps take it for the site's label all the same,
// and `unbind lint` reports it as broken, the note saying why. Labels an
// article quotes that name nothing on the site are not here: they are the
// article's prose notes (package doccheck).
//
// The steps (package steps) resolve a step's words through Lookup; the
// document checks (package doccheck) read Entries. A Glossary is read-only
// once loaded and safe for concurrent use.
package glossary
