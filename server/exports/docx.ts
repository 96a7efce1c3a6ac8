import {
  Document,
  HeadingLevel,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, type Doc, widestTable } from './document.js';

const NAVY = '0B2E59';
const MUTED = '4D5D70';
/** A font every office suite has, and that carries á, ñ, ¿ and every Latin letter. */
const FONT = 'Calibri';

/** Runs of one text, its line breaks kept. The library writes text as XML character data: nothing typed becomes markup. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

/** Twips across an A4 page inside Word's default margins. */
const PAGE_WIDTH = { portrait: 9_000, landscape: 13_900 };
const columnWidths = (weights: number[], across: number) => {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / total) * across));
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Beyond this many columns (the profiles × needs grid) a table's text is set smaller (8 pt), so words fit its cells. */
const WIDE_TABLE_COLUMNS = 8;

function cell(text: string, header: boolean, small: boolean): TableCell {
  const size = small ? { size: 16 } : {};
  return new TableCell({
    children: [new Paragraph({ children: runs(text, header ? { bold: true, color: 'FFFFFF', ...size } : size) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: NAVY } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** Room to write by hand in a printed matrix (twips, about four lines). */
const HANDWRITING_HEIGHT = 1300;

function block(b: Block, newPage: boolean, across: number): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level],
          spacing: { before: 240, after: 120 },
          keepNext: true,
          pageBreakBefore: newPage && b.level === 1,
          children: runs(b.text),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text, b.muted ? { italics: true, color: MUTED } : {}) })];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: columnWidths(b.widths ?? b.header.map(() => 1), across),
          rows: [
            // The header row repeats on every page a long table spans.
            new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true, b.header.length > WIDE_TABLE_COLUMNS)) }),
            ...b.rows.map(
              (r) =>
                new TableRow({
                  children: r.map((c) => cell(c, false, b.header.length > WIDE_TABLE_COLUMNS)),
                  ...(b.handwriting ? { height: { value: HANDWRITING_HEIGHT, rule: HeightRule.ATLEAST } } : {}),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
  }
}

/** The document as Word (.docx): the guide's tables as real tables, landscape when they are wide. */
export function toDocx(doc: Doc): Promise<Buffer> {
  const orientation = widestTable(doc) > 4 ? 'landscape' : 'portrait';
  const file = new Document({
    creator: 'Mesa',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title, { color: NAVY }) }),
          ...doc.subtitle.map((line) => new Paragraph({ children: runs(line, { italics: true, color: MUTED }) })),
          ...doc.blocks.flatMap((b, i) => block(b, (doc.pagePerSection ?? false) && i > 0, PAGE_WIDTH[orientation])),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
