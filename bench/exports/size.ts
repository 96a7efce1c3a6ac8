// How big the built workshop is, so the README can say what the timings are for.
import { own } from '../../shared/domain/decision.js';
import type { Room } from '../../server/rooms/room.js';

export interface RoomSize {
  events: number;
  members: number;
  pestleItems: number;
  mergedDuplicates: number;
  clusters: number;
  contributions: number;
  practices: number;
  gridCells: number;
  referralRoutes: number;
  workingMatrices: number;
  finalActions: number;
  plenaryComments: number;
  adoptions: number;
}

export function sizeOf(room: Room): RoomSize {
  const s = room.state;
  return {
    events: room.seq,
    members: s.memberOrder.length,
    pestleItems: s.pestle.order.length,
    mergedDuplicates: s.pestle.order.reduce((n, id) => n + (own(s.pestle.items, id)?.merged.length ?? 0), 0),
    clusters: s.pestle.clusterOrder.length,
    contributions: s.contributionOrder.length,
    practices: s.practiceOrder.length,
    gridCells: Object.keys(s.grid).length,
    referralRoutes: Object.keys(s.referrals).length,
    workingMatrices: Object.values(s.workingMatrices).reduce((n, mine) => n + Object.keys(mine).length, 0),
    finalActions: Object.values(s.finals).reduce((n, m) => n + m.actionOrder.length, 0),
    plenaryComments: s.plenary.commentOrder.length,
    adoptions: Object.keys(s.plenary.adoption).length,
  };
}

/** "group: 2,431 events, 32 members, 400 PESTLE items (20 merged duplicates), …", leaving out what a room kind never has. */
export function describeSize(label: string, size: RoomSize): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const parts = [`${n(size.events)} events`, `${n(size.members)} members`];
  if (size.pestleItems)
    parts.push(`${n(size.pestleItems)} PESTLE items (${size.mergedDuplicates} merged duplicates, ${size.clusters} clusters)`);
  if (size.contributions) parts.push(`${n(size.contributions)} contributions`, `${size.practices} good practices`);
  if (size.gridCells) parts.push(`${size.gridCells} grid cells`, `${size.referralRoutes} referral routes`);
  if (size.workingMatrices) parts.push(`${size.workingMatrices} working matrices`, `${size.finalActions} final-matrix actions`);
  if (size.plenaryComments || size.adoptions)
    parts.push(`${size.plenaryComments} plenary comments`, `${size.adoptions} adoption decisions`);
  return `${label}: ${parts.join(', ')}`;
}
