import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text as a reader extracts it: runs joined, a line break where the PDF ends a line. */
  text: string;
  width: number;
  height: number;
}

/** Reads a PDF back the way a reader would (pdf.js): each page's text and size, in points. */
export async function readPdf(buffer: Buffer): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    pages.push({ text, width: width ?? 0, height: height ?? 0 });
  }
  await pdf.destroy();
  return pages;
}
