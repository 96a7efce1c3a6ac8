import type { PestleMode, Role } from './constants.js';

export type TableAction =
  | 'add'
  | 'edit own'
  | 'edit other'
  | 'remove own'
  | 'remove other'
  | 'setMode'
  | 'phase.set'
  | 'timer.start'
  | 'timer.pause'
  | 'timer.resume'
  | 'timer.extend'
  | 'timer.clear'
  | 'phase.setNavigation'
  | 'member.update own'
  | 'member.update other';

const TIMER_ACTIONS = ['timer.start', 'timer.pause', 'timer.resume', 'timer.extend', 'timer.clear'] as const;
const timerRows: Array<[TableAction, Role, PestleMode, string | true]> = TIMER_ACTIONS.flatMap((action) => [
  [action, 'facilitator', 'open', true] as [TableAction, Role, PestleMode, string | true],
  [action, 'rapporteur', 'open', 'forbidden'] as [TableAction, Role, PestleMode, string | true],
  [action, 'participant', 'open', 'forbidden'] as [TableAction, Role, PestleMode, string | true],
  [action, 'observer', 'open', 'forbidden'] as [TableAction, Role, PestleMode, string | true],
]);

/**
 * The authorisation table of docs/api.md, as data: [action, role, board mode, expected].
 * `true` means allowed; a string is the rejection code. Run by the unit tests against
 * `decide` and by the integration tests against a real server.
 */
export const ROLE_TABLE: Array<[TableAction, Role, PestleMode, string | true]> = [
  ['add', 'facilitator', 'open', true],
  ['add', 'rapporteur', 'open', true],
  ['add', 'participant', 'open', true],
  ['add', 'observer', 'open', 'forbidden'],
  ['add', 'facilitator', 'facilitator', true],
  ['add', 'rapporteur', 'facilitator', true],
  ['add', 'participant', 'facilitator', 'board_locked'],
  ['add', 'observer', 'facilitator', 'forbidden'],
  ['edit own', 'facilitator', 'open', true],
  ['edit own', 'rapporteur', 'open', true],
  ['edit own', 'participant', 'open', true],
  ['edit own', 'facilitator', 'facilitator', true],
  ['edit own', 'rapporteur', 'facilitator', true],
  ['edit own', 'participant', 'facilitator', 'board_locked'],
  ['edit other', 'facilitator', 'open', true],
  ['edit other', 'facilitator', 'facilitator', true],
  ['edit other', 'rapporteur', 'open', 'not_author'],
  ['edit other', 'rapporteur', 'facilitator', 'not_author'],
  ['edit other', 'participant', 'open', 'not_author'],
  ['edit other', 'participant', 'facilitator', 'board_locked'],
  ['edit other', 'observer', 'open', 'forbidden'],
  ['edit other', 'observer', 'facilitator', 'forbidden'],
  ['remove own', 'facilitator', 'open', true],
  ['remove own', 'rapporteur', 'open', true],
  ['remove own', 'participant', 'open', true],
  ['remove own', 'facilitator', 'facilitator', true],
  ['remove own', 'rapporteur', 'facilitator', true],
  ['remove own', 'participant', 'facilitator', 'board_locked'],
  ['remove other', 'facilitator', 'open', true],
  ['remove other', 'facilitator', 'facilitator', true],
  ['remove other', 'rapporteur', 'open', 'not_author'],
  ['remove other', 'rapporteur', 'facilitator', 'not_author'],
  ['remove other', 'participant', 'open', 'not_author'],
  ['remove other', 'participant', 'facilitator', 'board_locked'],
  ['remove other', 'observer', 'open', 'forbidden'],
  ['remove other', 'observer', 'facilitator', 'forbidden'],
  ['setMode', 'facilitator', 'open', true],
  ['setMode', 'rapporteur', 'open', 'forbidden'],
  ['setMode', 'participant', 'open', 'forbidden'],
  ['setMode', 'observer', 'open', 'forbidden'],
  ['phase.set', 'facilitator', 'open', true],
  ['phase.set', 'rapporteur', 'open', 'forbidden'],
  ['phase.set', 'participant', 'open', 'forbidden'],
  ['phase.set', 'observer', 'open', 'forbidden'],
  ...timerRows,
  ['phase.setNavigation', 'facilitator', 'open', true],
  ['phase.setNavigation', 'rapporteur', 'open', 'forbidden'],
  ['phase.setNavigation', 'participant', 'open', 'forbidden'],
  ['phase.setNavigation', 'observer', 'open', 'forbidden'],
  ['member.update own', 'facilitator', 'open', true],
  ['member.update own', 'rapporteur', 'open', true],
  ['member.update own', 'participant', 'open', true],
  ['member.update other', 'facilitator', 'open', true],
  ['member.update other', 'rapporteur', 'open', 'forbidden'],
  ['member.update other', 'participant', 'open', 'forbidden'],
  ['member.update other', 'observer', 'open', 'forbidden'],
];

/** What the facilitator does first so that a row's mutation fits the state (a timer to pause, …). */
export function rowSetup(action: TableAction): Array<{ name: string; args: unknown }> {
  const start = { name: 'timer.start', args: { seconds: 600 } };
  if (action === 'timer.pause' || action === 'timer.extend' || action === 'timer.clear') return [start];
  if (action === 'timer.resume') return [start, { name: 'timer.pause', args: {} }];
  return [];
}

/**
 * The mutation (name, args) a table row exercises on item `itemId`; roster rows change the
 * caller's own line (`self`) or another participant's (`other`).
 */
export function rowMutation(
  action: TableAction,
  itemId: string,
  newItemId: string,
  people: { self: string | null; other: string } = { self: null, other: '' },
): { name: string; args: unknown } {
  if (action === 'member.update own')
    return { name: 'member.update', args: { id: people.self ?? 'nobody', functions: 'Jefatura de unidad' } };
  if (action === 'member.update other') return { name: 'member.update', args: { id: people.other, country: 'Panamá' } };
  if (action === 'add') return { name: 'pestle.add', args: { id: newItemId, category: 'social', kind: 'state', text: 'x' } };
  if (action.startsWith('edit')) return { name: 'pestle.edit', args: { id: itemId, text: 'y' } };
  if (action.startsWith('remove')) return { name: 'pestle.remove', args: { id: itemId } };
  if (action === 'setMode') return { name: 'pestle.setMode', args: { mode: 'facilitator' } };
  if (action === 'phase.setNavigation') return { name: action, args: { mode: 'follow' } };
  if (action === 'timer.start' || action === 'timer.extend') return { name: action, args: { seconds: 300 } };
  if (action.startsWith('timer.')) return { name: action, args: {} };
  return { name: 'phase.set', args: { phaseId: 'pestle' } };
}
