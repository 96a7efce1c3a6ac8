import { LIMITS } from '../../../shared/domain/constants';
import { cellOf, type FinalMatrix, type WorkingPart } from '../../../shared/domain/final-matrix-model';
import type { MutationArgs } from '../../../shared/domain/mutations';
import { takenInto } from './taken';

export type PromoteTarget = MutationArgs<'final.promote'>['target'];
type Mode = 'replace' | 'append';

/**
 * A place in the final matrix a text can go, as the value of the target <select>:
 * `new`, `commitment:<mode>`, `action:<actionId>:<mode>` (stable values an end-to-end test selects).
 */
export type TargetOption =
  | { value: 'new'; kind: 'new'; disabled: boolean }
  | { value: string; kind: 'commitment'; mode: Mode; current: string }
  | { value: string; kind: 'action'; mode: Mode; actionId: string; n: number; current: string };

const MODES: Mode[] = ['replace', 'append'];

/** The places a text can go, in the order the menu lists them: a new action, each action, the commitment. */
export function targetOptions(final: FinalMatrix): TargetOption[] {
  const actions = final.actionOrder.flatMap((actionId, i) => {
    const action = Object.hasOwn(final.actions, actionId) ? final.actions[actionId] : undefined;
    if (!action) return [];
    const current = cellOf(action, 'text').text;
    return MODES.map((mode) => ({ value: `action:${actionId}:${mode}`, kind: 'action' as const, mode, actionId, n: i + 1, current }));
  });
  return [
    { value: 'new', kind: 'new', disabled: final.actionOrder.length >= LIMITS.finalActions },
    ...actions,
    ...MODES.map((mode) => ({ value: `commitment:${mode}`, kind: 'commitment' as const, mode, current: final.commitment.text })),
  ];
}

/** The mutation's target for a menu value; a new action gets a fresh id each time. Null for a value the menu does not offer. */
export function toTarget(value: string, newId: () => string = () => crypto.randomUUID()): PromoteTarget | null {
  if (value === 'new') return { kind: 'new', actionId: newId() };
  const [kind, a, b] = value.split(':');
  const mode = (m: string | undefined): Mode | null => (m === 'replace' || m === 'append' ? m : null);
  if (kind === 'commitment' && mode(a) && b === undefined) return { kind: 'commitment', mode: mode(a) as Mode };
  if (kind === 'action' && a && mode(b)) return { kind: 'action', actionId: a, mode: mode(b) as Mode };
  return null;
}

const appendTo = (actionId: string | undefined) => (actionId ? `action:${actionId}:append` : 'new');

/** The first of the guide's action slots (or added actions) still without text. */
function firstEmptyAction(final: FinalMatrix): string | undefined {
  return final.actionOrder.find((id) => {
    const action = Object.hasOwn(final.actions, id) ? final.actions[id] : undefined;
    return action !== undefined && cellOf(action, 'text').text === '';
  });
}

/** The action someone's wording of an action slot was last taken into: where the room's comments on that slot belong. */
function actionOfSlot(final: FinalMatrix, matrixId: string, slot: number): string | undefined {
  let found: { actionId: string; at: number } | undefined;
  for (const actionId of final.actionOrder) {
    const action = Object.hasOwn(final.actions, actionId) ? final.actions[actionId] : undefined;
    for (const s of action?.sources ?? []) {
      const isSlot = s.matrixId === matrixId && s.part.field === 'action' && s.part.slot === slot;
      if (isSlot && (!found || s.at >= found.at)) found = { actionId, at: s.at };
    }
  }
  return found?.actionId;
}

/**
 * What the menu proposes for a text: a commitment goes to the commitment (replacing it while it
 * is empty); an action, a proposal or a note fills the first empty action slot, or else becomes a
 * new (candidate) action; a comment is added to the
 * action its own text was taken into — else, for an action's comment, the action anyone's wording
 * of that slot was last taken into, else the final action of the same number; else the last action.
 */
export function defaultTarget(final: FinalMatrix, memberId: string, matrixId: string, part: WorkingPart): string {
  const last = final.actionOrder.at(-1);
  switch (part.field) {
    case 'commitment':
      return final.commitment.text === '' ? 'commitment:replace' : 'commitment:append';
    case 'action':
    case 'proposal':
    case 'notes': {
      const empty = firstEmptyAction(final);
      if (empty) return `action:${empty}:replace`;
      // A full matrix takes no new action: add to the last one rather than offer a refusal.
      return final.actionOrder.length >= LIMITS.finalActions ? appendTo(last) : 'new';
    }
    case 'comment': {
      const sibling = takenInto(final, memberId, matrixId, { field: 'action', slot: part.slot }).find((t) => t.kind === 'action');
      if (sibling?.kind === 'action') return appendTo(sibling.actionId);
      return appendTo(actionOfSlot(final, matrixId, part.slot) ?? final.actionOrder[part.slot - 1] ?? last);
    }
    case 'proposalComment': {
      const sibling = takenInto(final, memberId, matrixId, { field: 'proposal', proposalId: part.proposalId }).find(
        (t) => t.kind === 'action',
      );
      return appendTo(sibling?.kind === 'action' ? sibling.actionId : last);
    }
  }
}

/** A short preview of an action's current text for the menu ("Add to action 2 — Red de alber…"). */
export function preview(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
