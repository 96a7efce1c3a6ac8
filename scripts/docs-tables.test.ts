import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleTableMarkdown } from '../shared/domain/role-table.test-util.js';

/**
 * docs/api.md shows the authorisation table the tests run. It is generated from the same data,
 * so the documentation cannot drift from what the server does. `UPDATE_DOCS=1 npx vitest run
 * scripts/docs-tables.test.ts` rewrites it after a change.
 */
const DOC = new URL('../docs/api.md', import.meta.url);
const START = /<!-- role-table:start[^>]*-->\n/;
const END = '\n<!-- role-table:end -->';

describe('docs/api.md', () => {
  it('holds the role table exactly as the tests run it', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.match(START);
    const end = doc.indexOf(END);
    expect(start, 'role-table markers in docs/api.md').not.toBeNull();
    const from = (start?.index ?? 0) + (start?.[0].length ?? 0);
    const table = roleTableMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, doc.slice(0, from) + table + doc.slice(end));
    else expect(doc.slice(from, end)).toBe(table);
  });
});
