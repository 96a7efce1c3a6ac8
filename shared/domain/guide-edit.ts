import { z } from 'zod';
import { type LocalizedText, type PhaseKind, phaseKind, type Template, template as templateSchema } from '../template/schema.js';
import { LIMITS } from './constants.js';
import { type Decided, own, refuse } from './decision.js';
import type { NewEvent } from './events.js';
import { optionalText, text } from './fields.js';
import type { Actor, WorkshopState } from './state.js';

/**
 * Prepare mode: the facilitator adapts the workshop's copy of the guide — the agenda (phases
 * with their day and planned minutes), the proposed objectives (groups A, B… and their lettered
 * items), questions, profiles and needs — by
 * adding, editing, removing and reordering entries. Each change is a mutation like any other,
 * so it reaches every device live and is kept in the log. The template the workshop started
 * from is never touched.
 *
 * An edited text replaces every translation of it: a stale translation of an older wording
 * would say something else than what the room reads (docs/api.md, "Prepare mode").
 */
export const GUIDE_LISTS = ['phase', 'objectiveGroup', 'objective', 'question', 'profile', 'need'] as const;
export type GuideList = (typeof GUIDE_LISTS)[number];

/** Ids as the template schema allows them: a new entry's id is made by the client, like a UUID. */
const entryId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" and "-"');
const minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
const day = z.number().int().min(1).max(14);

export const guideArgs = {
  'guide.add': z.strictObject({
    list: z.enum(GUIDE_LISTS),
    id: entryId,
    /** The objective group (objectives) or question section (questions) it goes in. */
    parentId: entryId.optional(),
    text: text(LIMITS.guideText),
    label: text(LIMITS.guideLabel).optional(),
    /** Phases only: what the phase does. */
    kind: phaseKind.optional(),
  }),
  'guide.edit': z
    .strictObject({
      list: z.enum(GUIDE_LISTS),
      id: entryId,
      text: text(LIMITS.guideText).optional(),
      label: text(LIMITS.guideLabel).optional(),
      hint: optionalText(LIMITS.guideText).optional(),
      plannedMinutes: minutes.nullable().optional(),
      day: day.nullable().optional(),
    })
    .refine((a) => Object.entries(a).some(([k, v]) => k !== 'list' && k !== 'id' && v !== undefined), {
      message: 'nothing to change',
    }),
  'guide.remove': z.strictObject({ list: z.enum(GUIDE_LISTS), id: entryId }),
  'guide.move': z.strictObject({ list: z.enum(GUIDE_LISTS), id: entryId, toIndex: z.number().int().min(0).max(999) }),
} as const;

type GuideName = keyof typeof guideArgs;
type GuideMutation = { [N in GuideName]: { name: N; args: z.output<(typeof guideArgs)[N]> } }[GuideName];
export type GuideEvent = Extract<NewEvent, { type: `guide.${string}` }>;
/** A guide event's type and data, each type with its own data. */
type GuideChange = GuideEvent extends infer E ? (E extends GuideEvent ? Pick<E, 'type' | 'data'> : never) : never;

const everyLanguage = (s: string): LocalizedText => ({ es: s, en: s, fr: s });

/** One list of the guide: its entries grouped by parent (null where the list has none). */
interface ListAccess {
  groups(t: Template): Array<{ parent: string | null; items: Array<{ id: string }> }>;
  replace(t: Template, parent: string | null, items: unknown[]): Template;
}

const LISTS: Record<GuideList, ListAccess> = {
  phase: { groups: (t) => [{ parent: null, items: t.phases }], replace: (t, _p, items) => ({ ...t, phases: items as Template['phases'] }) },
  profile: {
    groups: (t) => [{ parent: null, items: t.profiles }],
    replace: (t, _p, items) => ({ ...t, profiles: items as Template['profiles'] }),
  },
  need: { groups: (t) => [{ parent: null, items: t.needs }], replace: (t, _p, items) => ({ ...t, needs: items as Template['needs'] }) },
  objectiveGroup: {
    groups: (t) => [{ parent: null, items: t.objectives.groups }],
    replace: (t, _p, items) => ({ ...t, objectives: { ...t.objectives, groups: items as Template['objectives']['groups'] } }),
  },
  objective: {
    groups: (t) => t.objectives.groups.map((g) => ({ parent: g.id, items: g.objectives })),
    replace: (t, parent, items) => ({
      ...t,
      objectives: {
        ...t.objectives,
        groups: t.objectives.groups.map((g) => (g.id === parent ? { ...g, objectives: items as typeof g.objectives } : g)),
      },
    }),
  },
  question: {
    groups: (t) => t.questions.themes.flatMap((th) => th.sections.map((s) => ({ parent: s.id, items: s.questions }))),
    replace: (t, parent, items) => ({
      ...t,
      questions: {
        ...t.questions,
        themes: t.questions.themes.map((th) => ({
          ...th,
          sections: th.sections.map((s) => (s.id === parent ? { ...s, questions: items as typeof s.questions } : s)),
        })),
      },
    }),
  },
};

function find(t: Template, list: GuideList, id: string) {
  for (const group of LISTS[list].groups(t)) {
    const index = group.items.findIndex((i) => i.id === id);
    if (index >= 0) return { ...group, index, item: group.items[index] as Record<string, unknown> };
  }
  return null;
}

/** A new entry of a list, from what the facilitator typed. */
function newEntry(op: z.output<(typeof guideArgs)['guide.add']>): Record<string, unknown> {
  switch (op.list) {
    case 'phase':
      return { id: op.id, kind: op.kind as PhaseKind, title: everyLanguage(op.text), body: [] };
    case 'objectiveGroup':
      return { id: op.id, label: op.label ?? '•', title: everyLanguage(op.text), objectives: [] };
    case 'objective':
      return { id: op.id, label: op.label ?? '•', text: everyLanguage(op.text), sourceIds: [] };
    case 'question':
      return { id: op.id, text: everyLanguage(op.text) };
    case 'profile':
    case 'need':
      return { id: op.id, label: everyLanguage(op.text) };
  }
}

/** The fields an edit changes, in the entry's own shape (phases and questions say `title`/`text`, profiles `label`). */
function edited(list: GuideList, entry: Record<string, unknown>, op: z.output<(typeof guideArgs)['guide.edit']>) {
  const next = { ...entry };
  const textField = list === 'phase' || list === 'objectiveGroup' ? 'title' : list === 'profile' || list === 'need' ? 'label' : 'text';
  if (op.text !== undefined) next[textField] = everyLanguage(op.text);
  if (op.label !== undefined && (list === 'objective' || list === 'objectiveGroup')) next.label = op.label;
  if (op.hint !== undefined && list === 'question') next.hint = op.hint === '' ? undefined : everyLanguage(op.hint);
  for (const key of ['plannedMinutes', 'day'] as const) {
    if (op[key] !== undefined && list === 'phase') next[key] = op[key] === null ? undefined : op[key];
  }
  return next;
}

/**
 * The guide after one change, or null when it does not apply (an unknown id or parent). Pure:
 * `decide` runs it to check the result, the reducer to apply it.
 */
export function editGuide(t: Template, event: GuideChange): Template | null {
  const access = LISTS[event.data.list];
  switch (event.type) {
    case 'guide.added': {
      const groups = access.groups(t);
      const group = event.data.parentId === undefined ? groups[0] : groups.find((g) => g.parent === event.data.parentId);
      if (!group || find(t, event.data.list, event.data.id)) return null;
      return access.replace(t, group.parent, [...group.items, newEntry(event.data)]);
    }
    case 'guide.edited': {
      const found = find(t, event.data.list, event.data.id);
      if (!found) return null;
      const items = found.items.map((item, i) => (i === found.index ? edited(event.data.list, found.item, event.data) : item));
      return access.replace(t, found.parent, items);
    }
    case 'guide.removed': {
      const found = find(t, event.data.list, event.data.id);
      return found
        ? access.replace(
            t,
            found.parent,
            found.items.filter((_, i) => i !== found.index),
          )
        : null;
    }
    case 'guide.moved': {
      const found = find(t, event.data.list, event.data.id);
      if (!found) return null;
      const items = found.items.filter((_, i) => i !== found.index);
      items.splice(Math.min(event.data.toIndex, items.length), 0, found.item as { id: string });
      return access.replace(t, found.parent, items);
    }
  }
}

/** Why an entry cannot go: the room already wrote against it, or the session stands on it. */
function inUse(state: WorkshopState, list: GuideList, id: string): boolean {
  switch (list) {
    case 'phase':
      return state.currentPhaseId === id;
    case 'objectiveGroup':
      return (state.template.objectives.groups.find((g) => g.id === id)?.objectives ?? []).some((o) => inUse(state, 'objective', o.id));
    case 'objective':
      return (
        Object.values(state.contributions).some((c) => c.target === 'objective' && c.targetId === id) ||
        own(state.objectives.relevance, id) !== undefined ||
        own(state.objectives.highlighted, id) !== undefined
      );
    case 'question':
      return Object.values(state.contributions).some((c) => c.target === 'question' && c.targetId === id);
    case 'profile':
      return own(state.referrals, id) !== undefined || Object.keys(state.grid).some((k) => k.startsWith(`${id}|`));
    case 'need':
      return Object.keys(state.grid).some((k) => k.endsWith(`|${id}`));
  }
}

const EVENT_OF = {
  'guide.add': 'guide.added',
  'guide.edit': 'guide.edited',
  'guide.remove': 'guide.removed',
  'guide.move': 'guide.moved',
} as const;

export function decideGuide(state: WorkshopState, actor: Actor, mutation: GuideMutation): Decided {
  if (actor.role !== 'facilitator') return refuse('forbidden');
  const { list, id } = mutation.args;
  const exists = find(state.template, list, id) !== null;
  if (mutation.name === 'guide.add') {
    if (exists) return refuse('duplicate_id');
    if ((list === 'phase') !== (mutation.args.kind !== undefined)) {
      return refuse('invalid_args', { field: 'kind', reason: list === 'phase' ? 'a new phase needs a kind' : 'only phases have a kind' });
    }
    if ((list === 'objective' || list === 'question') !== (mutation.args.parentId !== undefined)) {
      return refuse('invalid_args', { field: 'parentId', reason: 'objectives and questions go in a group or section' });
    }
  } else if (!exists) return refuse('target_missing');
  if (mutation.name === 'guide.remove' && inUse(state, list, id)) return refuse('in_use');
  const event = { type: EVENT_OF[mutation.name], data: mutation.args } as GuideChange;
  const next = editGuide(state.template, event);
  if (!next) return refuse('target_missing');
  // The result must still be a valid guide (a PESTLE phase left, ids unique, limits kept).
  const checked = templateSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return refuse('invalid_args', { field: issue?.path.join('.') || 'template', reason: issue?.message ?? 'invalid' });
  }
  return { ok: true, ...event } as Decided;
}
