// Command soak runs the whole suite again and again, several suites at once
// so that the machine carries at least three scenarios per core, and counts
// the scenarios that failed.
//
// Every suite run is the built binary (`unbind run`, bin/unbind by default)
// with its own --out folder under -out; soak reads each run's
// cucumber.ndjson, lists every failed scenario with its step and error, and
// prints a tally: suite runs, scenario runs, failed, and the load factor
// (suites at once × --concurrency ÷ cores). It exits with 1 if a scenario
// failed or a run did not finish, 2 on bad flags.
//
// Usage:
//
//	go run ./bench/soak [-runs 15] [-at-once N] [-concurrency 2] [-timeout 90m] [-unbind bin/unbind] [-out out/soak] [paths...]
package main
