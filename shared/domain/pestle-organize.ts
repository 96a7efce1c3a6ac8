import { z } from 'zod';
import { LIMITS } from './constants.js';
import { castBallot, dotsUsed, tally } from './dot-vote.js';
import { type Decided, own, refuse } from './decision.js';
import type { NewEvent } from './events.js';
import { clientUuid, pestleCategory, text } from './fields.js';
import type { Actor, PestleBoard, PestleItem, WorkshopState } from './state.js';

/**
 * Organising the PESTLE board after the brainstorm: clusters of similar items, merging
 * duplicates, and a dot vote whose results stay hidden until the facilitator reveals them.
 */
export const organizeArgs = {
  'pestle.addCluster': z.strictObject({ id: clientUuid, category: pestleCategory, label: text(LIMITS.clusterLabel) }),
  'pestle.renameCluster': z.strictObject({ id: clientUuid, label: text(LIMITS.clusterLabel) }),
  'pestle.removeCluster': z.strictObject({ id: clientUuid }),
  'pestle.merge': z.strictObject({ id: clientUuid, intoId: clientUuid }).refine((a) => a.id !== a.intoId, {
    message: 'an item cannot be merged into itself',
    path: ['intoId'],
  }),
  'pestle.openVoting': z.strictObject({ dots: z.number().int().min(1).max(LIMITS.votingDots) }),
  'pestle.vote': z.strictObject({ itemId: clientUuid, dots: z.number().int().min(0).max(LIMITS.votingDots) }),
  'pestle.revealVotes': z.strictObject({}),
  'pestle.clearVoting': z.strictObject({}),
} as const;

type OrganizeName = keyof typeof organizeArgs;
type OrganizeMutation = { [N in OrganizeName]: { name: N; args: z.output<(typeof organizeArgs)[N]> } }[OrganizeName];

/** Clusters and merges are the facilitator's and the rapporteur's work: they shape what the room said. */
export const canOrganize = (actor: Actor) => actor.role === 'facilitator' || actor.role === 'rapporteur';

export function decideOrganize(state: WorkshopState, actor: Actor, mutation: OrganizeMutation): Decided {
  const board = state.pestle;
  switch (mutation.name) {
    case 'pestle.addCluster':
      if (!canOrganize(actor)) return refuse('forbidden');
      if (own(board.clusters, mutation.args.id)) return refuse('duplicate_id');
      if (board.clusterOrder.length >= LIMITS.clustersPerWorkshop) return refuse('limit_reached', { max: LIMITS.clustersPerWorkshop });
      return { ok: true, type: 'pestle.clusterAdded', data: mutation.args };
    case 'pestle.renameCluster':
      if (!canOrganize(actor)) return refuse('forbidden');
      if (!own(board.clusters, mutation.args.id)) return refuse('cluster_missing');
      return { ok: true, type: 'pestle.clusterRenamed', data: mutation.args };
    case 'pestle.removeCluster':
      if (!canOrganize(actor)) return refuse('forbidden');
      if (!own(board.clusters, mutation.args.id)) return refuse('cluster_missing');
      return { ok: true, type: 'pestle.clusterRemoved', data: mutation.args };
    case 'pestle.merge':
      if (!canOrganize(actor)) return refuse('forbidden');
      if (!own(board.items, mutation.args.id) || !own(board.items, mutation.args.intoId)) return refuse('item_missing');
      return { ok: true, type: 'pestle.merged', data: mutation.args };
    case 'pestle.openVoting':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      return { ok: true, type: 'pestle.votingOpened', data: mutation.args };
    case 'pestle.vote': {
      if (actor.memberId === null || actor.role === 'observer') return refuse('forbidden');
      if (!board.voting || board.voting.revealed) return refuse('voting_closed');
      if (!own(board.items, mutation.args.itemId)) return refuse('item_missing');
      if (dotsUsed(board.ballots, actor.memberId, mutation.args.itemId) + mutation.args.dots > board.voting.dots) {
        return refuse('dots_exhausted', { max: board.voting.dots });
      }
      return { ok: true, type: 'pestle.voted', data: mutation.args };
    }
    case 'pestle.revealVotes': {
      if (actor.role !== 'facilitator') return refuse('forbidden');
      if (!board.voting || board.voting.revealed) return refuse('voting_closed');
      const totals = tally(board.ballots, (itemId) => own(board.items, itemId) !== undefined);
      return { ok: true, type: 'pestle.votesRevealed', data: { totals } };
    }
    case 'pestle.clearVoting':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      if (!board.voting) return refuse('voting_closed');
      return { ok: true, type: 'pestle.votingCleared', data: {} };
  }
}

const withBoard = (state: WorkshopState, changes: Partial<PestleBoard>): WorkshopState => ({
  ...state,
  pestle: { ...state.pestle, ...changes },
});

/** Moves every member's dots from one item to another (a merge), or drops them (`to` null: a removal). */
export function moveDots(ballots: PestleBoard['ballots'], from: string, to: string | null): PestleBoard['ballots'] {
  let changed = false;
  const next: PestleBoard['ballots'] = {};
  for (const [memberId, ballot] of Object.entries(ballots)) {
    const dots = own(ballot, from);
    if (dots === undefined) {
      next[memberId] = ballot;
      continue;
    }
    changed = true;
    const { [from]: _moved, ...rest } = ballot;
    next[memberId] = to === null ? rest : { ...rest, [to]: (own(rest, to) ?? 0) + dots };
  }
  return changed ? next : ballots;
}

type OrganizeEvent = Extract<
  NewEvent,
  { type: `pestle.cluster${string}` | 'pestle.merged' | `pestle.vot${string}` | 'pestle.votesRevealed' }
>;

export function applyOrganize(state: WorkshopState, event: OrganizeEvent): WorkshopState {
  const board = state.pestle;
  switch (event.type) {
    case 'pestle.clusterAdded':
      if (own(board.clusters, event.data.id)) return state;
      return withBoard(state, {
        clusters: { ...board.clusters, [event.data.id]: { ...event.data } },
        clusterOrder: [...board.clusterOrder, event.data.id],
      });
    case 'pestle.clusterRenamed': {
      const cluster = own(board.clusters, event.data.id);
      if (!cluster) return state;
      return withBoard(state, { clusters: { ...board.clusters, [cluster.id]: { ...cluster, label: event.data.label } } });
    }
    case 'pestle.clusterRemoved': {
      if (!own(board.clusters, event.data.id)) return state;
      const { [event.data.id]: _removed, ...clusters } = board.clusters;
      const items: Record<string, PestleItem> = {};
      for (const [id, item] of Object.entries(board.items)) {
        items[id] = item.clusterId === event.data.id ? { ...item, clusterId: null } : item;
      }
      return withBoard(state, { clusters, items, clusterOrder: board.clusterOrder.filter((c) => c !== event.data.id) });
    }
    case 'pestle.merged': {
      const item = own(board.items, event.data.id);
      const into = own(board.items, event.data.intoId);
      if (!item || !into) return state;
      const { [item.id]: _gone, ...items } = board.items;
      const { merged: alreadyMerged, createdAt: _c, updatedAt: _u, impact: _i, likelihood: _l, clusterId: _k, ...kept } = item;
      items[into.id] = { ...into, merged: [...into.merged, kept, ...alreadyMerged], updatedAt: event.at };
      const revealed = board.voting?.revealed;
      return withBoard(state, {
        items,
        order: board.order.filter((i) => i !== item.id),
        ballots: moveDots(board.ballots, item.id, into.id),
        voting:
          board.voting && revealed
            ? {
                ...board.voting,
                revealed: { ...revealed, [into.id]: (own(revealed, into.id) ?? 0) + (own(revealed, item.id) ?? 0) },
              }
            : board.voting,
      });
    }
    case 'pestle.votingOpened':
      return withBoard(state, { voting: { dots: event.data.dots, revealed: null }, ballots: {} });
    case 'pestle.voted': {
      // A viewer that may not know who voted never gets this event (views.ts); without an actor it is a no-op.
      if (event.actorId === null || !board.voting) return state;
      return withBoard(state, { ballots: castBallot(board.ballots, event.actorId, event.data.itemId, event.data.dots) });
    }
    case 'pestle.votesRevealed':
      if (!board.voting) return state;
      return withBoard(state, { voting: { ...board.voting, revealed: event.data.totals } });
    case 'pestle.votingCleared':
      return withBoard(state, { voting: null, ballots: {} });
  }
}
