'use strict';
// Renders a Cucumber Messages NDJSON file to HTML with @cucumber/html-formatter,
// as cucumber-js's html formatter does, failing on any error of the stream.
//
//   node render-html.cjs cucumber.ndjson cucumber.html
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const CucumberHtmlStream = require('@cucumber/html-formatter').default;

const formatterDir = path.join(__dirname, 'node_modules', '@cucumber', 'html-formatter', 'dist');

async function* envelopes(file) {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') {
      yield JSON.parse(line);
    }
  }
}

async function main(input, output) {
  const html = new CucumberHtmlStream(path.join(formatterDir, 'main.css'), path.join(formatterDir, 'main.js'));
  await pipeline(Readable.from(envelopes(input)), html, fs.createWriteStream(output));
  console.log(`${output}: ${fs.statSync(output).size} bytes`);
}

main(process.argv[2], process.argv[3]).catch((err) => {
  console.error(err);
  process.exit(1);
});
