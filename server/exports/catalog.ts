import { LANGUAGES, type Language } from '../../shared/domain/constants.js';
import type { AppContext } from '../commands/context.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import type { RoomKind } from '../../shared/domain/plenary.js';
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

type DocumentKind = Exclude<ExportKind, 'backup'>;
type DocumentFormat = Exclude<ExportFormat, 'json'>;

/** Every document comes in each of these, laid out off the event loop but Markdown; the backup is JSON only. */
const RENDERERS: Record<DocumentFormat, { contentType: string; render: (doc: Doc) => string | Promise<Buffer> }> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (doc) => renderInWorker('docx', doc),
  },
  pdf: { contentType: 'application/pdf', render: (doc) => renderInWorker('pdf', doc) },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: (doc) => renderInWorker('xlsx', doc) },
  md: { contentType: 'text/markdown; charset=utf-8', render: toMarkdown },
};

/** Which room makes each document: a group its report, final matrices and handouts; the plenary the Work Plan. */
const DOCUMENTS: Record<DocumentKind, { room: RoomKind; build: (state: WorkshopState, lang: Language) => Doc }> = {
  report: { room: 'group', build: reportDoc },
  'final-matrices': { room: 'group', build: finalMatricesDoc },
  handouts: { room: 'group', build: handoutsDoc },
  workplan: { room: 'plenary', build: workplanDoc },
};

/**
 * Documents show what those who lead the room see, and no one's own authorship: a contribution
 * made anonymously or by institution stays so in every document, whoever downloads it.
 */
const DOCUMENT_VIEWER: Actor = { role: 'facilitator', memberId: null };

const isDocumentFormat = (format: ExportFormat): format is DocumentFormat => format !== 'json';

/** The documents a kind of room makes, each with its formats: what its download menu lists. */
export function documentsOf(room: RoomKind): Array<{ kind: ExportKind; formats: ExportFormat[] }> {
  const formats = Object.keys(RENDERERS) as DocumentFormat[];
  const documents = (Object.keys(DOCUMENTS) as DocumentKind[]).filter((kind) => DOCUMENTS[kind].room === room);
  return [...documents.map((kind) => ({ kind, formats })), { kind: 'backup', formats: ['json'] }];
}

async function make(request: Request, kind: ExportKind, format: ExportFormat): Promise<Pick<Produced, 'body' | 'contentType'>> {
  const { ctx, room, lang, version } = request;
  if (kind === 'backup') {
    if (format !== 'json') throw new MesaError('export_unavailable', { kind, format });
    return { body: JSON.stringify(await buildBackup(ctx, room.workshopId, version)), contentType: 'application/json' };
  }
  const document = DOCUMENTS[kind];
  if (!isDocumentFormat(format) || document.room !== room.state.kind) throw new MesaError('export_unavailable', { kind, format });
  const renderer = RENDERERS[format];
  const body = await renderer.render(document.build(viewState(room.state, DOCUMENT_VIEWER), lang));
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
