// Command unbind runs Gherkin scenarios written from how-to articles
// against the bundled simulated storefront and wallet in headless
// Chromium, and writes JUnit, Cucumber and HTML reports of which documented
// steps still work.
//
//	unbind [run] [flags] [paths...]   run the suite (default paths: features)
//	unbind serve [flags]              explore the simulated sites yourself
//	unbind merge [--out DIR] FILES... combine shards' results
//	unbind steps                      list the step vocabulary
//
// This package parses the command line and wires it to the library: the
// run is package suite, the vocabulary package steps, the reports package
// reports. What is left here is flags, their checks, exit statuses and
// signals, and the settings a flag takes from the environment (UNBIND_*)
// or unbind.yaml when the command line leaves it out (config.go).
package main
