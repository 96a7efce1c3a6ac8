import type { Doc } from './document.js';
import { toDocx } from './docx.js';
import { toPdf } from './pdf.js';
import { toXlsx } from './xlsx.js';

/** The formats laid out off the event loop (render-worker.ts); Markdown is string work and stays on it. */
const RENDER = { docx: toDocx, pdf: toPdf, xlsx: toXlsx } satisfies Record<string, (doc: Doc) => Promise<Buffer>>;
export type LaidOutFormat = keyof typeof RENDER;

export function render(format: LaidOutFormat, doc: Doc): Promise<Buffer> {
  return RENDER[format](doc);
}
