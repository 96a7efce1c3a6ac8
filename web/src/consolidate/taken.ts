import type { FinalMatrix, WorkingPart, WorkingSource } from '../../../shared/domain/final-matrix-model';

/** Where a text went: the commitment, or an action (its id and its number in the matrix as it stands). */
export type TakenInto = { kind: 'commitment' } | { kind: 'action'; actionId: string; n: number };

export function samePart(a: WorkingPart, b: WorkingPart): boolean {
  if (a.field !== b.field) return false;
  if ('slot' in a && 'slot' in b) return a.slot === b.slot;
  if ('proposalId' in a && 'proposalId' in b) return a.proposalId === b.proposalId;
  return true;
}

const isFrom = (source: WorkingSource, memberId: string, matrixId: string, part: WorkingPart) =>
  source.authorId === memberId && source.matrixId === matrixId && samePart(source.part, part);

/**
 * Where a participant's text was already taken, by its provenance (author, matrix, part) rather
 * than by its words: the participant may have edited the text since, and it still counts as used.
 */
export function takenInto(final: FinalMatrix, memberId: string, matrixId: string, part: WorkingPart): TakenInto[] {
  const found: TakenInto[] = [];
  if (final.commitmentSources.some((s) => isFrom(s, memberId, matrixId, part))) found.push({ kind: 'commitment' });
  final.actionOrder.forEach((actionId, i) => {
    const action = Object.hasOwn(final.actions, actionId) ? final.actions[actionId] : undefined;
    if (action?.sources.some((s) => isFrom(s, memberId, matrixId, part))) found.push({ kind: 'action', actionId, n: i + 1 });
  });
  return found;
}
