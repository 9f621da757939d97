'use strict';
// Prints the text a browser rendered (a --dump-dom file) without the
// contents of its script and style elements, so that a check sees what the
// page shows rather than the data it carries.
//
//   node rendered-text.cjs dom.html
const fs = require('node:fs');

const html = fs.readFileSync(process.argv[2], 'utf8');
const text = html
  .replace(/<script[\s\S]*?<\/script>/gi, ' ')
  .replace(/<style[\s\S]*?<\/style>/gi, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ');
console.log(text);
