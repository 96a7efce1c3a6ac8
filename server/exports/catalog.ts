import { LANGUAGES, type Language } from '../../shared/domain/constants.js';
import type { AppContext } from '../commands/context.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import { buildBackup } from './backup.js';
import { finalMatricesDoc } from './final-matrices-doc.js';
import { toDocx } from './docx.js';
import { toMarkdown } from './markdown.js';
import { toXlsx } from './xlsx.js';
import { workplanDoc } from './workplan-doc.js';

export const EXPORT_KINDS = ['report', 'final-matrices', 'handouts', 'workplan', 'backup'] as const;
export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'md', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Produced {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

interface Request {
  ctx: AppContext;
  room: Room;
  lang: Language;
  version: string;
}

const MARKDOWN = 'text/markdown; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A group's final matrices, or a plenary's Work Plan: the document model each format renders. */
function groupDoc(room: Room, lang: Language, format: ExportFormat) {
  if (room.state.kind === 'plenary') throw new MesaError('export_unavailable', { kind: 'final-matrices', format });
  return finalMatricesDoc(room.state, lang);
}
function plenaryDoc(room: Room, lang: Language, format: ExportFormat) {
  if (room.state.kind !== 'plenary') throw new MesaError('export_unavailable', { kind: 'workplan', format });
  return workplanDoc(room.state, lang);
}

/** What each kind of document can be made as so far, per room kind; the rest answer `export_unavailable`. */
const MAKERS: Partial<Record<`${ExportKind}.${ExportFormat}`, (r: Request) => Promise<Pick<Produced, 'body' | 'contentType'>>>> = {
  'backup.json': async ({ ctx, room, version }) => ({
    body: JSON.stringify(await buildBackup(ctx, room.workshopId, version)),
    contentType: 'application/json',
  }),
  'final-matrices.md': async ({ room, lang }) => ({ body: toMarkdown(groupDoc(room, lang, 'md')), contentType: MARKDOWN }),
  'final-matrices.docx': async ({ room, lang }) => ({ body: await toDocx(groupDoc(room, lang, 'docx')), contentType: DOCX }),
  'final-matrices.xlsx': async ({ room, lang }) => ({ body: await toXlsx(groupDoc(room, lang, 'xlsx')), contentType: XLSX }),
  'workplan.xlsx': async ({ room, lang }) => ({ body: await toXlsx(plenaryDoc(room, lang, 'xlsx')), contentType: XLSX }),
  'workplan.md': async ({ room, lang }) => ({ body: toMarkdown(plenaryDoc(room, lang, 'md')), contentType: MARKDOWN }),
  'workplan.docx': async ({ room, lang }) => ({ body: await toDocx(plenaryDoc(room, lang, 'docx')), contentType: DOCX }),
};

/** "taller-regional-san-jose": a file name any system accepts, from the workshop's title. */
function slug(title: string): string {
  const ascii = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return (
    ascii
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'mesa'
  );
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Parses "final-matrices.md" into its kind and format; null when it names no document. */
export function parseExportName(file: string): { kind: ExportKind; format: ExportFormat } | null {
  const dot = file.lastIndexOf('.');
  const kind = file.slice(0, dot);
  const format = file.slice(dot + 1);
  const known = (EXPORT_KINDS as readonly string[]).includes(kind) && (EXPORT_FORMATS as readonly string[]).includes(format);
  return dot > 0 && known ? { kind: kind as ExportKind, format: format as ExportFormat } : null;
}

export async function produce(request: Request, kind: ExportKind, format: ExportFormat): Promise<Produced> {
  const make = MAKERS[`${kind}.${format}`];
  if (!make) throw new MesaError('export_unavailable', { kind, format });
  const made = await make(request);
  const date = new Date().toISOString().slice(0, 10);
  return { ...made, filename: `${slug(request.room.state.title)}-${kind}-${date}.${format}` };
}
