import { describe, expect, it } from 'vitest';
import type { ContentBlock } from '../../../shared/template/schema';
import { shownLanguage, uniqueBlocks } from './localized';

const p = (es: string): ContentBlock => ({ type: 'paragraph', text: { es, en: `${es} (en)` } });

describe('uniqueBlocks', () => {
  it('keeps the first of repeated passages, in order', () => {
    expect(uniqueBlocks([p('a'), p('b')], [p('b'), p('c')])).toEqual([p('a'), p('b'), p('c')]);
  });

  it('tells a note from a paragraph with the same text', () => {
    const note: ContentBlock = { type: 'note', text: { es: 'a', en: 'a' } };
    expect(uniqueBlocks([p('a')], [note])).toHaveLength(2);
  });
});

describe('shownLanguage', () => {
  it('reports Spanish when French is missing', () => {
    expect(shownLanguage({ es: 'hola', en: 'hello' }, 'fr')).toBe('es');
    expect(shownLanguage({ es: 'hola', en: 'hello', fr: 'salut' }, 'fr')).toBe('fr');
    expect(shownLanguage({ es: 'hola', en: 'hello' }, 'en')).toBe('en');
  });
});
