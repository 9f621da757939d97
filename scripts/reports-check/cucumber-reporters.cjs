'use strict';
// Renders a Cucumber JSON file with the two HTML report tools that read it
// most often, each into its own folder, and lists the pages they made in
// OUTDIR/pages.txt:
//
//   node cucumber-reporters.cjs cucumber.json OUTDIR
//
// OUTDIR/cucumber-html-reporter/index.html        (bootstrap theme)
// OUTDIR/multiple-cucumber-html-reporter/index.html and its feature pages
const fs = require('node:fs');
const path = require('node:path');

async function main() {
  const [file, outDir] = process.argv.slice(2);
  if (!file || !outDir) {
    throw new Error('usage: node cucumber-reporters.cjs cucumber.json OUTDIR');
  }
  const single = path.join(outDir, 'cucumber-html-reporter');
  fs.mkdirSync(single, { recursive: true });
  require('cucumber-html-reporter').generate({
    theme: 'bootstrap', jsonFile: file, output: path.join(single, 'index.html'),
    reportSuiteAsScenarios: true, launchReport: false, ignoreBadJsonFile: false,
  });
  const multiple = path.join(outDir, 'multiple-cucumber-html-reporter');
  const input = path.join(outDir, 'multiple-input');
  fs.mkdirSync(input, { recursive: true });
  fs.copyFileSync(file, path.join(input, 'cucumber.json'));
  await require('multiple-cucumber-html-reporter').generate({
    jsonDir: input, reportPath: multiple, openReportInBrowser: false, disableLog: true,
  });
  const list = [path.join(single, 'index.html'), ...pages(multiple)];
  fs.writeFileSync(path.join(outDir, 'pages.txt'), list.join('\n') + '\n');
}

// pages lists the HTML pages a report folder holds, its assets left out.
function pages(dir) {
  return fs.readdirSync(dir, { recursive: true })
    .filter((p) => p.endsWith('.html') && !p.split(path.sep).includes('assets'))
    .map((p) => path.join(dir, p))
    .sort();
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
