// Package browser is the headless Chromium session that the step definitions
// drive. It acts on a page the way a reader of a how-to article does: it finds
// a button, a link or a form field by the words the article uses, waits until
// a person could use it, and then moves the mouse, clicks and types.
//
// # Browser and sessions
//
// [Start] launches one Chromium (or attaches to a remote one through a
// DevTools websocket) for a whole run: for a headless run, Chromium's
// headless shell when there is one ([FindHeadlessChrome]), which loads pages
// in about half the time of the full browser started headless. Its lifetime is its own: it never
// derives from the context of a scenario, so a cancelled scenario cannot take
// the browser down.
//
// # What the browser reaches
//
// The simulated sites, and nothing else. All of the browser's traffic,
// loopback included (--proxy-bypass-list=<-loopback>), goes through a
// forward proxy that this package runs on a loopback port: it sends the
// hosts of [Options.HostMap], on ports 80 and 443, over http and, through
// CONNECT, https and WebSockets, to their addresses, and refuses every
// other host, port and address. WebRTC, which sends UDP of its own past
// any proxy (STUN, TURN, its peers, and the mDNS names of host
// candidates), may use the proxy only
// (--force-webrtc-ip-handling-policy=disable_non_proxied_udp, under which
// it gathers no candidate at all). --host-resolver-rules map the hosts as
// well and make every other name unresolvable. [Session.Open] and
// [Session.OpenInNewTab] refuse, with an error wrapping [ErrRefused],
// every address that is not an http or https address of a mapped host on
// its usual port: file:, data:, javascript:, chrome: and about: pages but
// about:blank, other hosts, addresses by number, other ports. A page
// cannot open a local file either: Chromium refuses file: frames, windows,
// redirects and requests from web pages. [Options.LoopbackPages] lets the
// browser reach every loopback port as well, for a program's own pages.
//
// A remote browser's command line is not ours to write, so there every
// browser context of the sessions is created with the proxy as its proxy
// server (see [Options.ProxyAddr]), loopback included, and the browser is
// told to ignore certificate errors, as a started one is by its flags. Two
// differences remain: the remote browser's WebRTC policy is its own, and
// its HTTPS-Upgrades, which only its command line can turn off
// (--disable-features=HttpsUpgrades), load an http:// address over https
// when the server answers both.
//
// # Start, death and replacement
//
// A started browser runs in a process group of its own and speaks the
// DevTools protocol on a pipe. Its start has a deadline
// ([Options.StartTimeout]); a program that exits, says nothing or answers
// something else fails it with its exit status and last lines of output.
// [Browser.Close] asks it to exit, kills what is left of its process group
// and reaps it, so that no helper of it outlives the program.
//
// A browser that exits, drops its connection or does not answer within
// [Options.AnswerTimeout] is dead: one started here is killed, the
// sessions in it fail with the reason ([Session.Fault]), and the next
// [Browser.NewSession] starts (or connects to) a new one; the browser
// contexts pooled in the dead one go with it. When no new one can be had,
// every later session fails at once with both reasons.
//
// # Sessions and their isolation
//
// [Browser.NewSession] gives a session a browser context of its own (its
// cookies, storage and cache) with one tab. Tabs that the page opens
// (target=_blank, window.open) and tabs opened with [Session.OpenInNewTab]
// belong to the same browser context, so they share the login.
//
// By default ([IsolationReset]) browser contexts are pooled. When a session
// closes, its context is reset in the background and handed to a later
// session only once the reset is complete and checked: every tab of the
// context is closed (those the session never attached too), and with them
// all a tab keeps (history, session storage, window name, device emulation,
// dialogs); a new blank tab is opened for the next session; the cookies of
// the context, the storage of every origin the session's pages had (local
// storage, IndexedDB, Cache Storage, service workers and the rest Chromium
// keeps per origin), the HTTP cache and the permissions are cleared. Then no
// cookie and no target but the blank tab may be left. A context whose reset
// fails in any way, or whose pages had a frame of another site (whose
// storage Chromium keys by both sites, out of reach of clearing by origin),
// is disposed of instead. One prepared context is kept ready, so that a new
// session does not wait for a reset. [IsolationFresh] creates a context per
// session and disposes of it when the session closes.
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
// centre hits it or one of its descendants) and still. The browser drops
// input meant for a document it has not rendered yet, so a document must
// have been rendered twice first (its first two animation frames); if the
// locate had to wait for them, the element's box must not have changed
// meanwhile. After that an element counts as still unless something shows
// it may be moving: a CSS animation or transition running on it or an
// ancestor, a change of its or an ancestor's style or class attribute in
// the last 100 ms, elements added or removed by a script in the last 100 ms,
// or a layout shift that moved it in the last 100 ms; then its box must stay
// the same over two animation frames. Motion that has not begun when the
// element is looked at is not seen. The session polls with growing pauses
// until all that holds or the deadline passes, and the error then says what
// was wrong the last time it looked, with the page URL.
//
// After a click the session asks the page what came of it. A watch
// installed before the page's scripts records every mouse press the
// document gets, in the capture phase. When nothing in the page got the
// click (the browser dropped it), it is made again once the page has shown
// two more frames, three times at most. When another element than the one
// located got it (a pop-up that appeared under the mouse), the action fails
// naming both. When the page asked for a navigation, a form's submission
// planned for a later task included, the next action waits for the new
// document.
//
// An action (a click, typing, a hover, answering a dialog) is done when
// what it started is done, as the browser's events tell: the navigation it
// caused has committed (Page.frameNavigated) and its document is parsed
// with its deferred scripts and DOMContentLoaded handlers run (so the
// handlers the page attaches then, a confirm() before a form is sent, are
// there for the next action), and the fetch and XMLHttpRequest requests its document sent
// meanwhile (Network.requestWillBeSent) have been answered or have failed
// (Network.loadingFinished, Network.loadingFailed). Once they are answered
// the page gets its turn to handle the answers, and a navigation or request
// it starts then is waited for too. All of it within the step deadline; the
// error names the request that had no answer. A click on an item of a
// hover menu that closed since the hover (its trigger moved from under the
// mouse) moves the mouse over the trigger again first, and from there to
// the item.
//
// Evidence (a screenshot, the DOM) is taken once a navigation under way has
// committed and shown its document, or half the time left has passed; a
// capture that the navigation spoiled ("Not attached to an active page"
// while the browser swaps the page's renderer process) is made again. A
// screenshot is of the viewport only, never clipped nor beyond it, which
// would make the browser emulate another viewport for a moment.
//
// The locator and the watch behind the stillness check are page scripts
// that run in every document of a session's tabs before the page's own
// scripts. In a document that already existed when its tab was attached
// they start then, and an element there counts as possibly moving for their
// first 100 ms; a document without them gets the locator sent whole.
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
