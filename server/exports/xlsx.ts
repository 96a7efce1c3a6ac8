import ExcelJS from 'exceljs';
import type { Block, DataSheet, Doc } from './document.js';

const NAVY = 'FF0B2E59';
/** Lines of room to write by hand in a printed matrix. */
const HANDWRITING_LINES = 4;

/**
 * A text as a spreadsheet cell that can never compute: Mesa writes every text as a string
 * (never a formula), and one that starts like a formula (=, +, -, @, or a tab or return
 * before one) gets a leading apostrophe, so copying it elsewhere or saving the sheet as CSV
 * does not turn it into one either.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A table cell: a whole number (a rating, a dot count, an action's number) as a number, so a
 * column sorts and sums as people expect; anything else as inert text. Leading zeros keep a
 * text a text ("007" stays as typed).
 */
export function tableCell(text: string): string | number {
  return /^(0|[1-9]\d{0,8})$/.test(text) ? Number(text) : inertCell(text);
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Mesa';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Splits the document at its level-1 headings: one sheet each (a final matrix, a group). */
function sections(doc: Doc): Array<{ name: string; blocks: Block[] }> {
  const out: Array<{ name: string; blocks: Block[] }> = [];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && b.level === 1) out.push({ name: b.text, blocks: [b] });
    else if (out.length === 0) out.push({ name: doc.title, blocks: [b] });
    else out.at(-1)?.blocks.push(b);
  }
  return out.length ? out : [{ name: doc.title, blocks: [] }];
}

function writeBlocks(sheet: ExcelJS.Worksheet, doc: Doc, blocks: Block[]): void {
  const columns = Math.max(2, ...blocks.map((b) => (b.kind === 'table' ? b.header.length : 1)));
  const widths = blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.header.length === columns)?.widths;
  // The first column holds the guide's field names ("Compromiso o alcance"): never narrower than they are.
  sheet.columns = Array.from({ length: columns }, (_, i) => ({
    width: Math.max(i === 0 ? 22 : 10, Math.round(14 * (widths?.[i] ?? 1)) + 4),
  }));
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const line = (text: string, font: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.addRow([inertCell(text)]);
    row.getCell(1).font = font;
  };
  line(doc.title, { bold: true, size: 16, color: { argb: NAVY } });
  for (const s of doc.subtitle) line(s, { italic: true });
  sheet.addRow([]);
  for (const b of blocks) {
    if (b.kind === 'heading') line(b.text, { bold: true, size: b.level === 1 ? 14 : 12, color: { argb: NAVY } });
    else if (b.kind === 'paragraph') line(b.text, b.muted ? { italic: true } : {});
    else if (b.kind === 'list') for (const item of b.items) line(`• ${item}`);
    else {
      const header = sheet.addRow(b.header.map(inertCell));
      header.eachCell((c) => {
        c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NAVY } };
        c.alignment = { wrapText: true, vertical: 'top' };
      });
      fitHeight(sheet, header, b.header);
      for (const r of b.rows) {
        const row = sheet.addRow(r.map(tableCell));
        row.eachCell((c) => {
          c.alignment = { wrapText: true, vertical: 'top' };
          c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
        });
        fitHeight(sheet, row, r, b.handwriting ? HANDWRITING_LINES : 1);
      }
      sheet.addRow([]);
    }
  }
}

/**
 * A row tall enough for its wrapped texts: not every spreadsheet grows rows on opening, and a
 * text cut off in a printed Work Plan is a text lost. Estimated from characters per line.
 */
function fitHeight(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, texts: string[], atLeast = 1): void {
  const lines = texts.map((text, i) => {
    const perLine = Math.max(1, (sheet.getColumn(i + 1).width ?? 10) - 2);
    return text.split(/\r?\n/).reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  });
  row.height = 15 * Math.max(atLeast, ...lines);
}

/** A flat table on a sheet of its own: the header frozen and filterable, whole numbers as numbers. */
function writeDataSheet(sheet: ExcelJS.Worksheet, data: DataSheet): void {
  sheet.columns = data.header.map((_, i) => ({ width: Math.max(10, Math.round(14 * (data.widths?.[i] ?? 1)) + 4) }));
  const header = sheet.addRow(data.header.map(inertCell));
  header.eachCell((c) => {
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NAVY } };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  for (const r of data.rows) {
    const row = sheet.addRow(r.map(tableCell));
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
    });
    fitHeight(sheet, row, r);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: data.header.length } };
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** The document as Excel (.xlsx): one sheet per final matrix or group, its tables as cells to sort and filter. */
export async function toXlsx(doc: Doc): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Mesa';
  book.title = doc.title;
  const taken = new Set<string>();
  for (const section of sections(doc)) writeBlocks(book.addWorksheet(sheetName(section.name, taken)), doc, section.blocks);
  for (const data of doc.dataSheets ?? []) writeDataSheet(book.addWorksheet(sheetName(data.name, taken)), data);
  return Buffer.from(await book.xlsx.writeBuffer());
}
