import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports flow one way: shared/ ← server/, shared/ ← web/. shared/ stays pure (no Node, no
 * DOM framework), and web/ and server/ never import each other. This test reads every
 * import specifier, so the rule cannot rot silently.
 */
const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specs.map((m) => m[1] ?? m[2] ?? '');
}

function topDir(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.relative(root, path.resolve(root, path.dirname(file), spec));
  return target.split(path.sep)[0] ?? null;
}

const rules: Record<string, { forbiddenDirs: string[]; forbiddenPackages: RegExp | null }> = {
  shared: {
    forbiddenDirs: ['server', 'web', 'e2e', 'bench'],
    forbiddenPackages: /^(node:|fs$|path$|react|ws$|better-sqlite3|fastify|@fastify)/,
  },
  server: { forbiddenDirs: ['web', 'e2e', 'bench'], forbiddenPackages: /^(react|react-dom)/ },
  web: { forbiddenDirs: ['server', 'e2e', 'bench'], forbiddenPackages: /^(node:|ws$|better-sqlite3|fastify|@fastify)/ },
};

describe('import direction', () => {
  for (const [dir, rule] of Object.entries(rules)) {
    it(`${dir}/ imports only what it may`, () => {
      if (!fs.existsSync(path.join(root, dir))) return;
      const violations: string[] = [];
      for (const file of sourceFiles(dir)) {
        // Tests run in Node and may use it; the code under test may not.
        const isTest = /\.test(-util)?\.tsx?$/.test(file);
        for (const spec of importsOf(file)) {
          const target = topDir(file, spec);
          if (target && rule.forbiddenDirs.includes(target)) violations.push(`${file} → ${spec}`);
          if (!isTest && !spec.startsWith('.') && rule.forbiddenPackages?.test(spec)) violations.push(`${file} → ${spec}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('finds the imports it checks (the rule is not vacuous)', () => {
    expect(importsOf('server/app.ts')).toContain('./commands/context.js');
    expect(topDir('server/app.ts', '../shared/errors.js')).toBe('shared');
  });
});
