import type { NewEvent } from './events.js';
import type { WorkshopState } from './state.js';

/**
 * The state of a workshop is `events.reduce(apply, null)`. Pure and immutable: the server
 * folds the log with it, the browser runs it on confirmed events and replays pending
 * mutations on top. Events that no longer fit the state (an edit of an item removed
 * meanwhile) change nothing, which is what a rebase needs.
 */
export function apply(state: WorkshopState, event: NewEvent): WorkshopState;
export function apply(state: WorkshopState | null, event: NewEvent): WorkshopState | null;
export function apply(state: WorkshopState | null, event: NewEvent): WorkshopState | null {
  if (event.type === 'workshop.created') {
    const d = event.data;
    return {
      id: d.id,
      title: d.title,
      language: d.language,
      templateId: d.templateId,
      template: d.template,
      createdAt: event.at,
      currentPhaseId: d.firstPhaseId,
      navigation: 'free',
      members: {},
      memberOrder: [],
      pestle: { mode: 'open', items: {}, order: [] },
      timer: null,
    };
  }
  if (!state) return state;
  switch (event.type) {
    case 'member.joined': {
      const existed = Object.hasOwn(state.members, event.data.id);
      return {
        ...state,
        members: { ...state.members, [event.data.id]: { ...event.data, functions: '', joinedAt: event.at } },
        memberOrder: existed ? state.memberOrder : [...state.memberOrder, event.data.id],
      };
    }
    case 'member.updated': {
      const member = Object.hasOwn(state.members, event.data.id) ? state.members[event.data.id] : undefined;
      if (!member) return state;
      const { id, ...changes } = event.data;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      return { ...state, members: { ...state.members, [id]: { ...member, ...defined } } };
    }
    case 'phase.set':
      return { ...state, currentPhaseId: event.data.phaseId };
    case 'phase.navigationSet':
      return { ...state, navigation: event.data.mode };
    case 'pestle.added': {
      if (state.pestle.items[event.data.id]) return state;
      const item = { ...event.data, authorId: event.actorId ?? '', createdAt: event.at, updatedAt: event.at };
      return {
        ...state,
        pestle: {
          ...state.pestle,
          items: { ...state.pestle.items, [item.id]: item },
          order: [...state.pestle.order, item.id],
        },
      };
    }
    case 'pestle.edited': {
      const item = state.pestle.items[event.data.id];
      if (!item) return state;
      const { id, ...changes } = event.data;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      return {
        ...state,
        pestle: { ...state.pestle, items: { ...state.pestle.items, [id]: { ...item, ...defined, updatedAt: event.at } } },
      };
    }
    case 'pestle.removed': {
      if (!state.pestle.items[event.data.id]) return state;
      const { [event.data.id]: _removed, ...items } = state.pestle.items;
      return { ...state, pestle: { ...state.pestle, items, order: state.pestle.order.filter((i) => i !== event.data.id) } };
    }
    case 'pestle.modeSet':
      return { ...state, pestle: { ...state.pestle, mode: event.data.mode } };
    case 'timer.started':
      return { ...state, timer: { durationMs: event.data.seconds * 1000, elapsedMs: 0, runningSince: event.at } };
    case 'timer.paused': {
      const t = state.timer;
      if (!t || t.runningSince === null) return state;
      return { ...state, timer: { ...t, elapsedMs: t.elapsedMs + Math.max(0, event.at - t.runningSince), runningSince: null } };
    }
    case 'timer.resumed':
      if (!state.timer || state.timer.runningSince !== null) return state;
      return { ...state, timer: { ...state.timer, runningSince: event.at } };
    case 'timer.extended':
      if (!state.timer) return state;
      return { ...state, timer: { ...state.timer, durationMs: state.timer.durationMs + event.data.seconds * 1000 } };
    case 'timer.cleared':
      return { ...state, timer: null };
  }
}

export function fold(events: readonly NewEvent[], from: WorkshopState | null = null): WorkshopState | null {
  let state = from;
  for (const event of events) state = apply(state, event);
  return state;
}
