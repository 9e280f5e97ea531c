// The web client's performance budget (issue #6): what the browser must download before the first
// page — index.html's stylesheet, main script and modulepreloaded chunks — at most 350 KB gzipped.
// Angular's own budgets count raw bytes only, so the build runs this after bundling and fails above it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist/apps/web/browser', limitKb = '350'] = process.argv.slice(2);
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let raw = 0;
let gzipped = 0;
for (const file of files) {
  const bytes = readFileSync(join(dir, file));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`Initial bundle: ${files.length} files, ${kb(raw)} KB raw, ${kb(gzipped)} KB gzipped (budget ${limitKb} KB gzipped)`);
if (gzipped > Number(limitKb) * 1024) {
  console.error(`The initial bundle is over its budget by ${kb(gzipped - Number(limitKb) * 1024)} KB gzipped: load the new code lazily.`);
  process.exit(1);
}
