import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

/** The body of a .docx: its word/document.xml. */
export function documentXml(buffer: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml'] ?? new Uint8Array());
}

/** The text of each cell of each table of a .docx body, in order, from the XML. */
export function docxTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tbl]) =>
    [...(tbl ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) =>
      [...(tr ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, tc]) =>
        [...(tc ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n'),
      ),
    ),
  );
}

export async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

/** Every non-empty row of a sheet, as the texts of its cells. */
export function sheetRows(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const out: string[][] = [];
  sheet?.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
  });
  return out;
}
