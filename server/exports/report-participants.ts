import { own } from '../../shared/domain/decision.js';
import type { Member, WorkshopState } from '../../shared/domain/state.js';
import { type Block, heading, paragraph, table } from './document.js';
import type { Labels } from './labels.js';

/**
 * Who took part, "per the attribution setting": names are listed only when some phase signed
 * contributions by name — otherwise the list would undo the facilitator's choice of institution
 * or anonymity, so it counts people per institution and country instead.
 */
export function participantBlocks(state: WorkshopState, l: Labels): Block[] {
  const members = state.memberOrder.map((id) => own(state.members, id)).filter((m): m is Member => m !== undefined);
  const blocks: Block[] = [heading(1, l.report.participants), paragraph(l.format(l.ui.preliminary.rosterCount, { count: members.length }))];
  if (members.length === 0) return [...blocks, paragraph(l.ui.preliminary.rosterEmpty, true)];
  return [...blocks, ...(someByName(state) ? byName(members, l) : byInstitution(members, l))];
}

/** A phase without a recorded mode signs by name (WorkshopState.attribution). */
function someByName(state: WorkshopState): boolean {
  return state.template.phases.some((p) => (own(state.attribution, p.id) ?? 'name') === 'name');
}

function byName(members: Member[], l: Labels): Block[] {
  const p = l.ui.preliminary;
  const rows = members.map((m) => [
    m.name || l.ui.roles[m.role],
    m.institution,
    m.country,
    m.sector ? l.ui.sectors[m.sector] : '',
    l.ui.roles[m.role],
  ]);
  return [table([p.name, p.institution, p.country, p.sector, l.report.role], rows, [2, 2, 1.3, 2, 1.2])];
}

function byInstitution(members: Member[], l: Labels): Block[] {
  // Grouped in order of first appearance, so the facilitation's institutions come first as on the roster.
  const groups = new Map<string, { institution: string; country: string; count: number }>();
  for (const m of members) {
    const key = JSON.stringify([m.institution, m.country]);
    const group = groups.get(key) ?? { institution: m.institution, country: m.country, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const p = l.ui.preliminary;
  const rows = [...groups.values()].map((g) => [g.institution, g.country, String(g.count)]);
  return [paragraph(l.report.namesWithheld, true), table([p.institution, p.country, l.report.people], rows, [3, 2, 1])];
}
