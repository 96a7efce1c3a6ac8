import type { TextCell } from '../../../shared/domain/final-matrix-model';

/** One version of a contested cell: the current text (`author` 'current') or a member's alternative. */
export interface CellVersion {
  author: string;
  /** The member who wrote it ('' when nobody is recorded). */
  by: string;
  text: string;
}

export const hasConflict = (cell: TextCell) => Object.keys(cell.alternatives).length > 0;

/** Every version of a cell, the current text first, then the alternatives oldest first. */
export function cellVersions(cell: TextCell): CellVersion[] {
  const alternatives = Object.entries(cell.alternatives)
    .sort(([, a], [, b]) => a.at - b.at)
    .map(([memberId, alt]) => ({ author: memberId, by: memberId, text: alt.text }));
  return [{ author: 'current', by: cell.by, text: cell.text }, ...alternatives];
}

/** A starting point for a merge: each distinct non-empty version once, one per line. */
export function mergeDraft(cell: TextCell): string {
  const texts = cellVersions(cell)
    .map((v) => v.text.trim())
    .filter((text) => text !== '');
  return [...new Set(texts)].join('\n');
}

/** The text a member wrote that is waiting beside the current one, if any. */
export function alternativeOf(cell: TextCell, memberId: string | null): string | null {
  if (memberId === null || !Object.hasOwn(cell.alternatives, memberId)) return null;
  return cell.alternatives[memberId]?.text ?? null;
}
