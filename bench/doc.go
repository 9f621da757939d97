// Command bench measures how fast the harness runs the default suite and
// what its isolation costs, on the machine it runs on.
//
// It runs every feature (features/ by default) several times in this
// process, the way `unbind run` does, alternating a run whose scenarios
// reuse reset browser contexts (the default) with a run that gives every
// scenario a fresh browser context, and prints, with the command that
// reproduces them:
//
//   - the wall time of the suite, and its ratio to the fresh-context run;
//   - the median and 90th percentile of a scenario's time;
//   - the isolation cost of a scenario: acquiring its browser session,
//     planting the world cookie and releasing the session, as the scenario
//     waits for them (the reset of a released context runs in the
//     background and is shown apart);
//   - the time of one locate of an element, per step;
//   - the harness's overhead over the time the browser spends on the pages;
//   - the peak memory of the Chromium process tree (PSS, summed over every
//     process of the tree from /proc/PID/smaps_rollup, sampled).
//
// A run where a scenario fails is reported and makes bench exit with 1: a
// faster suite that gets answers wrong is not faster.
//
// With -peer it races unbind instead against the Playwright Test peer in
// bench/playwright (the root suite's scenarios ported one for one): it
// starts `unbind serve` for the peer's sim, runs `unbind run` and the peer
// in turn, pair after pair, and prints the wall time and the CPU time of
// every process of each run (those a browser leaves behind are adopted and
// counted; the peer is charged the sim's CPU during its run), with the
// ratios.
//
// Usage:
//
//	go run ./bench [-runs 3] [-concurrency N] [-fresh=true] [paths...]
//	go run ./bench -peer bench/playwright [-unbind bin/unbind] [-pairs 4] [features/*.feature]
package main
