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
	$(GO) build -o $(UNBIND) ./cmd/unbind

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

test: deps vet reports-check
	$(GO) test -count=1 ./...

clean:
	rm -rf bin out

# make bench   run the whole default suite several times, with reset and with
#              fresh browser contexts, and print the figures of BENCHMARKS.md
#              (BENCH_ARGS='-runs 5 -concurrency 1' to change them)
BENCH_ARGS ?=
.PHONY: bench
bench: deps
	$(GO) run ./bench $(BENCH_ARGS)
