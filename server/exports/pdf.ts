import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Block, type Doc, widestTable } from './document.js';

const NAVY = '#0B2E59';
const MUTED = '#4D5D70';
const MARGIN = 40;
/** Points across an A4 page inside the margins. */
const WIDTH = { portrait: 595.28 - 2 * MARGIN, landscape: 841.89 - 2 * MARGIN };
/** A cell's padding and rule on each side, as pdfmake's default table layout draws them. */
const CELL_CHROME = 9;
/** Beyond this many columns (the profiles × needs grid) a table's text is set smaller, so words fit its cells. */
const WIDE_TABLE_COLUMNS = 8;
/** Room to write by hand in a printed matrix: about four lines. */
const HANDWRITING_HEIGHT = 56;

/**
 * Roboto, shipped inside pdfmake and embedded in every PDF (subset): it carries á, ñ, ¿, ç, œ and
 * every Latin letter, and no reader has to have it installed. The library may read these files
 * and nothing else: no URL and no other local path is ever fetched, whatever a document holds.
 */
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const font = (file: string) => path.join(fontDir, file);
pdfmake.addFonts({
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === fontDir);

const HEADING_SIZE = { 1: 15, 2: 12.5, 3: 11 } as const;

function columnWidths(weights: number[], across: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const room = across - weights.length * CELL_CHROME;
  return weights.map((w) => (w / total) * room);
}

type Heading = Extract<Block, { kind: 'heading' }>;
type TableBlock = Extract<Block, { kind: 'table' }>;

/** A heading's look, wherever it is drawn: on its own line or as a table's title row. */
const headingStyle = (h: Heading) => ({ fontSize: HEADING_SIZE[h.level], bold: true, color: NAVY });
const headingContent = (h: Heading, newPage: boolean): Content => ({
  text: h.text,
  ...headingStyle(h),
  margin: [0, h.level === 1 ? 14 : 10, 0, 6],
  ...(newPage ? { pageBreak: 'before' as const } : {}),
});

/**
 * A table, with the headings just above it drawn as its first, borderless rows: they stay on
 * the page of the table's first row and repeat over its continuation pages with the column
 * names. (pdfmake's own keep-with-next, `pageBreakBefore`, lays the whole document out again
 * for every heading it moves: five times slower on a long report.)
 */
function tableContent(b: TableBlock, titles: Heading[], across: number, newPage: boolean): Content {
  const columns = b.header.length;
  const NO_BORDER: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  // A title spans the columns; the cells it covers must be borderless too, or their rules show.
  const spanned = (cell: { text: string } & Record<string, unknown>): TableCell[] => [
    { ...cell, colSpan: columns, border: NO_BORDER },
    ...Array.from({ length: columns - 1 }, () => ({ text: '', border: NO_BORDER })),
  ];
  const titleRows = titles.map((h, i) => spanned({ text: h.text, ...headingStyle(h), margin: [-4, i === 0 ? 8 : 4, 0, 2] }));
  const header = b.header.map((h) => ({ text: h, bold: true, color: 'white', fillColor: NAVY }));
  const heights = (row: number) => (row <= titles.length ? 'auto' : HANDWRITING_HEIGHT);
  return {
    table: {
      headerRows: titles.length + 1,
      keepWithHeaderRows: 1,
      widths: columnWidths(b.widths ?? b.header.map(() => 1), across),
      // A row to write in is never split over two pages: half a box helps no one.
      ...(b.handwriting ? { heights, dontBreakRows: true } : {}),
      // Copies: pdfmake writes its layout into the arrays it is given, and the Doc is the caller's.
      body: [...titleRows, header, ...b.rows.map((r) => [...r])],
    },
    // No rule above or between the title rows: they read as headings, not as cells.
    layout: { hLineWidth: (line: number) => (line < titles.length ? 0 : 1) },
    margin: [0, 2, 0, 10],
    ...(columns > WIDE_TABLE_COLUMNS ? { fontSize: 8 } : {}),
    ...(newPage ? { pageBreak: 'before' as const } : {}),
  };
}

/** What may travel with the headings above it as one unbreakable piece: less than a page. */
const KEEP_WITH_HEADING_CHARS = 1200;

/**
 * The blocks as pdfmake content. Every text goes in as a plain string, which pdfmake lays out
 * as it is: it reads no markup, so nothing anyone typed can become a link, an image or a style.
 * Headings are kept with what follows them: a table takes them in (above), a short paragraph
 * or a list's first item joins them in an unbreakable stack.
 */
function contents(doc: Doc, across: number): Content[] {
  const out: Content[] = [];
  let titles: Heading[] = [];
  let newPage = false;
  const keepWithTitles = (next: Content[], rest: Content[]) => {
    const stack = [...titles.map((h) => headingContent(h, false)), ...next];
    if (titles.length) out.push({ stack, unbreakable: true, ...(newPage ? { pageBreak: 'before' as const } : {}) });
    else out.push(...next);
    out.push(...rest);
    titles = [];
    newPage = false;
  };
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      if (titles.length === 0) newPage = (doc.pagePerSection ?? false) && b.level === 1 && i > 0;
      titles.push(b);
    } else if (b.kind === 'table') {
      out.push(tableContent(b, titles, across, newPage));
      titles = [];
      newPage = false;
    } else if (b.kind === 'paragraph') {
      const paragraph: Content = { text: b.text, margin: [0, 0, 0, 6], ...(b.muted ? { italics: true, color: MUTED } : {}) };
      if (b.text.length <= KEEP_WITH_HEADING_CHARS) keepWithTitles([paragraph], []);
      else keepWithTitles([], [paragraph]);
    } else {
      const whole: Content = { ul: [...b.items], margin: [0, 0, 0, 6] };
      const [first, ...rest] = b.items;
      if (titles.length === 0 || first === undefined || first.length > KEEP_WITH_HEADING_CHARS) keepWithTitles([], [whole]);
      else
        keepWithTitles([{ ul: [first], margin: [0, 0, 0, rest.length ? 0 : 6] }], rest.length ? [{ ul: rest, margin: [0, 0, 0, 6] }] : []);
    }
  });
  // Headings with nothing after them still print.
  out.push(...titles.map((h, i) => headingContent(h, newPage && i === 0)));
  return out;
}

/** The document as PDF: A4, landscape when its tables are wide, fonts embedded, page numbers in the footer. */
export function toPdf(doc: Doc): Promise<Buffer> {
  const orientation = widestTable(doc) > 4 ? 'landscape' : 'portrait';
  const across = WIDTH[orientation];
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, creator: 'Mesa', producer: 'Mesa' },
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    footer: (page, pages) => ({
      columns: [
        { text: doc.title, color: MUTED, fontSize: 8 },
        { text: `${page} / ${pages}`, alignment: 'right', color: MUTED, fontSize: 8 },
      ],
      margin: [MARGIN, 10, MARGIN, 0],
    }),
    content: [
      { text: doc.title, fontSize: 20, color: NAVY, bold: true, margin: [0, 0, 0, 4] },
      ...doc.subtitle.map((line): Content => ({ text: line, italics: true, color: MUTED })),
      { text: '', margin: [0, 0, 0, 8] },
      ...contents(doc, across),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
