import type { ContributionTarget, Relevance } from '../../../shared/domain/constants';
import { own } from '../../../shared/domain/decision';
import type { Actor, Contribution, GoodPractice, WorkshopState } from '../../../shared/domain/state';

/**
 * Contributions of one kind of target, grouped by target id, each group in contributionOrder
 * (oldest first, so the newest sits last, right above the add form). Grouping once per phase
 * keeps rendering linear however many streams the guide has.
 */
export function groupContributions(
  state: Pick<WorkshopState, 'contributions' | 'contributionOrder'>,
  target: ContributionTarget,
): Map<string, Contribution[]> {
  const out = new Map<string, Contribution[]>();
  for (const id of state.contributionOrder) {
    const c = own(state.contributions, id);
    if (!c || c.target !== target) continue;
    const list = out.get(c.targetId);
    if (list) list.push(c);
    else out.set(c.targetId, [c]);
  }
  return out;
}

/** Good practices per theme, in the order they were recorded. */
export function groupPractices(state: Pick<WorkshopState, 'practices' | 'practiceOrder'>): Map<string, GoodPractice[]> {
  const out = new Map<string, GoodPractice[]>();
  for (const id of state.practiceOrder) {
    const p = own(state.practices, id);
    if (!p) continue;
    const list = out.get(p.themeId);
    if (list) list.push(p);
    else out.set(p.themeId, [p]);
  }
  return out;
}

/**
 * An objective's short name, "A.b": the guide labels objectives "a)", "b)"… within each group,
 * so the label alone is ambiguous between groups.
 */
export function objectiveName(groupLabel: string, label: string): string {
  const short = label.replace(/[\s).:]+$/, '');
  return short ? `${groupLabel}.${short}` : groupLabel;
}

/** The room's relevance marks for an objective. */
export function relevanceCounts(state: WorkshopState, objectiveId: string) {
  const [low, medium, high] = own(state.objectives.relevance, objectiveId) ?? [0, 0, 0];
  return { low, medium, high, total: low + medium + high };
}

/** The viewer's own mark (the view carries only theirs). */
export function ownRelevance(state: WorkshopState, actor: Actor | null, objectiveId: string): Relevance | null {
  if (!actor?.memberId) return null;
  return own(own(state.objectives.ratings, actor.memberId) ?? {}, objectiveId) ?? null;
}

/** Pressing the mark already set clears it; any other sets it. */
export function nextRelevance(current: Relevance | null, pressed: Relevance): Relevance | null {
  return current === pressed ? null : pressed;
}

/** How many key points the streams of these targets hold (a theme's questions). */
export function countKeys(groups: ReadonlyMap<string, readonly Contribution[]>, targetIds: readonly string[]): number {
  let n = 0;
  for (const id of targetIds) for (const c of groups.get(id) ?? []) if (c.key) n++;
  return n;
}

/** How many of a long stream stay visible while it is collapsed: the newest ones. */
export const STREAM_TAIL = 5;

/**
 * What a stream shows: everything when expanded or short, else only its newest `tail` items,
 * so a busy objective does not push the rest of the guide off the screen. `pinned` (an index,
 * -1 for none) stays shown with everything after it: an entry being edited must not slide out,
 * and lose the edit, when others add to the stream meanwhile.
 */
export function visibleTail<T>(
  items: readonly T[],
  expanded: boolean,
  pinned = -1,
  tail = STREAM_TAIL,
): { shown: readonly T[]; hidden: number } {
  const from = Math.max(0, Math.min(items.length - tail, pinned < 0 ? Number.POSITIVE_INFINITY : pinned));
  if (expanded || from === 0) return { shown: items, hidden: 0 };
  return { shown: items.slice(from), hidden: from };
}
