import type { NewEvent } from './events.js';
import type { FinalMatrix, WorkingSource } from './final-matrix-model.js';
import type { Actor, Authored, PestleItem, WorkshopState } from './state.js';

/**
 * What each person may see. The server keeps the whole state; every state and event it sends
 * goes through here first, so nothing a role may not see ever leaves the server:
 *
 * - Authors of contributions written under "institution" or "anonymous" attribution: only the
 *   author (authorId is '' for everyone else, facilitator and rapporteur included). Under
 *   "institution" the recorded byline (institution, country) is shown instead.
 * - Dots of a vote: each member sees only their own until the facilitator reveals the totals.
 * - Relevance marks on objectives: each member sees their own; everyone sees the counts.
 * - Working matrices: each member sees their own; the facilitator and the rapporteur see
 *   everyone's, by name, to consolidate them (issue 5).
 * - Who sent an event, from which device: only the sender's own devices, except where the
 *   state shows the author anyway (contributions by name, good practices' recorder, a
 *   working-matrix change for those who consolidate).
 *
 * The contract, tested in views.test.ts for every event type:
 *   viewState(apply(s, e), v) equals apply(viewState(s, v), viewEvent(e, v)).
 */

/** The sender is shown in the state (as an author by name, or a practice's recorder). */
function senderIsPublic(event: NewEvent): boolean {
  switch (event.type) {
    case 'pestle.added':
    case 'contribution.added':
    case 'plenary.commented':
      return event.data.attribution === 'name';
    case 'practice.added':
      return true;
    default:
      // Final matrices are written (and sent) by the facilitator and the rapporteur, whose roles are public.
      return event.type.startsWith('final.') && event.type !== 'final.voted';
  }
}

const isSender = (event: NewEvent, viewer: Actor) => viewer.memberId !== null && event.actorId === viewer.memberId;
const leads = (viewer: Actor) => viewer.role === 'facilitator' || viewer.role === 'rapporteur';
const isMatrixEvent = (event: NewEvent) => event.type.startsWith('matrix.');
/** Events whose content depends on seeing working matrices: their changes, and text promoted from them. */
const isLeadEvent = (event: NewEvent) => isMatrixEvent(event) || event.type === 'final.promoted';

/**
 * Who receives which version of an event: its sender (whole), those who consolidate working
 * matrices (a matrix change with its author), everyone else. Every viewer in one audience gets
 * the same version, so the room encodes each event at most three times, not once per connection.
 */
export type Audience = 'sender' | 'lead' | 'others';

export function audienceOf(event: NewEvent, viewer: Actor): Audience {
  if (isSender(event, viewer)) return 'sender';
  return isLeadEvent(event) && leads(viewer) ? 'lead' : 'others';
}

/** An event as `viewer` receives it. Returns `event` itself when nothing is hidden from them. */
export function viewEvent<E extends NewEvent>(event: E, viewer: Actor): E {
  return eventFor(event, audienceOf(event, viewer));
}

const redacted = <E extends NewEvent>(event: E): E =>
  ({ ...event, type: 'redacted', data: {}, actorId: null, clientId: null, mutationId: null }) as unknown as E;

/** An event as an audience receives it. */
export function eventFor<E extends NewEvent>(event: E, audience: Audience): E {
  if (audience === 'sender') return event;
  if (audience === 'lead' && isLeadEvent(event)) return { ...event, clientId: null, mutationId: null };
  if (event.type === 'pestle.voted' || event.type === 'final.voted' || isMatrixEvent(event)) return redacted(event);
  if (event.type === 'final.promoted') {
    const source = hideAuthor(event.data.source, null);
    return { ...event, data: { ...event.data, source }, clientId: null, mutationId: null };
  }
  if (event.actorId === null && event.clientId === null && event.mutationId === null) return event;
  return { ...event, actorId: senderIsPublic(event) ? event.actorId : null, clientId: null, mutationId: null };
}

function hideAuthor<T extends Authored>(thing: T, viewerId: string | null): T {
  if (thing.attribution === 'name' || thing.authorId === '' || thing.authorId === viewerId) return thing;
  return { ...thing, authorId: '' };
}

function hideItemAuthors(item: PestleItem, viewerId: string | null): PestleItem {
  const shown = hideAuthor(item, viewerId);
  const merged = item.merged.map((m) => hideAuthor(m, viewerId));
  const mergedChanged = merged.some((m, i) => m !== item.merged[i]);
  if (shown === item && !mergedChanged) return item;
  return { ...shown, merged: mergedChanged ? merged : item.merged };
}

/** Applies `hide` to every value; returns the record itself when nothing changed, so unchanged subtrees keep their cached hash. */
function mapRecord<T>(record: Record<string, T>, hide: (value: T) => T): Record<string, T> {
  let out: Record<string, T> | null = null;
  for (const [key, value] of Object.entries(record)) {
    const shown = hide(value);
    if (shown !== value) {
      out ??= { ...record };
      out[key] = shown;
    }
  }
  return out ?? record;
}

/** Only the viewer's own entry of a per-member record. */
function ownEntry<T>(record: Record<string, T>, viewerId: string | null): Record<string, T> {
  const keys = Object.keys(record);
  if (keys.length === 0) return record;
  if (viewerId !== null && keys.length === 1 && keys[0] === viewerId) return record;
  return viewerId !== null && Object.hasOwn(record, viewerId) ? { [viewerId]: record[viewerId] as T } : {};
}

/** The state as `viewer` may see it. Returns `state` itself when nothing is hidden from them. */
export function viewState(state: WorkshopState, viewer: Actor): WorkshopState {
  const me = viewer.memberId;
  const items = mapRecord(state.pestle.items, (item) => hideItemAuthors(item, me));
  const ballots = ownEntry(state.pestle.ballots, me);
  const contributions = mapRecord(state.contributions, (c) => hideAuthor(c, me));
  const ratings = ownEntry(state.objectives.ratings, me);
  const workingMatrices = leads(viewer) ? state.workingMatrices : ownEntry(state.workingMatrices, me);
  const finals = mapRecord(state.finals, (m) => viewFinal(m, viewer));
  const plenaryComments = mapRecord(state.plenary.comments, (c) => hideAuthor(c, me));
  if (
    items === state.pestle.items &&
    ballots === state.pestle.ballots &&
    contributions === state.contributions &&
    ratings === state.objectives.ratings &&
    workingMatrices === state.workingMatrices &&
    finals === state.finals &&
    plenaryComments === state.plenary.comments
  ) {
    return state;
  }
  return {
    ...state,
    workingMatrices,
    finals,
    plenary: plenaryComments === state.plenary.comments ? state.plenary : { ...state.plenary, comments: plenaryComments },
    pestle: items === state.pestle.items && ballots === state.pestle.ballots ? state.pestle : { ...state.pestle, items, ballots },
    contributions,
    objectives: ratings === state.objectives.ratings ? state.objectives : { ...state.objectives, ratings },
  };
}

/**
 * A final matrix as `viewer` sees it: their own dots only; and, for everyone but those who
 * consolidate, the authors of promoted text only as the working-matrix attribution allows —
 * the author included, since every non-lead viewer receives the same version of the event.
 */
function viewFinal(matrix: FinalMatrix, viewer: Actor): FinalMatrix {
  const ballots = ownEntry(matrix.ballots, viewer.memberId);
  const hideSources = (sources: WorkingSource[]) => {
    if (leads(viewer)) return sources;
    const shown = sources.map((s) => hideAuthor(s, null));
    return shown.some((s, i) => s !== sources[i]) ? shown : sources;
  };
  const commitmentSources = hideSources(matrix.commitmentSources);
  const actions = mapRecord(matrix.actions, (a) => {
    const sources = hideSources(a.sources);
    return sources === a.sources ? a : { ...a, sources };
  });
  if (ballots === matrix.ballots && commitmentSources === matrix.commitmentSources && actions === matrix.actions) return matrix;
  return { ...matrix, ballots, commitmentSources, actions };
}
