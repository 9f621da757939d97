# unbind: two commands on a fresh machine.
#   make run    install what is missing, then run every feature against the embedded sim
#   make test   install what is missing, then run every test (unit, sim, browser, features)

GO      ?= go
UNBIND  ?= bin/unbind
ARGS    ?=

.PHONY: run test deps build vet serve steps clean reports-check

deps:
	@scripts/ensure-deps.sh

build: deps
	$(GO) build -trimpath -buildvcs=auto -o $(UNBIND) ./cmd/unbind

run: build
	$(UNBIND) run $(ARGS)

serve: build
	$(UNBIND) serve $(ARGS)

steps: build
	@$(UNBIND) steps

vet:
	$(GO) vet ./...

# Runs every feature plus one scenario made to fail, then checks the reports
# with the tools CI uses: xmllint and the Jenkins JUnit schema, the Cucumber
# Messages JSON schemas, @cucumber/html-formatter and Allure 3 (npm installs
# them into scripts/reports-check/node_modules on first use).
reports-check: deps
	@scripts/reports-check/run.sh

# The example module (examples/gomodule) is a module of its own, which uses
# unbind as a Go library with a step of its own; its go test runs too.
# cmd/unbind takes 4-6 minutes on 2 CPUs, close enough to go test's default
# 10-minute deadline on a loaded machine to give it 20.
test: deps vet reports-check
	$(GO) test -count=1 -timeout 20m ./...
	cd examples/gomodule && $(GO) vet ./... && $(GO) test -count=1 ./...

# make race   every test with the race detector; cmd/unbind alone takes about
#              10 minutes so, past go test's default deadline
.PHONY: race
race: deps
	$(GO) test -race -count=1 -timeout 30m ./...

clean:
	rm -rf bin out

# make bench   race unbind against the Playwright Test peer (bench/playwright,
#              the root suite's scenarios ported one for one; npm installs
#              @playwright/test on first use, no browser download): builds
#              unbind, starts unbind serve for the peer, runs both in turn
#              (BENCH_ARGS='-pairs 6' to change it) and prints their wall
#              and CPU times and the ratios. Not part of make test.
# make bench-isolation  run the whole default suite several times, with reset
#              and with fresh browser contexts, and print those figures
BENCH_ARGS ?=
.PHONY: bench bench-isolation
bench: build
	$(GO) run ./bench -peer bench/playwright -unbind $(UNBIND) $(BENCH_ARGS)

bench-isolation: deps
	$(GO) run ./bench $(BENCH_ARGS)

# make fuzz    run every fuzz target of the module (go test -list '^Fuzz' per
#              package), one after another: first its whole seed corpus (the
#              fuzzing engine may stop before it has run them all), then
#              FUZZTIME of fuzzing; a finding stops it and stays in the
#              package's testdata/fuzz as a seed
FUZZTIME ?= 30s
FUZZMINIMIZETIME ?= 5s
.PHONY: fuzz
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  targets=$$($(GO) test -list '^Fuzz' $$pkg) || { echo "$$targets"; exit 1; }; \
	  for t in $$(echo "$$targets" | grep '^Fuzz' || true); do \
	    echo "fuzz: $$pkg $$t: every seed, then fuzzing for $(FUZZTIME)"; \
	    $(GO) test -count=1 -run "^$$t\$$" $$pkg; \
	    $(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME) $$pkg; \
	  done; \
	done

# make soak    run the whole suite again and again with bin/unbind, several
#              suites at once (3 scenarios per core or more), and print the
#              tally of failed scenarios (SOAK_ARGS='-runs 30' to change it)
SOAK_ARGS ?=
.PHONY: soak
soak: build
	$(GO) run ./bench/soak -unbind $(UNBIND) $(SOAK_ARGS)
