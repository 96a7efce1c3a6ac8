import { z } from 'zod';
import { LIMITS } from './constants.js';
import { type Decided, own, refusal, refuse } from './decision.js';
import { castBallot, dotsUsed, tally } from './dot-vote.js';
import type { NewEvent } from './events.js';
import { attributionMode, byline, clientUuid, guideId, optionalText } from './fields.js';
import {
  ACTION_SCOPES,
  ACTION_TEXT_FIELDS,
  type ActionTextField,
  cellOf,
  EMPTY_CELL,
  emptyAction,
  type FinalAction,
  type FinalMatrix,
  finalOf,
  LINK_KINDS,
  linkTargetExists,
  type TextCell,
  TIME_FRAMES,
  type WorkingSource,
  workingText,
} from './final-matrix-model.js';
import { authorship, contributeDenied } from './phase-rules.js';
import type { Actor, WorkshopState } from './state.js';
import { workingMatrixOutlines } from './working-matrices.js';

export * from './final-matrix-model.js';

/** An action's id: "a1".."aN" for the guide's slots, a client UUID for one added later. */
const actionId = z.string().regex(/^(a\d{1,2}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, 'expected an action id');
const cellText = optionalText(LIMITS.matrixText);
const slot = z.number().int().min(1).max(20);

const workingPart = z.discriminatedUnion('field', [
  z.strictObject({ field: z.enum(['commitment', 'notes']) }),
  z.strictObject({ field: z.enum(['action', 'comment']), slot }),
  z.strictObject({ field: z.enum(['proposal', 'proposalComment']), proposalId: clientUuid }),
]);

/** Where promoted text goes: the commitment, an action's text, or a new action. */
const promoteTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('commitment'), mode: z.enum(['replace', 'append']) }),
  z.strictObject({ kind: z.literal('action'), actionId, mode: z.enum(['replace', 'append']) }),
  z.strictObject({ kind: z.literal('new'), actionId: clientUuid }),
]);

/** A cell: the commitment (no action) or one written field of an action. */
const cellRef = {
  finalId: guideId,
  actionId: actionId.nullable(),
  field: z.enum(['commitment', ...ACTION_TEXT_FIELDS]),
};
const isCommitment = (a: { actionId: string | null; field: string }) => (a.actionId === null) === (a.field === 'commitment');

export const finalArgs = {
  'final.show': z.strictObject({ shown: z.boolean() }),
  /** `baseRev` is the cell's rev the editor's text was based on: how a concurrent edit is detected. */
  'final.setText': z
    .strictObject({ ...cellRef, text: cellText, baseRev: z.number().int().min(0) })
    .refine(isCommitment, { message: 'commitment goes with no action, other fields with one' }),
  'final.resolve': z
    .strictObject({ ...cellRef, text: cellText })
    .refine(isCommitment, { message: 'commitment goes with no action, other fields with one' }),
  'final.addAction': z.strictObject({ finalId: guideId, actionId: clientUuid, text: cellText.optional() }),
  'final.removeAction': z.strictObject({ finalId: guideId, actionId }),
  'final.moveAction': z.strictObject({
    finalId: guideId,
    actionId,
    index: z
      .number()
      .int()
      .min(0)
      .max(LIMITS.finalActions - 1),
  }),
  'final.setScheme': z
    .strictObject({
      finalId: guideId,
      actionId,
      scope: z
        .array(z.enum(ACTION_SCOPES))
        .max(ACTION_SCOPES.length)
        .refine((s) => new Set(s).size === s.length, { message: 'each scope once' })
        .optional(),
      timeframe: z.enum(TIME_FRAMES).nullable().optional(),
    })
    .refine((a) => a.scope !== undefined || a.timeframe !== undefined, { message: 'nothing to change' }),
  'final.promote': z.strictObject({
    finalId: guideId,
    source: z.strictObject({ memberId: z.string().min(1).max(64), matrixId: guideId, part: workingPart }),
    target: promoteTarget,
  }),
  'final.link': z.strictObject({
    finalId: guideId,
    actionId: actionId.nullable(),
    ref: z.strictObject({ kind: z.enum(LINK_KINDS), id: z.string().min(1).max(64) }),
    linked: z.boolean(),
  }),
  'final.openVoting': z.strictObject({ finalId: guideId, dots: z.number().int().min(1).max(LIMITS.votingDots) }),
  'final.vote': z.strictObject({ finalId: guideId, actionId, dots: z.number().int().min(0).max(LIMITS.votingDots) }),
  'final.revealVotes': z.strictObject({ finalId: guideId }),
  'final.clearVoting': z.strictObject({ finalId: guideId }),
} as const;

/** What the events record (the mutations' arguments, less what only decides). */
export const finalEventData = {
  'final.shown': finalArgs['final.show'],
  'final.textSet': z.strictObject({ ...cellRef, text: z.string() }),
  'final.textConflicted': z.strictObject({ ...cellRef, text: z.string() }),
  'final.resolved': z.strictObject({ ...cellRef, text: z.string() }),
  'final.actionAdded': z.strictObject({ finalId: guideId, actionId: clientUuid, text: z.string().optional() }),
  'final.actionRemoved': finalArgs['final.removeAction'],
  'final.actionMoved': finalArgs['final.moveAction'],
  'final.schemeSet': z.strictObject({
    finalId: guideId,
    actionId,
    scope: z.array(z.enum(ACTION_SCOPES)).optional(),
    timeframe: z.enum(TIME_FRAMES).nullable().optional(),
  }),
  'final.promoted': z.strictObject({
    finalId: guideId,
    target: promoteTarget,
    text: z.string(),
    source: z.strictObject({
      authorId: z.string(),
      attribution: attributionMode,
      byline: byline.optional(),
      matrixId: guideId,
      part: workingPart,
    }),
  }),
  'final.linked': finalArgs['final.link'],
  'final.votingOpened': finalArgs['final.openVoting'],
  'final.voted': finalArgs['final.vote'],
  'final.votesRevealed': z.strictObject({ finalId: guideId, totals: z.record(z.string(), z.number().int().min(0)) }),
  'final.votingCleared': finalArgs['final.clearVoting'],
} as const;

type FinalName = keyof typeof finalArgs;
type FinalMutation = { [N in FinalName]: { name: N; args: z.output<(typeof finalArgs)[N]> } }[FinalName];
/** `final.sent` records the group sending its matrices to the plenary (plenary.ts). */
export type FinalEvent = Exclude<Extract<NewEvent, { type: `final.${string}` }>, { type: 'final.sent' }>;

/** The final matrices are written by those who consolidate: the facilitator and the rapporteur. */
const consolidates = (actor: Actor) => actor.role === 'facilitator' || actor.role === 'rapporteur';

const appended = (before: string, text: string) => (before === '' ? text : `${before}\n${text}`);

export function decideFinal(state: WorkshopState, actor: Actor, mutation: FinalMutation): Decided {
  if (mutation.name === 'final.show') {
    return actor.role === 'facilitator' ? { ok: true, type: 'final.shown', data: mutation.args } : refuse('forbidden');
  }
  if (mutation.name === 'final.vote') return decideVote(state, actor, mutation.args);
  if (!consolidates(actor)) return refuse('forbidden');
  if (!state.template.matrices.final.required.some((r) => r.id === mutation.args.finalId)) return refuse('target_missing');
  const matrix = finalOf(state, mutation.args.finalId);
  const action = (id: string | null) => (id === null ? undefined : own(matrix.actions, id));
  switch (mutation.name) {
    case 'final.setText': {
      const { actionId: id, field, baseRev } = mutation.args;
      if (id !== null && !action(id)) return refuse('item_missing');
      const cell = id === null ? matrix.commitment : cellOf(action(id) as FinalAction, field as ActionTextField);
      // Someone else wrote since this editor last saw the cell: keep both, the editor chooses.
      const concurrent = baseRev !== cell.rev && cell.by !== actor.memberId && cell.text !== mutation.args.text;
      const { baseRev: _base, ...data } = mutation.args;
      return concurrent ? { ok: true, type: 'final.textConflicted', data } : { ok: true, type: 'final.textSet', data };
    }
    case 'final.resolve':
      if (mutation.args.actionId !== null && !action(mutation.args.actionId)) return refuse('item_missing');
      return { ok: true, type: 'final.resolved', data: mutation.args };
    case 'final.addAction':
      if (own(matrix.actions, mutation.args.actionId)) return refuse('duplicate_id');
      if (matrix.actionOrder.length >= LIMITS.finalActions) return refuse('limit_reached', { max: LIMITS.finalActions });
      return { ok: true, type: 'final.actionAdded', data: mutation.args };
    case 'final.removeAction':
      if (!action(mutation.args.actionId)) return refuse('item_missing');
      return { ok: true, type: 'final.actionRemoved', data: mutation.args };
    case 'final.moveAction':
      if (!action(mutation.args.actionId)) return refuse('item_missing');
      return { ok: true, type: 'final.actionMoved', data: mutation.args };
    case 'final.setScheme':
      if (!action(mutation.args.actionId)) return refuse('item_missing');
      return { ok: true, type: 'final.schemeSet', data: mutation.args };
    case 'final.promote':
      return decidePromote(state, matrix, mutation.args);
    case 'final.link': {
      const { actionId: id, ref } = mutation.args;
      if (id !== null && !action(id)) return refuse('item_missing');
      if (mutation.args.linked && !linkTargetExists(state, ref)) return refuse('target_missing');
      const links = id === null ? matrix.links : (action(id) as FinalAction).links;
      if (mutation.args.linked && links.length >= LIMITS.linksPerElement) return refuse('limit_reached', { max: LIMITS.linksPerElement });
      return { ok: true, type: 'final.linked', data: mutation.args };
    }
    case 'final.openVoting':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      return { ok: true, type: 'final.votingOpened', data: mutation.args };
    case 'final.revealVotes':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      if (!matrix.voting || matrix.voting.revealed) return refuse('voting_closed');
      return {
        ok: true,
        type: 'final.votesRevealed',
        data: { finalId: mutation.args.finalId, totals: tally(matrix.ballots, (id) => own(matrix.actions, id) !== undefined) },
      };
    case 'final.clearVoting':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      if (!matrix.voting) return refuse('voting_closed');
      return { ok: true, type: 'final.votingCleared', data: mutation.args };
  }
}

/** Every seated member votes on candidate actions, unless the final-matrix phase is locked. */
function decideVote(state: WorkshopState, actor: Actor, args: z.output<(typeof finalArgs)['final.vote']>): Decided {
  const denied = contributeDenied(state, actor, 'final-matrix');
  if (denied) return refusal(denied);
  if (actor.memberId === null) return refuse('forbidden');
  if (!state.template.matrices.final.required.some((r) => r.id === args.finalId)) return refuse('target_missing');
  const matrix = finalOf(state, args.finalId);
  const action = own(matrix.actions, args.actionId);
  // An empty slot is no candidate: there is nothing to vote for yet.
  if (!action || cellOf(action, 'text').text === '') return refuse('item_missing');
  if (!matrix.voting || matrix.voting.revealed) return refuse('voting_closed');
  if (dotsUsed(matrix.ballots, actor.memberId, args.actionId) + args.dots > matrix.voting.dots) {
    return refuse('dots_exhausted', { max: matrix.voting.dots });
  }
  return { ok: true, type: 'final.voted', data: args };
}

/** Takes a participant's text into the final matrix; the server copies the words, so provenance is what was there. */
function decidePromote(state: WorkshopState, matrix: FinalMatrix, args: z.output<(typeof finalArgs)['final.promote']>): Decided {
  const { memberId, matrixId, part } = args.source;
  const member = own(state.members, memberId);
  if (!member || !workingMatrixOutlines(state.template).some((o) => o.id === matrixId)) return refuse('target_missing');
  const text = workingText(state, memberId, matrixId, part);
  if (text === '') return refuse('item_missing');
  const { target } = args;
  if (target.kind === 'new') {
    if (own(matrix.actions, target.actionId)) return refuse('duplicate_id');
    if (matrix.actionOrder.length >= LIMITS.finalActions) return refuse('limit_reached', { max: LIMITS.finalActions });
  }
  if (target.kind === 'action' && !own(matrix.actions, target.actionId)) return refuse('item_missing');
  if (target.kind !== 'new' && target.mode === 'append') {
    const before = target.kind === 'commitment' ? matrix.commitment : cellOf(own(matrix.actions, target.actionId) as FinalAction, 'text');
    if (appended(before.text, text).length > LIMITS.matrixText) return refuse('too_long', { field: 'text', max: LIMITS.matrixText });
  }
  // The author is recorded as the working-matrix phase attributes them (views.ts hides the rest).
  const { attribution, byline } = authorship(state, { role: member.role, memberId }, 'working-matrix');
  const source = { authorId: memberId, attribution, ...(byline ? { byline } : {}), matrixId, part };
  return { ok: true, type: 'final.promoted', data: { finalId: args.finalId, target, text, source } };
}

const written = (cell: TextCell, text: string, by: string): TextCell => ({
  ...cell,
  text,
  rev: cell.rev + 1,
  by,
  // A write by the author of an alternative answers it.
  alternatives: Object.hasOwn(cell.alternatives, by) ? withoutKey(cell.alternatives, by) : cell.alternatives,
});

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

function withCell(matrix: FinalMatrix, actionId: string | null, field: string, change: (cell: TextCell) => TextCell): FinalMatrix {
  if (actionId === null) return { ...matrix, commitment: change(matrix.commitment) };
  const action = own(matrix.actions, actionId);
  if (!action) return matrix;
  const f = field as ActionTextField;
  return {
    ...matrix,
    actions: { ...matrix.actions, [actionId]: { ...action, cells: { ...action.cells, [f]: change(cellOf(action, f)) } } },
  };
}

function withAction(matrix: FinalMatrix, actionId: string, change: (action: FinalAction) => FinalAction): FinalMatrix {
  const action = own(matrix.actions, actionId);
  return action ? { ...matrix, actions: { ...matrix.actions, [actionId]: change(action) } } : matrix;
}

const toggled = <T extends { kind: string; id: string }>(links: T[], ref: T, on: boolean): T[] => {
  const rest = links.filter((l) => l.kind !== ref.kind || l.id !== ref.id);
  return on ? [...rest, { kind: ref.kind, id: ref.id } as T] : rest;
};

export function applyFinal(state: WorkshopState, event: FinalEvent): WorkshopState {
  if (event.type === 'final.shown') return { ...state, finalShown: event.data.shown };
  const finalId = event.data.finalId;
  const matrix = finalOf(state, finalId);
  const by = event.actorId ?? '';
  const next = applyToMatrix(matrix, event, by);
  return next === matrix ? state : { ...state, finals: { ...state.finals, [finalId]: next } };
}

function applyToMatrix(matrix: FinalMatrix, event: Exclude<FinalEvent, { type: 'final.shown' }>, by: string): FinalMatrix {
  switch (event.type) {
    case 'final.textSet':
      return withCell(matrix, event.data.actionId, event.data.field, (c) => written(c, event.data.text, by));
    case 'final.textConflicted':
      return withCell(matrix, event.data.actionId, event.data.field, (c) => ({
        ...c,
        alternatives: { ...c.alternatives, [by]: { text: event.data.text, at: event.at } },
      }));
    case 'final.resolved':
      return withCell(matrix, event.data.actionId, event.data.field, (c) => ({ ...written(c, event.data.text, by), alternatives: {} }));
    case 'final.actionAdded': {
      if (own(matrix.actions, event.data.actionId)) return matrix;
      const action = emptyAction(event.data.actionId);
      if (event.data.text) action.cells.text = { ...EMPTY_CELL, text: event.data.text, rev: 1, by };
      return { ...matrix, actions: { ...matrix.actions, [action.id]: action }, actionOrder: [...matrix.actionOrder, action.id] };
    }
    case 'final.actionRemoved': {
      if (!own(matrix.actions, event.data.actionId)) return matrix;
      const actions = withoutKey(matrix.actions, event.data.actionId);
      const ballots = Object.fromEntries(Object.entries(matrix.ballots).map(([m, b]) => [m, withoutKey(b, event.data.actionId)]));
      return { ...matrix, actions, actionOrder: matrix.actionOrder.filter((id) => id !== event.data.actionId), ballots };
    }
    case 'final.actionMoved': {
      if (!own(matrix.actions, event.data.actionId)) return matrix;
      const order = matrix.actionOrder.filter((id) => id !== event.data.actionId);
      order.splice(Math.min(event.data.index, order.length), 0, event.data.actionId);
      return { ...matrix, actionOrder: order };
    }
    case 'final.schemeSet':
      return withAction(matrix, event.data.actionId, (a) => ({
        ...a,
        scope: event.data.scope ? [...event.data.scope] : a.scope,
        timeframe: event.data.timeframe === undefined ? a.timeframe : event.data.timeframe,
      }));
    case 'final.promoted':
      return applyPromoted(matrix, event, by);
    case 'final.linked': {
      const { actionId, ref, linked } = event.data;
      if (actionId === null) return { ...matrix, links: toggled(matrix.links, ref, linked) };
      return withAction(matrix, actionId, (a) => ({ ...a, links: toggled(a.links, ref, linked) }));
    }
    case 'final.votingOpened':
      return { ...matrix, voting: { dots: event.data.dots, revealed: null }, ballots: {} };
    case 'final.voted':
      // A viewer that may not know who voted never gets this event (views.ts); without an actor it is a no-op.
      if (by === '' || !matrix.voting) return matrix;
      return { ...matrix, ballots: castBallot(matrix.ballots, by, event.data.actionId, event.data.dots) };
    case 'final.votesRevealed':
      return matrix.voting ? { ...matrix, voting: { ...matrix.voting, revealed: event.data.totals } } : matrix;
    case 'final.votingCleared':
      return { ...matrix, voting: null, ballots: {} };
  }
}

function applyPromoted(matrix: FinalMatrix, event: Extract<FinalEvent, { type: 'final.promoted' }>, by: string): FinalMatrix {
  const { target, text } = event.data;
  const source: WorkingSource = { ...event.data.source, text, at: event.at };
  const place = (cell: TextCell, mode: 'replace' | 'append') => written(cell, mode === 'replace' ? text : appended(cell.text, text), by);
  if (target.kind === 'commitment') {
    return { ...matrix, commitment: place(matrix.commitment, target.mode), commitmentSources: [...matrix.commitmentSources, source] };
  }
  if (target.kind === 'new') {
    if (own(matrix.actions, target.actionId)) return matrix;
    const action: FinalAction = { ...emptyAction(target.actionId), cells: { text: place(EMPTY_CELL, 'replace') }, sources: [source] };
    return { ...matrix, actions: { ...matrix.actions, [action.id]: action }, actionOrder: [...matrix.actionOrder, action.id] };
  }
  return withAction(matrix, target.actionId, (a) => ({
    ...a,
    cells: { ...a.cells, text: place(cellOf(a, 'text'), target.mode) },
    sources: [...a.sources, source],
  }));
}
