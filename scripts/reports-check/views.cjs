'use strict';
// Small views of unbind's reports for the checks.
//
//   node views.cjs cucumber-names cucumber.json [--first]  scenario names (of the first feature only)
//   node views.cjs junit-names junit.xml                    testcase names
//   node views.cjs split cucumber.json DIR                  one Cucumber JSON file per feature in DIR
//   node views.cjs locations cucumber.ndjson                file:line of every scenario that ran, once each
const fs = require('node:fs');
const path = require('node:path');

const named = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

// decodeXML replaces XML character and entity references by their text.
function decodeXML(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|quot|apos|lt|gt|amp);/g, (_, ref) => {
    if (ref[0] !== '#') {
      return named[ref];
    }
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

function features(file) {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new Error(`${file}: not a Cucumber JSON array of features`);
  }
  return parsed;
}

function cucumberNames(file, first) {
  const chosen = first ? features(file).slice(0, 1) : features(file);
  return chosen.flatMap((f) => (f.elements || []).filter((e) => e.type !== 'background').map((e) => e.name));
}

function junitNames(file) {
  const xml = fs.readFileSync(file, 'utf8');
  return [...xml.matchAll(/<testcase\s+name="([^"]*)"/g)].map((m) => decodeXML(m[1]));
}

function split(file, dir) {
  const all = features(file);
  fs.mkdirSync(dir, { recursive: true });
  all.forEach((feature, i) => {
    fs.writeFileSync(path.join(dir, `feature-${String(i + 1).padStart(2, '0')}.json`), JSON.stringify([feature]));
  });
  return [`${all.length} features, one file each, in ${dir}`];
}

// locations: the Scenario line of every pickle that has a test case.
function locations(file) {
  const envelopes = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  const lines = {};
  const walk = (children) => {
    for (const c of children || []) {
      if (c.scenario) {
        lines[c.scenario.id] = c.scenario.location.line;
      }
      if (c.rule) {
        walk(c.rule.children);
      }
    }
  };
  for (const e of envelopes) {
    if (e.gherkinDocument && e.gherkinDocument.feature) {
      walk(e.gherkinDocument.feature.children);
    }
  }
  const pickles = Object.fromEntries(envelopes.filter((e) => e.pickle).map((e) => [e.pickle.id, e.pickle]));
  const ran = envelopes.filter((e) => e.testCase).map((e) => pickles[e.testCase.pickleId]);
  return [...new Set(ran.map((p) => `${p.uri}:${lines[p.astNodeIds[0]]}`))].sort();
}

function main([command, file, arg]) {
  switch (command) {
    case 'cucumber-names':
      return cucumberNames(file, arg === '--first');
    case 'junit-names':
      return junitNames(file);
    case 'split':
      return split(file, arg);
    case 'locations':
      return locations(file);
    default:
      throw new Error(`unknown view ${command}`);
  }
}

module.exports = { decodeXML };

if (require.main === module) {
  try {
    const out = main(process.argv.slice(2));
    if (out.length > 0) {
      console.log(out.join('\n'));
    }
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
