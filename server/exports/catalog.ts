import { LANGUAGES, type Language } from '../../shared/domain/constants.js';
import type { AppContext } from '../commands/context.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import { type ExportFormat, type ExportKind, EXPORT_FORMATS, EXPORT_KINDS, makesDocument } from '../../shared/domain/documents.js';
import type { Actor, WorkshopState } from '../../shared/domain/state.js';
import { viewState } from '../../shared/domain/views.js';
import type { Doc } from './document.js';
import { buildBackup } from './backup.js';
import { finalMatricesDoc } from './final-matrices-doc.js';
import { toMarkdown } from './markdown.js';
import { handoutsDoc } from './handouts-doc.js';
import { reportDoc } from './report-doc.js';
import { renderInWorker } from './render-worker.js';
import { workplanDoc } from './workplan-doc.js';
import { workshopTitle } from './workshop-title.js';

export { documentsOf, EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../../shared/domain/documents.js';

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

type DocumentKind = Exclude<ExportKind, 'backup'>;
type DocumentFormat = Exclude<ExportFormat, 'json'>;

/** How each document format is made: laid out off the event loop, but Markdown. */
const RENDERERS: Record<DocumentFormat, { contentType: string; render: (doc: Doc) => string | Promise<Buffer> }> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (doc) => renderInWorker('docx', doc),
  },
  pdf: { contentType: 'application/pdf', render: (doc) => renderInWorker('pdf', doc) },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: (doc) => renderInWorker('xlsx', doc) },
  md: { contentType: 'text/markdown; charset=utf-8', render: toMarkdown },
};

/** Each document's model, built from the state (which room makes which: shared/domain/documents.ts). */
const BUILDERS: Record<DocumentKind, (state: WorkshopState, lang: Language) => Doc> = {
  report: reportDoc,
  'final-matrices': finalMatricesDoc,
  handouts: handoutsDoc,
  workplan: workplanDoc,
};

/**
 * Documents show what those who lead the room see, and no one's own authorship: a contribution
 * made anonymously or by institution stays so in every document, whoever downloads it.
 */
const DOCUMENT_VIEWER: Actor = { role: 'facilitator', memberId: null };

async function make(request: Request, kind: ExportKind, format: ExportFormat): Promise<Pick<Produced, 'body' | 'contentType'>> {
  const { ctx, room, lang, version } = request;
  if (!makesDocument(room.state.kind, kind, format)) throw new MesaError('export_unavailable', { kind, format });
  if (kind === 'backup' || format === 'json') {
    return { body: JSON.stringify(await buildBackup(ctx, room.workshopId, version)), contentType: 'application/json' };
  }
  const renderer = RENDERERS[format];
  const body = await renderer.render(BUILDERS[kind](viewState(room.state, DOCUMENT_VIEWER), lang));
  return { body, contentType: renderer.contentType };
}

/** "taller-regional-san-jose": a file name any system accepts, from a title, cut at a word within `max`. */
function slug(title: string, max: number): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.length > max && words[max] !== '-' ? words.slice(0, max).replace(/-[^-]*$/, '') : words.slice(0, max);
  return cut.replace(/-+$/, '') || 'mesa';
}

/** The workshop, then the group for a group's room: each group's report has a name of its own, however long the title. */
function fileStem(state: WorkshopState): string {
  const title = workshopTitle(state);
  return title !== state.title ? `${slug(title, 40)}-${slug(state.groupName, 30)}` : slug(state.title, 70);
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
  const made = await make(request, kind, format);
  const date = new Date().toISOString().slice(0, 10);
  return { ...made, filename: `${fileStem(request.room.state)}-${kind}-${date}.${format}` };
}
