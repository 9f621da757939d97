// Package browser is the headless Chromium session that the step definitions
// drive. It acts on a page the way a reader of a how-to article does: it finds
// a button, a link or a form field by the words the article uses, waits until
// a person could use it, and then moves the mouse, clicks and types.
//
// # Browser and sessions
//
// [Start] launches one Chromium (or attaches to a remote one through a
// DevTools websocket) for a whole run. Its lifetime is its own: it never
// derives from the context of a scenario, so a cancelled scenario cannot take
// the browser down. Every request of the browser goes through
// --host-resolver-rules: the hosts of [Options.HostMap] resolve to local
// servers and every other host fails to resolve, so nothing leaves the
// machine.
//
// [Browser.NewSession] opens a fresh browser context (its own cookies,
// storage and cache) with one tab. Tabs that the page opens (target=_blank,
// window.open) and tabs opened with [Session.OpenInNewTab] belong to the same
// browser context, so they share the login. Closing the session disposes of
// the browser context and all its tabs.
//
// # Deadlines
//
// Every action takes a context and waits for its condition until the
// context's deadline; nothing sleeps for a fixed time. A context without a
// deadline gets [Options.StepTimeout].
//
// # Finding elements
//
// [Session.Click] and [Session.Hover] look for an element by ARIA role and
// accessible name first (buttons, links, menu items, tabs, checkboxes, radio
// buttons, switches, options and tree items), then by visible text. The
// accessible name comes from aria-labelledby, aria-label, an associated
// <label>, the value of an input button, alt, the element's text, and title,
// in that order, with whitespace collapsed. Names are compared exactly first
// and then ignoring letter case. Form controls ([Session.Fill],
// [Session.SetChecked], [Session.Select]) are found by label text,
// aria-label, placeholder or name attribute; a trailing ":" or "*" of a
// label is ignored.
//
// When several elements match, visible ones win over hidden ones, then the
// better kind of match (role exact, role ignoring case, text exact, text
// ignoring case); among equals the first in document order is taken.
//
// Before a click, hover or fill the element must be attached, visible,
// enabled, not covered by another element (document.elementFromPoint at its
// centre hits it or one of its descendants) and still (the same box over two
// animation frames). The session polls with growing pauses until that holds
// or the deadline passes, and the error then says what was wrong the last time
// it looked, with the page URL.
//
// # Dialogs
//
// Native alert, confirm and prompt dialogs are recorded as pending the moment
// they open, on every tab of the session. An action that opens one returns
// instead of hanging; [Session.AcceptDialog], [Session.DismissDialog] and
// [Session.DialogText] deal with it. Other actions on a tab with a pending
// dialog fail at once with [ErrDialogOpen]. A dialog still open when the
// session closes is dismissed. A tab the page opens is attached as soon as
// the browser reports it; a dialog it shows while it first loads, before
// that, is not seen.
//
// # Per-tab settings
//
// Settings that must hold on every tab of a session (device emulation is one)
// are kept as tab setups in the session and applied to each tab when it is
// attached, including tabs that the page opens later; see [Session.Emulate].
package browser
