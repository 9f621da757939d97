'use strict';
// Validates every line of a Cucumber Messages NDJSON file against the JSON
// schemas shipped by the @cucumber/messages package installed beside this
// script, and checks that the file says it speaks that version.
//
//   node validate-messages.cjs cucumber.ndjson
const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;

const pkgDir = path.join(__dirname, 'node_modules', '@cucumber', 'messages');
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;

function envelopeValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  const dir = path.join(pkgDir, 'schema');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  }
  return ajv.getSchema('Envelope.json');
}

function main(file) {
  const validate = envelopeValidator();
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  const problems = [];
  const kinds = {};
  let protocol = '';
  lines.forEach((line, i) => {
    let envelope;
    try {
      envelope = JSON.parse(line);
    } catch (e) {
      problems.push(`line ${i + 1}: not JSON: ${e.message}`);
      return;
    }
    if (!validate(envelope)) {
      for (const err of validate.errors) {
        problems.push(`line ${i + 1}: ${err.instancePath || '/'} ${err.message} ${JSON.stringify(err.params)}`);
      }
    }
    for (const kind of Object.keys(envelope)) {
      kinds[kind] = (kinds[kind] || 0) + 1;
    }
    if (envelope.meta) {
      protocol = envelope.meta.protocolVersion;
    }
  });
  if (lines.length === 0) {
    problems.push('no messages');
  }
  if (protocol.split('.')[0] !== version.split('.')[0]) {
    problems.push(`meta.protocolVersion is "${protocol}", the schemas are @cucumber/messages ${version}`);
  }
  const summary = Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ');
  if (problems.length > 0) {
    console.error(problems.slice(0, 20).join('\n'));
    console.error(`${problems.length} problems in ${lines.length} messages (@cucumber/messages ${version})`);
    process.exit(1);
  }
  console.log(`${lines.length} messages valid against @cucumber/messages ${version} (protocol ${protocol}): ${summary}`);
}

main(process.argv[2]);
