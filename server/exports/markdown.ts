import type { Block, Doc } from './document.js';

/**
 * Text typed by people made inert in Markdown: every character with a meaning is escaped, and
 * `<` `>` become entities, so "<script>", "[link](…)" or "# title" stay words on the page.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A paragraph keeps its line breaks (hard breaks), each line escaped. */
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .join('  \n');

/** A table cell is one line: its line breaks become <br>, the only markup Mesa writes into a cell. */
const cell = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .join('<br>');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return b.muted ? `*${lines(b.text)}*` : lines(b.text);
    case 'list':
      return b.items.map((item) => `- ${cell(item)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
      return [row(b.header), `|${b.header.map(() => '---').join('|')}|`, ...b.rows.map(row)].join('\n');
    }
  }
}

/** The document as Markdown (CommonMark with GitHub tables). */
export function toMarkdown(doc: Doc): string {
  const head = [`# ${escapeMarkdown(doc.title)}`, ...doc.subtitle.map((line) => `*${escapeMarkdown(line)}*`)].join('\n\n');
  return `${[head, ...doc.blocks.map(block)].join('\n\n')}\n`;
}
