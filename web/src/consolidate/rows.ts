import { own } from '../../../shared/domain/decision';
import { type WorkingPart, workingIdsOfFinal } from '../../../shared/domain/final-matrix-model';
import type { WorkingMatrix, WorkshopState } from '../../../shared/domain/state';
import { type MatrixOutline, matrixOf, workingMatrixOutlines } from '../../../shared/domain/working-matrices';
import type { LocalizedText } from '../../../shared/template/schema';

/** One promotable text of a participant: which part of their working matrix, and its words. */
export interface PartText {
  part: WorkingPart;
  text: string;
  /** For a proposal and its comment: the proposal's number in the participant's list (1-based). */
  n?: number;
}

/** A participant's texts in one row: a card. */
export interface Card {
  memberId: string;
  parts: PartText[];
}

export type RowKey = 'commitment' | `action-${number}` | 'proposals' | 'notes';

export interface Row {
  key: RowKey;
  /** The guide's action for an action row; undefined for an open slot and the other rows. */
  guide?: LocalizedText;
  slot?: number;
  cards: Card[];
}

/** The rows of one working matrix that feeds the final matrix. */
export interface MatrixRows {
  outline: MatrixOutline;
  rows: Row[];
}

const clean = (text: string) => text.trim();

/** The guide's wording in any language: a participant who typed it back has not reworded it. */
const isGuideWording = (text: string, guide: LocalizedText | undefined) =>
  guide !== undefined && Object.values(guide).some((g) => typeof g === 'string' && clean(g) === clean(text));

/** What a participant wrote in each row of one matrix (only what they wrote: the guide's own words are not theirs). */
function partsOf(outline: MatrixOutline, matrix: WorkingMatrix): Map<RowKey, PartText[]> {
  const rows = new Map<RowKey, PartText[]>();
  const add = (key: RowKey, part: PartText) => {
    if (clean(part.text) === '') return;
    rows.set(key, [...(rows.get(key) ?? []), part]);
  };
  if (!isGuideWording(matrix.commitment, outline.commitment)) add('commitment', { part: { field: 'commitment' }, text: matrix.commitment });
  outline.actions.forEach((action, i) => {
    const slot = i + 1;
    const stored = own(matrix.actions, String(slot));
    if (!stored) return;
    if (!isGuideWording(stored.text, action.text)) add(`action-${slot}`, { part: { field: 'action', slot }, text: stored.text });
    add(`action-${slot}`, { part: { field: 'comment', slot }, text: stored.comment });
  });
  matrix.proposals.forEach((p, i) => {
    add('proposals', { part: { field: 'proposal', proposalId: p.id }, text: p.text, n: i + 1 });
    add('proposals', { part: { field: 'proposalComment', proposalId: p.id }, text: p.comment, n: i + 1 });
  });
  add('notes', { part: { field: 'notes' }, text: matrix.notes });
  return rows;
}

/**
 * Every feeding working matrix of a final matrix, row by row in the guide's order (commitment,
 * actions 1..N, proposed actions, notes), with a card per member who wrote in that row, in the
 * room's order. `include` narrows the members (the filters).
 */
export function buildRows(view: WorkshopState, finalId: string, include: (memberId: string) => boolean = () => true): MatrixRows[] {
  const feeding = new Set(workingIdsOfFinal(view.template, finalId));
  const members = view.memberOrder.filter((id) => own(view.members, id) !== undefined && include(id));
  return workingMatrixOutlines(view.template)
    .filter((o) => feeding.has(o.id))
    .map((outline) => {
      const byMember = members.map((memberId) => ({ memberId, parts: partsOf(outline, matrixOf(view, memberId, outline.id)) }));
      const row = (key: RowKey, extra: Partial<Row> = {}): Row => ({
        key,
        ...extra,
        cards: byMember.flatMap(({ memberId, parts }) => {
          const texts = parts.get(key);
          return texts ? [{ memberId, parts: texts }] : [];
        }),
      });
      return {
        outline,
        rows: [
          row('commitment'),
          ...outline.actions.map((a, i) => row(`action-${i + 1}`, { slot: i + 1, ...(a.text ? { guide: a.text } : {}) })),
          row('proposals'),
          row('notes'),
        ],
      };
    });
}

/** The members who wrote anything in the working matrices that feed a final matrix, in the room's order. */
export function writersOf(view: WorkshopState, finalId: string): string[] {
  const writers = new Set(buildRows(view, finalId).flatMap((m) => m.rows.flatMap((r) => r.cards.map((c) => c.memberId))));
  return view.memberOrder.filter((id) => writers.has(id));
}
