// Accessibility checks for the e2e runs: axe-core on the page as the user sees it now.
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { artifact } from './browser.js';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe (WCAG 2.1 A and AA rules) and fails on any serious or critical violation, naming
 * the rule and the first elements; the whole report goes to e2e/artifacts/axe-<name>.json.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  fs.writeFileSync(artifact(`axe-${name}.json`), JSON.stringify(results.violations, null, 1));
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length === 0) return;
  const lines = blocking.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  throw new Error(`axe found ${blocking.length} serious or critical problem(s) on ${name}:\n${lines.join('\n')}`);
}
