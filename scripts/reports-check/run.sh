#!/usr/bin/env bash
# Checks that the tools CI and writers use accept unbind's reports as they
# are. It builds unbind, runs every feature plus failing.feature (which fails
# on purpose) into a temporary folder, expects exit status 1, and then checks:
#
#   - the JUnit XML is valid against the Jenkins JUnit schema, and
#     surefire.xml against the Surefire 3.0.2 schema (xmllint);
#   - every line of the Cucumber Messages NDJSON is valid against the JSON
#     schemas of @cucumber/messages, the version unbind emits (ajv);
#   - @cucumber/html-formatter renders the NDJSON, and the page it makes,
#     opened in headless Chromium, shows the failing scenario;
#   - Allure 3 reads the Cucumber JSON and the JUnit XML into a report that
#     holds every scenario;
#   - cucumber-html-reporter and multiple-cucumber-html-reporter render the
#     Cucumber JSON into pages that, opened in headless Chromium, hold none
#     of the failing page's forms, scripts or fields as live markup;
#   - unbind's own HTML report and evidence show the failing step;
#   - rerun.txt lists the failing scenario and `unbind run @rerun.txt` runs
#     exactly what it lists;
#   - run with --retries 1, the failing scenario's two attempts are valid
#     Cucumber Messages, and junit.xml and surefire.xml pass their schemas.
#
# The npm tools are installed with `npm ci` from package-lock.json into
# scripts/reports-check/node_modules when they are missing. One line per
# check; the exit status is 1 when a check fails, 2 when a tool is missing.
#
# Usage: scripts/reports-check/run.sh [--keep]
#   --keep  keep the temporary folder (it is always kept when a check fails)
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
keep=false
[ "${1:-}" = "--keep" ] && keep=true

failed=0
checks=0

pass() { checks=$((checks + 1)); printf 'ok    %s\n' "$*"; }
fail() { checks=$((checks + 1)); failed=$((failed + 1)); printf 'FAIL  %s\n' "$*"; }
note() { printf '      %s\n' "$*"; }
# show prints the end of a log under a failed check.
show() { tail -n "${2:-15}" "$1" | sed 's/^/      | /'; }

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "reports-check: $1 is missing: $2" >&2
  exit 2
}

find_chromium() {
  local c
  for c in "${UNBIND_CHROME:-}" /usr/lib/chromium/chromium chromium chromium-browser google-chrome google-chrome-stable; do
    [ -n "$c" ] && command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
  done
  echo "reports-check: no Chromium: install Debian's chromium (sudo apt-get install chromium) or set UNBIND_CHROME" >&2
  exit 2
}

install_tools() {
  if [ -f "$here/node_modules/.package-lock.json" ] && ! [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
    return 0
  fi
  echo "reports-check: installing the npm tools (npm ci) into $here/node_modules"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || { echo "reports-check: npm ci failed" >&2; exit 2; }
}

need go "install Go 1.26"
need node "install Node.js 20 (sudo apt-get install nodejs npm)"
need npm "install npm (sudo apt-get install npm)"
need xmllint "install libxml2-utils (sudo apt-get install libxml2-utils)"
chromium=$(find_chromium)
install_tools

out=$(mktemp -d "${TMPDIR:-/tmp}/unbind-reports-check.XXXXXX")
reports="$out/reports"
bin="$here/node_modules/.bin"
cd "$root" || exit 2

failing_feature=scripts/reports-check/failing.feature
failing_name=$(sed -n 's/^ *Scenario: *//p' "$failing_feature" | head -n 1)
failing_line=$(grep -n '^ *Scenario:' "$failing_feature" | head -n 1 | cut -d: -f1)
schema=../shared/schemas/jenkins-junit.xsd
[ -f "$schema" ] || schema=reports/write/testdata/schemas/jenkins-junit.xsd

echo "reports-check: building unbind and running every feature plus $failing_feature into $out"
if ! go build -o "$out/unbind" ./cmd/unbind 2>"$out/build.log"; then
  fail "build: go build ./cmd/unbind"; show "$out/build.log"
  echo "reports-check: kept $out"; exit 1
fi
"$out/unbind" run --format progress --out "$reports" features "$failing_feature" >"$out/run.log" 2>&1
status=$?

# --- the run ---------------------------------------------------------------
if [ "$status" -eq 1 ]; then
  pass "exit status 1 (a scenario failed)"
else
  fail "exit status $status, want 1"; show "$out/run.log"
fi
if grep -qx "$failing_feature:$failing_line" "$reports/rerun.txt" 2>/dev/null; then
  pass "rerun.txt lists $failing_feature:$failing_line"
  others=$(grep -vx "$failing_feature:$failing_line" "$reports/rerun.txt")
  [ -n "$others" ] && note "other scenarios failed too: $(echo "$others" | tr '\n' ' ')"
else
  fail "rerun.txt does not list $failing_feature:$failing_line"; show "$reports/rerun.txt"
fi

# --- JUnit XML -------------------------------------------------------------
if xmllint --noout --schema "$schema" "$reports/junit.xml" >"$out/xmllint.log" 2>&1; then
  pass "junit.xml is valid against $schema (xmllint)"
else
  fail "junit.xml is not valid against $schema"; show "$out/xmllint.log"
fi

surefire_schema=${schema%/*}/surefire-test-report-3.0.2.xsd
if xmllint --noout --schema "$surefire_schema" "$reports/surefire.xml" >"$out/xmllint-surefire.log" 2>&1; then
  pass "surefire.xml is valid against $surefire_schema (xmllint)"
else
  fail "surefire.xml is not valid against $surefire_schema"; show "$out/xmllint-surefire.log"
fi

# --- Cucumber Messages -----------------------------------------------------
if node "$here/validate-messages.cjs" "$reports/cucumber.ndjson" >"$out/messages.log" 2>&1; then
  pass "cucumber.ndjson: $(cat "$out/messages.log")"
else
  fail "cucumber.ndjson is not valid against the @cucumber/messages schemas"; show "$out/messages.log" 25
fi

# --- @cucumber/html-formatter ----------------------------------------------
formatted="$out/cucumber-html/index.html"
mkdir -p "$out/cucumber-html"
if node "$here/render-html.cjs" "$reports/cucumber.ndjson" "$formatted" >"$out/formatter.log" 2>&1 &&
  grep -qF "$failing_name" "$formatted"; then
  pass "@cucumber/html-formatter $(node -p "require('$here/node_modules/@cucumber/html-formatter/package.json').version") renders cucumber.ndjson ($(wc -c <"$formatted") bytes)"
else
  fail "@cucumber/html-formatter did not render cucumber.ndjson with the failing scenario"; show "$out/formatter.log"
fi
sandbox=()
[ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
timeout 120 "$chromium" --headless --disable-gpu "${sandbox[@]}" --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --host-resolver-rules="MAP * ~NOTFOUND" \
  --user-data-dir="$out/chrome-profile" --virtual-time-budget=15000 --dump-dom "file://$formatted" \
  >"$out/cucumber-html/dom.html" 2>"$out/chromium.log"
node "$here/rendered-text.cjs" "$out/cucumber-html/dom.html" >"$out/cucumber-html/text.txt" 2>>"$out/chromium.log"
if grep -qF "$failing_name" "$out/cucumber-html/text.txt" && grep -qE '\b[0-9]+ failed\b' "$out/cucumber-html/text.txt"; then
  pass "the formatter's page, rendered in Chromium, shows \"$(grep -oE '\b[0-9]+ failed\b' "$out/cucumber-html/text.txt" | head -n 1)\" and \"$failing_name\""
else
  fail "the formatter's page, rendered in Chromium, does not show the failing scenario"
  show "$out/cucumber-html/text.txt" 3; show "$out/chromium.log" 5
fi

# --- Allure 3 --------------------------------------------------------------
allure_version=$(node -p "require('$here/node_modules/allure/package.json').version")
node "$here/views.cjs" cucumber-names "$reports/cucumber.json" >"$out/names-all.txt"
node "$here/views.cjs" cucumber-names "$reports/cucumber.json" --first >"$out/names-first.txt"
node "$here/views.cjs" junit-names "$reports/junit.xml" >"$out/names-junit.txt"

# allure_report NAME: generates $out/allure/NAME-report from $out/allure/NAME-results.
allure_report() {
  (cd "$out/allure" && "$bin/allure" generate "$1-results" --output "$1-report") >"$out/allure/$1.log" 2>&1
}
mkdir -p "$out/allure/junit-results" "$out/allure/cucumber-results"
cp "$reports/junit.xml" "$out/allure/junit-results/"
cp "$reports/cucumber.json" "$out/allure/cucumber-results/"
node "$here/views.cjs" split "$reports/cucumber.json" "$out/allure/per-feature-results" >/dev/null

if allure_report junit && node "$here/allure-check.cjs" "$out/allure/junit-report" "$out/names-junit.txt" --from-xml >>"$out/allure/junit.log" 2>&1; then
  pass "Allure $allure_version reads junit.xml: $(tail -n 1 "$out/allure/junit.log")"
  grep -q 'undecoded' "$out/allure/junit.log" && note "Allure's JUnit reader leaves XML character references (&#34;) in names; junit.xml is right, xmllint reads them"
else
  fail "Allure $allure_version does not read junit.xml into a report of every scenario"; show "$out/allure/junit.log"
fi
if allure_report cucumber && node "$here/allure-check.cjs" "$out/allure/cucumber-report" "$out/names-first.txt" >>"$out/allure/cucumber.log" 2>&1; then
  pass "Allure $allure_version reads cucumber.json as it is: $(tail -n 1 "$out/allure/cucumber.log" | sed 's/all \([0-9]*\) scenarios there/the first feature'"'"'s \1 scenarios there/')"
  note "Allure's Cucumber JSON reader stops after the first feature of a file; the next check gives it one file per feature"
else
  fail "Allure $allure_version does not read cucumber.json"; show "$out/allure/cucumber.log"
fi
if allure_report per-feature && node "$here/allure-check.cjs" "$out/allure/per-feature-report" "$out/names-all.txt" >>"$out/allure/per-feature.log" 2>&1; then
  pass "Allure $allure_version reads cucumber.json split by feature: $(tail -n 1 "$out/allure/per-feature.log")"
else
  fail "Allure $allure_version does not read cucumber.json split by feature into every scenario"; show "$out/allure/per-feature.log"
fi

# --- cucumber-html-reporter, multiple-cucumber-html-reporter ---------------
if node "$here/cucumber-reporters.cjs" "$reports/cucumber.json" "$out/cucumber-reporters" >"$out/cucumber-reporters.log" 2>&1; then
  mapfile -t tool_pages <"$out/cucumber-reporters/pages.txt"
  if go run ./scripts/reports-check/inert "$reports/evidence" "${tool_pages[@]}" >"$out/inert.log" 2>&1; then
    pass "cucumber-html-reporter and multiple-cucumber-html-reporter show the DOM evidence inertly (${#tool_pages[@]} pages in Chromium)"
  else
    fail "a report tool renders the DOM evidence of cucumber.json as live markup"; show "$out/inert.log"
  fi
else
  fail "cucumber-html-reporter or multiple-cucumber-html-reporter did not render cucumber.json"; show "$out/cucumber-reporters.log"
fi

# --- unbind's own HTML report and evidence -----------------------------------
if grep -qF "$failing_name" "$reports/report.html" && grep -q '<li class="step st-failed failing">' "$reports/report.html" &&
  grep -q 'src="data:image/png;base64,' "$reports/report.html"; then
  pass "report.html shows the failing step with its screenshot embedded"
else
  fail "report.html does not show the failing step with an embedded screenshot"
fi
evidence=$(find "$reports/evidence" -name 'step-*-failed.png' -path '*failing*' 2>/dev/null | head -n 1)
if [ -n "$evidence" ] && [ -f "${evidence%.png}.html" ]; then
  pass "evidence on disk: ${evidence#"$reports"/} and its DOM"
else
  fail "no screenshot and DOM of the failing step under $reports/evidence"
fi

# --- retries ---------------------------------------------------------------
# The suite itself runs without retries; this run gives only the scenario
# that fails on purpose a second attempt, so that the reports carry two.
retried="$out/retried"
"$out/unbind" run --format progress --retries 1 --out "$retried" "$failing_feature" >"$out/retried.log" 2>&1
retried_status=$?
if [ "$retried_status" -eq 1 ] && grep -q '"attempt":1' "$retried/cucumber.ndjson" &&
  node "$here/validate-messages.cjs" "$retried/cucumber.ndjson" >"$out/retried-messages.log" 2>&1 &&
  xmllint --noout --schema "$schema" "$retried/junit.xml" >"$out/retried-xmllint.log" 2>&1 &&
  xmllint --noout --schema "$surefire_schema" "$retried/surefire.xml" >>"$out/retried-xmllint.log" 2>&1 &&
  grep -q '<rerunFailure' "$retried/surefire.xml"; then
  pass "--retries 1: two attempts in cucumber.ndjson ($(cat "$out/retried-messages.log")), junit.xml and surefire.xml valid"
else
  fail "--retries 1 (exit $retried_status): the attempts are missing or a report is not valid"
  show "$out/retried.log" 5; show "$out/retried-messages.log" 5; show "$out/retried-xmllint.log" 5
fi

# --- rerun -----------------------------------------------------------------
"$out/unbind" run --format progress --out "$out/rerun" "@$reports/rerun.txt" >"$out/rerun.log" 2>&1
rerun_status=$?
sort -u "$reports/rerun.txt" >"$out/rerun-listed.txt"
node "$here/views.cjs" locations "$out/rerun/cucumber.ndjson" >"$out/rerun-ran.txt" 2>>"$out/rerun.log"
listed=$(grep -c . "$out/rerun-listed.txt")
if [ "$rerun_status" -eq 1 ] && cmp -s "$out/rerun-listed.txt" "$out/rerun-ran.txt"; then
  pass "unbind run @rerun.txt ran exactly the $listed scenario(s) it lists"
else
  fail "unbind run @rerun.txt (exit $rerun_status) ran other scenarios than the $listed it lists"
  diff "$out/rerun-listed.txt" "$out/rerun-ran.txt" | sed 's/^/      | /'; show "$out/rerun.log" 5
fi

echo "reports-check: $checks checks, $failed failed"
if [ "$failed" -gt 0 ] || [ "$keep" = true ]; then
  echo "reports-check: kept $out"
else
  rm -rf "$out"
fi
[ "$failed" -eq 0 ]
