import type { Language } from '../../../shared/domain/constants';
import type { ContentBlock, LocalizedText } from '../../../shared/template/schema';

/**
 * The language a localized text is actually shown in: French falls back to Spanish, and the
 * element then carries lang="es" so screen readers pronounce it right.
 */
export function shownLanguage(text: LocalizedText | undefined, lang: Language): Language {
  if (lang === 'fr' && text && !text.fr) return 'es';
  return lang;
}

function blockKey(block: ContentBlock): string {
  return block.type === 'list' ? `list:${block.items.map((i) => i.es).join('\n')}` : `${block.type}:${block.text.es}`;
}

/**
 * Joins lists of guide blocks, dropping repeats: the guide repeats some passages both as a
 * phase's text and as a section's introduction, and they should be read once.
 */
export function uniqueBlocks(...lists: readonly (readonly ContentBlock[])[]): ContentBlock[] {
  const seen = new Set<string>();
  const out: ContentBlock[] = [];
  for (const list of lists) {
    for (const block of list) {
      const key = blockKey(block);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(block);
    }
  }
  return out;
}

/** A text as a paragraph block, for fields the schema keeps as one LocalizedText. */
export const paragraph = (text: LocalizedText): ContentBlock => ({ type: 'paragraph', text });
