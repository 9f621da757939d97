'use strict';
// Checks a report Allure 3 generated: its page and data are there, and
// every expected test name is among its test results.
//
//   node allure-check.cjs REPORT_DIR NAMES_FILE [--from-xml]
//
// --from-xml: the report was read from XML. Allure's JUnit reader does not
// decode XML character references (it parses with processEntities off), so
// a name with a quote shows as `The orange &#34;here&#34; button`; the check
// decodes them before comparing, and says how many names it had to decode.
const fs = require('node:fs');
const path = require('node:path');

function testResults(dir) {
  const resultsDir = path.join(dir, 'data', 'test-results');
  return fs.readdirSync(resultsDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(fs.readFileSync(path.join(resultsDir, n), 'utf8')));
}

const { decodeXML } = require('./views.cjs');

function main(dir, namesFile, fromXML) {
  for (const file of ['index.html', 'summary.json']) {
    if (!fs.existsSync(path.join(dir, file))) {
      throw new Error(`${dir} has no ${file}`);
    }
  }
  const results = testResults(dir);
  const shown = results.map((r) => r.name);
  const names = new Set(fromXML ? shown.map(decodeXML) : shown);
  const undecoded = fromXML ? shown.filter((n) => decodeXML(n) !== n).length : 0;
  const statuses = {};
  for (const r of results) {
    statuses[r.status] = (statuses[r.status] || 0) + 1;
  }
  const want = fs.readFileSync(namesFile, 'utf8').split('\n').filter((n) => n !== '');
  const missing = want.filter((n) => !names.has(n));
  const counts = Object.entries(statuses).map(([s, n]) => `${n} ${s}`).join(', ');
  if (want.length === 0 || missing.length > 0) {
    throw new Error(`${results.length} test results (${counts}); missing ${missing.length} of ${want.length} scenarios:\n  ${missing.join('\n  ')}`);
  }
  const note = undecoded > 0 ? ` (${undecoded} shown with XML character references undecoded)` : '';
  console.log(`${results.length} test results (${counts}); all ${want.length} scenarios there${note}`);
}

try {
  main(process.argv[2], process.argv[3], process.argv[4] === '--from-xml');
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
