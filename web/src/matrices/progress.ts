import type { WorkshopState } from '../../../shared/domain/state';
import { type MatrixOutline, matrixOf, matrixProgress } from '../../../shared/domain/working-matrices';

export interface ProgressCell {
  matrixId: string;
  filled: number;
  total: number;
  proposals: number;
}

export interface ProgressRow {
  memberId: string;
  name: string;
  institution: string;
  cells: ProgressCell[];
  /** When they last changed any of their matrices; 0 when never. */
  updatedAt: number;
}

/** Each participant, in the room's order, with how far each of their matrices is filled. */
export function progressRows(state: WorkshopState, outlines: MatrixOutline[]): ProgressRow[] {
  return state.memberOrder.flatMap((memberId) => {
    const member = Object.hasOwn(state.members, memberId) ? state.members[memberId] : undefined;
    if (member?.role !== 'participant') return [];
    const matrices = outlines.map((o) => ({ outline: o, matrix: matrixOf(state, memberId, o.id) }));
    return [
      {
        memberId,
        name: member.name,
        institution: [member.institution, member.country].filter(Boolean).join(' · '),
        cells: matrices.map(({ outline, matrix }) => ({ matrixId: outline.id, ...matrixProgress(outline, matrix) })),
        updatedAt: Math.max(0, ...matrices.map(({ matrix }) => matrix.updatedAt)),
      },
    ];
  });
}

/** Filled share as a whole percentage for the bar, 0..100. */
export function percent(filled: number, total: number): number {
  return total > 0 ? Math.round((Math.min(filled, total) / total) * 100) : 0;
}

/** A time of day in the UI language, e.g. "14:05". */
export function clockTime(at: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(at);
}
