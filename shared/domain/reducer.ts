import { own } from './decision.js';
import type { NewEvent } from './events.js';
import { editGuide } from './guide-edit.js';
import { applyInput } from './inputs.js';
import { applyOrganize, moveDots } from './pestle-organize.js';
import { applyProfile } from './profiles.js';
import { applyMatrix } from './working-matrices.js';
import { applyFinal } from './final-matrices.js';
import { applyPlenary, EMPTY_PLENARY } from './plenary.js';
import type { PestleItem, WorkshopState } from './state.js';

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
      pestle: { mode: 'open', items: {}, order: [], clusters: {}, clusterOrder: [], voting: null, ballots: {} },
      timer: null,
      locks: {},
      attribution: {},
      contributions: {},
      contributionOrder: [],
      practices: {},
      practiceOrder: [],
      objectives: { highlighted: {}, relevance: {}, ratings: {} },
      grid: {},
      referrals: {},
      workingMatrices: {},
      finals: {},
      finalShown: false,
      finalSentVersion: 0,
      finalSentAt: null,
      kind: d.kind ?? 'group',
      plenaryId: d.plenaryId ?? null,
      groupName: d.groupName ?? '',
      plenary: EMPTY_PLENARY,
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
      if (own(state.pestle.items, event.data.id)) return state;
      const item: PestleItem = {
        ...event.data,
        authorId: event.actorId ?? '',
        createdAt: event.at,
        updatedAt: event.at,
        impact: null,
        likelihood: null,
        clusterId: null,
        merged: [],
      };
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
      const item = own(state.pestle.items, event.data.id);
      if (!item) return state;
      const { id, ...changes } = event.data;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const next: PestleItem = { ...item, ...defined, updatedAt: event.at };
      // An item follows its cluster into the cluster's category, and leaves a cluster of another one.
      const cluster = next.clusterId ? own(state.pestle.clusters, next.clusterId) : undefined;
      if (cluster && changes.clusterId) next.category = cluster.category;
      else if (!cluster || cluster.category !== next.category) next.clusterId = null;
      return { ...state, pestle: { ...state.pestle, items: { ...state.pestle.items, [id]: next } } };
    }
    case 'pestle.removed': {
      if (!own(state.pestle.items, event.data.id)) return state;
      const { [event.data.id]: _removed, ...items } = state.pestle.items;
      return {
        ...state,
        pestle: {
          ...state.pestle,
          items,
          order: state.pestle.order.filter((i) => i !== event.data.id),
          ballots: moveDots(state.pestle.ballots, event.data.id, null),
        },
      };
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
    case 'phase.lockSet': {
      const { [event.data.phaseId]: _old, ...locks } = state.locks;
      return { ...state, locks: event.data.locked ? { ...locks, [event.data.phaseId]: true } : locks };
    }
    case 'phase.attributionSet':
      return { ...state, attribution: { ...state.attribution, [event.data.phaseId]: event.data.mode } };
    case 'pestle.clusterAdded':
    case 'pestle.clusterRenamed':
    case 'pestle.clusterRemoved':
    case 'pestle.merged':
    case 'pestle.votingOpened':
    case 'pestle.voted':
    case 'pestle.votesRevealed':
    case 'pestle.votingCleared':
      return applyOrganize(state, event);
    case 'contribution.added':
    case 'contribution.edited':
    case 'contribution.removed':
    case 'contribution.keySet':
    case 'objective.rated':
    case 'objective.highlighted':
    case 'practice.added':
    case 'practice.edited':
    case 'practice.removed':
      return applyInput(state, event);
    case 'grid.cellSet':
    case 'referral.stepSet':
    case 'referral.considerationsSet':
      return applyProfile(state, event);
    case 'guide.added':
    case 'guide.edited':
    case 'guide.removed':
    case 'guide.moved': {
      const template = editGuide(state.template, event);
      return template ? { ...state, template } : state;
    }
    case 'matrix.set':
    case 'matrix.actionSet':
    case 'matrix.proposed':
    case 'matrix.proposalEdited':
    case 'matrix.proposalRemoved':
      return applyMatrix(state, event);
    case 'redacted':
      return state;
    case 'plenary.groupAdded':
    case 'plenary.received':
    case 'plenary.presenting':
    case 'plenary.commented':
    case 'plenary.commentRemoved':
    case 'plenary.adoptionSet':
    case 'final.sent':
      return applyPlenary(state, event);
    default:
      // Every other type is a final-matrix event (tsc checks the cases are exhaustive).
      return applyFinal(state, event);
  }
}

export function fold(events: readonly NewEvent[], from: WorkshopState | null = null): WorkshopState | null {
  let state = from;
  for (const event of events) state = apply(state, event);
  return state;
}
