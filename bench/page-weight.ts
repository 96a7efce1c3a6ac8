/**
 * Page weight: the gzipped JavaScript a participant's browser loads before the first screen —
 * the entry chunk and the chunks index.html preloads — and what is fetched later (lazy screens,
 * the other languages). Builds the web app into a temporary folder.
 *
 *   npx tsx bench/page-weight.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './fanout/constants.js';

const BUDGET_KB = 150;

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-weight-'));
try {
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string));
  const kb = (file: string) => gzipSync(fs.readFileSync(path.join(out, file))).length / 1024;
  const all = fs
    .readdirSync(path.join(out, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const first = [...initial].reduce((sum, f) => sum + kb(f), 0);
  const later = all.filter((f) => !initial.has(f)).reduce((sum, f) => sum + kb(f), 0);
  for (const f of [...initial].sort((a, b) => kb(b) - kb(a))) console.log(`${kb(f).toFixed(1).padStart(7)} KB  ${f}`);
  console.log(`\nfirst screen: ${first.toFixed(1)} KB gzipped JavaScript (budget ${BUDGET_KB} KB: ${first <= BUDGET_KB ? 'met' : 'over'})`);
  console.log(`fetched later, in the background: ${later.toFixed(1)} KB in ${all.length - initial.size} chunks`);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
