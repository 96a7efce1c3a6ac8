import { own } from '../../../shared/domain/decision';
import { dotsUsed } from '../../../shared/domain/dot-vote';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';

/** An action beyond the matrix's slots: more actions than fit, so the room chooses among them. */
export const isCandidate = (index: number, slots: number) => index >= slots;

/** After a reveal, the voted actions by total, most first; ties keep the matrix's order. */
export function ranking(matrix: FinalMatrix): Array<{ actionId: string; position: number; total: number }> {
  const totals = matrix.voting?.revealed;
  if (!totals) return [];
  return matrix.actionOrder
    .map((actionId, i) => ({ actionId, position: i + 1, total: own(totals, actionId) ?? 0 }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.position - b.position);
}

/** Dots a member has left while a vote is open; null when there is none to vote in. */
export function dotsLeft(matrix: FinalMatrix, memberId: string | null): number | null {
  const voting = matrix.voting;
  if (!voting || voting.revealed || memberId === null) return null;
  return Math.max(0, voting.dots - dotsUsed(matrix.ballots, memberId));
}
