import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const source = flatten(es);

describe('Spanish source catalogue', () => {
  it('has no empty strings', () => {
    expect([...source].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});

describe.each([
  ['en', en],
  ['fr', fr],
] as const)('%s catalogue', (_lang, catalog) => {
  const target = flatten(catalog);

  it('has every key of the Spanish catalogue', () => {
    expect([...source.keys()].filter((k) => !target.has(k))).toEqual([]);
  });

  it('has no key the Spanish catalogue lacks', () => {
    expect([...target.keys()].filter((k) => !source.has(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...target].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same {{placeholders}} as Spanish in every text', () => {
    const mismatched = [...source]
      .filter(([k, v]) => target.has(k) && placeholders(v).join(',') !== placeholders(target.get(k) ?? '').join(','))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});

describe('flatten (the helper the checks rely on)', () => {
  it('finds nested keys, so a missing one would be caught', () => {
    const broken = flatten({ a: { b: 'x' } });
    expect([...flatten({ a: { b: 'x', c: 'y' } }).keys()].filter((k) => !broken.has(k))).toEqual(['a.c']);
  });
});

describe('exported documents’ texts', () => {
  it('have the same keys and placeholders in every language', async () => {
    const { exportsText } = await import('../exports');
    const shape = (lang: keyof typeof exportsText) =>
      [...flatten(exportsText[lang])].map(([key, text]) => `${key}:${placeholders(text).join(',')}`).sort();
    expect(shape('en')).toEqual(shape('es'));
    expect(shape('fr')).toEqual(shape('es'));
  });
});
