import type { RoomKind } from './plenary.js';

/**
 * The documents Mesa makes, as the export API names them (`<kind>.<format>`), and which kind of
 * room makes each: the server's catalog makes them, the download menu lists them.
 */
export const EXPORT_KINDS = ['report', 'final-matrices', 'handouts', 'workplan', 'backup'] as const;
export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'md', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every document but the backup comes in each of these; the backup is JSON only. */
export const DOCUMENT_FORMATS = ['docx', 'pdf', 'xlsx', 'md'] as const satisfies readonly ExportFormat[];

const ROOM_DOCUMENTS: Record<RoomKind, ExportKind[]> = {
  group: ['report', 'final-matrices', 'handouts', 'backup'],
  plenary: ['workplan', 'backup'],
};

/** The documents a kind of room makes, each with its formats, in the order the menu lists them. */
export function documentsOf(room: RoomKind): Array<{ kind: ExportKind; formats: readonly ExportFormat[] }> {
  return ROOM_DOCUMENTS[room].map((kind) => ({ kind, formats: kind === 'backup' ? ['json'] : DOCUMENT_FORMATS }));
}

/** Whether a room of this kind makes this document in this format. */
export function makesDocument(room: RoomKind, kind: ExportKind, format: ExportFormat): boolean {
  return documentsOf(room).some((d) => d.kind === kind && d.formats.includes(format));
}
