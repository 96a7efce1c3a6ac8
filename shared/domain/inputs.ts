import { z } from 'zod';
import type { PhaseKind } from '../template/schema.js';
import { type ContributionTarget, LIMITS } from './constants.js';
import { type Decided, own, refusal, refuse } from './decision.js';
import type { NewEvent } from './events.js';
import { clientUuid, contributionTarget, guideId, optionalText, relevance, text } from './fields.js';
import { authorship, contributeDenied } from './phase-rules.js';
import type { Actor, Contribution, WorkshopState } from './state.js';

/**
 * The room's input on the guide's content: comments on proposed objectives and contributions
 * to guiding questions (one kind of thing, a Contribution), relevance marks and the
 * facilitator's highlights on objectives, and good-practice presentations per theme.
 */
export const inputArgs = {
  'contribution.add': z.strictObject({
    id: clientUuid,
    target: contributionTarget,
    targetId: guideId,
    text: text(LIMITS.contributionText),
  }),
  'contribution.edit': z.strictObject({ id: clientUuid, text: text(LIMITS.contributionText) }),
  'contribution.remove': z.strictObject({ id: clientUuid }),
  'contribution.markKey': z.strictObject({ id: clientUuid, key: z.boolean() }),
  'objective.rate': z.strictObject({ objectiveId: guideId, relevance }),
  'objective.highlight': z.strictObject({ objectiveId: guideId, highlighted: z.boolean() }),
  'practice.add': z.strictObject({
    id: clientUuid,
    themeId: guideId,
    country: text(LIMITS.country),
    title: text(LIMITS.practiceTitle),
    summary: optionalText(LIMITS.practiceSummary).default(''),
    presenter: optionalText(LIMITS.practicePresenter).default(''),
  }),
  'practice.edit': z
    .strictObject({
      id: clientUuid,
      country: text(LIMITS.country).optional(),
      title: text(LIMITS.practiceTitle).optional(),
      summary: optionalText(LIMITS.practiceSummary).optional(),
      presenter: optionalText(LIMITS.practicePresenter).optional(),
    })
    .refine((a) => Object.entries(a).some(([k, v]) => k !== 'id' && v !== undefined), { message: 'nothing to change' }),
  'practice.remove': z.strictObject({ id: clientUuid }),
} as const;

type InputName = keyof typeof inputArgs;
type InputMutation = { [N in InputName]: { name: N; args: z.output<(typeof inputArgs)[N]> } }[InputName];

const PHASE_OF_TARGET: Record<ContributionTarget, PhaseKind> = { objective: 'objectives', question: 'questions' };

export function objectiveExists(state: WorkshopState, id: string): boolean {
  return state.template.objectives.groups.some((g) => g.objectives.some((o) => o.id === id));
}

export function questionExists(state: WorkshopState, id: string): boolean {
  return state.template.questions.themes.some((t) => t.sections.some((s) => s.questions.some((q) => q.id === id)));
}

const targetExists = (state: WorkshopState, target: ContributionTarget, id: string) =>
  target === 'objective' ? objectiveExists(state, id) : questionExists(state, id);

/** The facilitator and the rapporteur mark key points; only authors and the facilitator rewrite words (as on the PESTLE). */
const moderates = (actor: Actor) => actor.role === 'facilitator' || actor.role === 'rapporteur';

function changeDenied(state: WorkshopState, actor: Actor, kind: PhaseKind, authorId: string): Decided | null {
  if (actor.role === 'facilitator') return null;
  const denied = contributeDenied(state, actor, kind);
  if (denied) return refusal(denied);
  return actor.memberId !== null && actor.memberId === authorId ? null : refuse('not_author');
}

export function decideInput(state: WorkshopState, actor: Actor, mutation: InputMutation): Decided {
  switch (mutation.name) {
    case 'contribution.add': {
      const { target, targetId, id } = mutation.args;
      const denied = contributeDenied(state, actor, PHASE_OF_TARGET[target]);
      if (denied) return refusal(denied);
      if (!targetExists(state, target, targetId)) return refuse('target_missing');
      if (own(state.contributions, id)) return refuse('duplicate_id');
      if (state.contributionOrder.length >= LIMITS.contributionsPerWorkshop) {
        return refuse('limit_reached', { max: LIMITS.contributionsPerWorkshop });
      }
      return { ok: true, type: 'contribution.added', data: { ...mutation.args, ...authorship(state, actor, PHASE_OF_TARGET[target]) } };
    }
    case 'contribution.edit':
    case 'contribution.remove': {
      const c = own(state.contributions, mutation.args.id);
      if (!c) return refuse('item_missing');
      const denied = changeDenied(state, actor, PHASE_OF_TARGET[c.target], c.authorId);
      if (denied) return denied;
      return mutation.name === 'contribution.edit'
        ? { ok: true, type: 'contribution.edited', data: mutation.args }
        : { ok: true, type: 'contribution.removed', data: mutation.args };
    }
    case 'contribution.markKey':
      if (!moderates(actor)) return refuse('forbidden');
      if (!own(state.contributions, mutation.args.id)) return refuse('item_missing');
      return { ok: true, type: 'contribution.keySet', data: mutation.args };
    case 'objective.rate': {
      const denied = contributeDenied(state, actor, 'objectives');
      if (denied || actor.memberId === null) return refusal(denied ?? { code: 'forbidden' });
      if (!objectiveExists(state, mutation.args.objectiveId)) return refuse('target_missing');
      const previous = own(own(state.objectives.ratings, actor.memberId) ?? {}, mutation.args.objectiveId) ?? null;
      return { ok: true, type: 'objective.rated', data: { ...mutation.args, previous } };
    }
    case 'objective.highlight':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      if (!objectiveExists(state, mutation.args.objectiveId)) return refuse('target_missing');
      return { ok: true, type: 'objective.highlighted', data: mutation.args };
    case 'practice.add': {
      const denied = contributeDenied(state, actor, 'questions');
      if (denied) return refusal(denied);
      if (!state.template.questions.themes.some((t) => t.id === mutation.args.themeId)) return refuse('target_missing');
      if (own(state.practices, mutation.args.id)) return refuse('duplicate_id');
      if (state.practiceOrder.length >= LIMITS.practicesPerWorkshop) return refuse('limit_reached', { max: LIMITS.practicesPerWorkshop });
      return { ok: true, type: 'practice.added', data: mutation.args };
    }
    case 'practice.edit':
    case 'practice.remove': {
      const p = own(state.practices, mutation.args.id);
      if (!p) return refuse('item_missing');
      const denied = changeDenied(state, actor, 'questions', p.recordedBy);
      if (denied) return denied;
      return mutation.name === 'practice.edit'
        ? { ok: true, type: 'practice.edited', data: mutation.args }
        : { ok: true, type: 'practice.removed', data: mutation.args };
    }
  }
}

type InputEvent = Extract<NewEvent, { type: `contribution.${string}` | `objective.${string}` | `practice.${string}` }>;

const definedOnly = <T extends object>(changes: T): Partial<T> =>
  Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;

function withContribution(state: WorkshopState, c: Contribution): WorkshopState {
  return { ...state, contributions: { ...state.contributions, [c.id]: c } };
}

export function applyInput(state: WorkshopState, event: InputEvent): WorkshopState {
  switch (event.type) {
    case 'contribution.added': {
      if (own(state.contributions, event.data.id)) return state;
      const c: Contribution = { ...event.data, authorId: event.actorId ?? '', key: false, createdAt: event.at, updatedAt: event.at };
      return { ...withContribution(state, c), contributionOrder: [...state.contributionOrder, c.id] };
    }
    case 'contribution.edited': {
      const c = own(state.contributions, event.data.id);
      return c ? withContribution(state, { ...c, text: event.data.text, updatedAt: event.at }) : state;
    }
    case 'contribution.keySet': {
      const c = own(state.contributions, event.data.id);
      return c ? withContribution(state, { ...c, key: event.data.key }) : state;
    }
    case 'contribution.removed': {
      if (!own(state.contributions, event.data.id)) return state;
      const { [event.data.id]: _gone, ...contributions } = state.contributions;
      return { ...state, contributions, contributionOrder: state.contributionOrder.filter((i) => i !== event.data.id) };
    }
    case 'objective.rated': {
      const { objectiveId, relevance: next, previous } = event.data;
      const counts: [number, number, number] = [...(own(state.objectives.relevance, objectiveId) ?? [0, 0, 0])];
      if (previous !== null) counts[previous - 1] = Math.max(0, (counts[previous - 1] ?? 0) - 1);
      if (next !== null) counts[next - 1] = (counts[next - 1] ?? 0) + 1;
      let ratings = state.objectives.ratings;
      // Only the member's own devices learn whose mark it was (views.ts); the counts are everyone's.
      if (event.actorId !== null) {
        const { [objectiveId]: _old, ...rest } = own(ratings, event.actorId) ?? {};
        ratings = { ...ratings, [event.actorId]: next === null ? rest : { ...rest, [objectiveId]: next } };
      }
      return {
        ...state,
        objectives: { ...state.objectives, relevance: { ...state.objectives.relevance, [objectiveId]: counts }, ratings },
      };
    }
    case 'objective.highlighted': {
      const { [event.data.objectiveId]: _old, ...rest } = state.objectives.highlighted;
      const highlighted = event.data.highlighted ? { ...rest, [event.data.objectiveId]: true as const } : rest;
      return { ...state, objectives: { ...state.objectives, highlighted } };
    }
    case 'practice.added': {
      if (own(state.practices, event.data.id)) return state;
      const practice = { ...event.data, recordedBy: event.actorId ?? '', createdAt: event.at };
      return { ...state, practices: { ...state.practices, [practice.id]: practice }, practiceOrder: [...state.practiceOrder, practice.id] };
    }
    case 'practice.edited': {
      const p = own(state.practices, event.data.id);
      if (!p) return state;
      return { ...state, practices: { ...state.practices, [p.id]: { ...p, ...definedOnly(event.data) } } };
    }
    case 'practice.removed': {
      if (!own(state.practices, event.data.id)) return state;
      const { [event.data.id]: _gone, ...practices } = state.practices;
      return { ...state, practices, practiceOrder: state.practiceOrder.filter((i) => i !== event.data.id) };
    }
  }
}
