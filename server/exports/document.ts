/**
 * A document as the exports build it, before any format: headings, paragraphs, lists and
 * tables of plain text. Every text in it is inert — a renderer escapes it for its format — so
 * the builders never think about Markdown, Word or spreadsheet syntax.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'list'; items: string[] }
  /** `widths`: relative column widths (the guide's Field | Content is 1 : 3); equal when absent. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] };

export interface Doc {
  title: string;
  /** Under the title: the workshop, the group, the date. */
  subtitle: string[];
  blocks: Block[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string, muted = false): Block => ({ kind: 'paragraph', text, ...(muted ? { muted } : {}) });
export const table = (header: string[], rows: string[][], widths?: number[]): Block => ({
  kind: 'table',
  header,
  rows,
  ...(widths ? { widths } : {}),
});
export const list = (items: string[]): Block => ({ kind: 'list', items });
