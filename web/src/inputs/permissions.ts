import type { ContributionTarget } from '../../../shared/domain/constants';
import type { Actor, Contribution, GoodPractice, WorkshopState } from '../../../shared/domain/state';
import { allows } from '../lib/allows';

/** Which input controls to show (see lib/allows.ts: the page asks the server's own rules). */

/** Stands in for the id of something not made yet (real ids are random; an all-zero one is never drawn in practice). */
const PROBE_ID = '00000000-0000-4000-8000-000000000000';
/** Any non-empty text: `decide` judges who may write, not the words (the schema does). */
const PROBE_TEXT = '·';

export function canAddContribution(view: WorkshopState, actor: Actor | null, target: ContributionTarget, targetId: string): boolean {
  return allows(view, actor, { name: 'contribution.add', args: { id: PROBE_ID, target, targetId, text: PROBE_TEXT } });
}

/** What the viewer may do with one contribution. */
export function contributionRights(view: WorkshopState, actor: Actor | null, c: Contribution) {
  return {
    edit: allows(view, actor, { name: 'contribution.edit', args: { id: c.id, text: PROBE_TEXT } }),
    remove: allows(view, actor, { name: 'contribution.remove', args: { id: c.id } }),
    markKey: allows(view, actor, { name: 'contribution.markKey', args: { id: c.id, key: !c.key } }),
  };
}

export function canRate(view: WorkshopState, actor: Actor | null, objectiveId: string): boolean {
  return allows(view, actor, { name: 'objective.rate', args: { objectiveId, relevance: null } });
}

export function canHighlight(view: WorkshopState, actor: Actor | null, objectiveId: string): boolean {
  return allows(view, actor, { name: 'objective.highlight', args: { objectiveId, highlighted: true } });
}

export function canAddPractice(view: WorkshopState, actor: Actor | null, themeId: string): boolean {
  const args = { id: PROBE_ID, themeId, country: PROBE_TEXT, title: PROBE_TEXT, summary: '', presenter: '' };
  return allows(view, actor, { name: 'practice.add', args });
}

export function practiceRights(view: WorkshopState, actor: Actor | null, p: GoodPractice) {
  return {
    edit: allows(view, actor, { name: 'practice.edit', args: { id: p.id, title: PROBE_TEXT } }),
    remove: allows(view, actor, { name: 'practice.remove', args: { id: p.id } }),
  };
}
