// Package steps holds the step vocabulary of unbind: the generic UI steps a
// scenario is written with (open, click, hover, fill, see, ...) and the domain
// steps that set up and check a world of the simulated sites (a buyer with
// bound cards, the mailbox, the captcha, the clock).
//
// Every step is declared once in Vocabulary, with its pattern, an example and
// the group it belongs to; the same table registers the steps with godog and
// prints them for `unbind steps`. A Harness binds the vocabulary to one
// browser and one simulated site, and gives every scenario its own browser
// session and its own world.
package steps
