import type { Doc } from './document.js';
import { toDocx } from './docx.js';
import { toPdf } from './pdf.js';
import { toXlsx } from './xlsx.js';

/** The formats laid out off the event loop (render-worker.ts); Markdown is string work and stays on it. */
export const LAID_OUT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type LaidOutFormat = (typeof LAID_OUT_FORMATS)[number];

const RENDER: Record<LaidOutFormat, (doc: Doc) => Promise<Buffer>> = { docx: toDocx, pdf: toPdf, xlsx: toXlsx };

export function render(format: LaidOutFormat, doc: Doc): Promise<Buffer> {
  return RENDER[format](doc);
}
