/**
 * A document as the exports build it, before any format: headings, paragraphs, lists and
 * tables of plain text. Every text in it is inert — a renderer escapes it for its format — so
 * the builders never think about Markdown, Word or spreadsheet syntax.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'list'; items: string[] }
  /**
   * `widths`: relative column widths (the guide's Field | Content is 1 : 3); equal when absent.
   * `handwriting`: rows leave room to write by hand (the printed working matrices).
   */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[]; handwriting?: boolean };

export interface Doc {
  title: string;
  /** Under the title: the workshop, the group, the date. */
  subtitle: string[];
  blocks: Block[];
  /** Each level-1 heading starts a new page (a handout per matrix). */
  pagePerSection?: boolean;
  /**
   * Data only a spreadsheet gets, after the document's own sheets: one flat table per sheet,
   * a row per record, to sort and filter (the PESTLE's items with their category and cluster).
   * The same content the blocks already show, so the other formats leave it out.
   */
  dataSheets?: DataSheet[];
}

export interface DataSheet {
  name: string;
  header: string[];
  rows: string[][];
  widths?: number[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string, muted = false): Block => ({ kind: 'paragraph', text, ...(muted ? { muted } : {}) });
export const table = (header: string[], rows: string[][], widths?: number[], handwriting = false): Block => ({
  kind: 'table',
  header,
  rows,
  ...(widths ? { widths } : {}),
  ...(handwriting ? { handwriting } : {}),
});

/** The number of columns of the document's widest table: wide documents are laid out landscape. */
export const widestTable = (doc: Doc) => Math.max(0, ...doc.blocks.map((b) => (b.kind === 'table' ? b.header.length : 0)));
export const list = (items: string[]): Block => ({ kind: 'list', items });
