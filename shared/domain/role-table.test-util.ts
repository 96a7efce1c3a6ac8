import type { PhaseKind } from '../template/schema.js';
import type { Role } from './constants.js';

/**
 * The authorisation table of docs/api.md, as data: every mutation × role × phase lock.
 * Run by the unit tests against `decide` (shared/domain/mutations.test.ts), over HTTP with real
 * tokens (server/http/roles.integration.test.ts), and rendered into docs/api.md, which a test
 * keeps identical (scripts/docs-tables.test.ts).
 */

/** Who runs a step: the facilitator, the row's own seat, or another participant (Ben). */
export type By = 'facilitator' | 'self' | 'other';
export interface Step {
  by: By;
  name: string;
  args: unknown;
}
export type Lock = 'open' | 'locked';
export type Expected = true | string;

/** Ids a row uses: the item (or contribution…) made in setup, a fresh id, and the members. */
export interface RowIds {
  item: string;
  fresh: string;
  self: string | null;
  other: string;
  /** In a plenary row: the group whose final matrix (action a1 of care-prevention) was received. */
  group: string;
}

/**
 * The kinds of answer: `lead` the facilitator only; `organize` facilitator and rapporteur;
 * `contribute` every seat unless locked for participants; `own`/`other` changing one's own or
 * someone else's contribution; `seated` every seat, lock or not (a vote); `seatedLocked` every
 * seat unless locked (relevance marks); `organizeOther` placing and rating another's PESTLE item;
 * `ownLine` one's own roster line; `ownWork` one's own working matrix (every seat has one; the
 * lock stops participants; the projector has no seat); `otherAnyLock` someone else's plenary
 * comment (only the facilitator removes it, lock or not).
 */
type Rule =
  | 'lead'
  | 'organize'
  | 'contribute'
  | 'own'
  | 'other'
  | 'otherAnyLock'
  | 'seated'
  | 'seatedLocked'
  | 'organizeOther'
  | 'ownLine'
  | 'ownWork';

interface ActionSpec {
  label: string;
  rule: Rule;
  /** The phase the lock applies to; without one the action has only "open" rows. */
  phase?: PhaseKind;
  /** Rows run in a plenary that received a group's final matrices, not in a group's room. */
  room?: 'plenary';
  setup?: (ids: RowIds) => Step[];
  run: (ids: RowIds) => { name: string; args: unknown };
}

const pestleItem =
  (by: By) =>
  (ids: RowIds): Step[] => [{ by, name: 'pestle.add', args: { id: ids.item, category: 'social', kind: 'state', text: 'item' } }];
const contribution =
  (by: By) =>
  (ids: RowIds): Step[] => [
    { by, name: 'contribution.add', args: { id: ids.item, target: 'objective', targetId: 'A.a', text: 'comentario' } },
  ];
const practice =
  (by: By) =>
  (ids: RowIds): Step[] => [
    { by, name: 'practice.add', args: { id: ids.item, themeId: 'care', country: 'Panamá', title: 'Ventanilla única' } },
  ];
const cluster = (ids: RowIds): Step[] => [
  { by: 'facilitator', name: 'pestle.addCluster', args: { id: ids.item, category: 'social', label: 'Pobreza' } },
];
const twoItems = (ids: RowIds): Step[] => [
  ...pestleItem('other')(ids),
  { by: 'other', name: 'pestle.add', args: { id: ids.fresh, category: 'social', kind: 'state', text: 'dup' } },
];
const voting = (ids: RowIds): Step[] => [...pestleItem('other')(ids), { by: 'facilitator', name: 'pestle.openVoting', args: { dots: 3 } }];
const FINAL = 'care-prevention';
const FINAL_CELL = { finalId: FINAL, actionId: 'a1', field: 'text' };
const finalVoting: Step = { by: 'facilitator', name: 'final.openVoting', args: { finalId: FINAL, dots: 3 } };
const finalCandidate: Step = {
  by: 'facilitator',
  name: 'final.setText',
  args: { finalId: FINAL, actionId: 'a2', field: 'text', text: 'Capacitación', baseRev: 0 },
};
const presented = (ids: RowIds) => ({ groupId: ids.group, finalId: FINAL, actionId: 'a1' });
const plenaryComment =
  (by: By) =>
  (ids: RowIds): Step[] => [{ by, name: 'plenary.comment', args: { id: ids.item, ...presented(ids), text: 'Comentario' } }];
const timer = { by: 'facilitator' as const, name: 'timer.start', args: { seconds: 600 } };

export const ACTIONS: ActionSpec[] = [
  {
    label: 'pestle.add',
    rule: 'contribute',
    phase: 'pestle',
    run: (i) => ({ name: 'pestle.add', args: { id: i.fresh, category: 'social', kind: 'state', text: 'x' } }),
  },
  {
    label: 'pestle.edit own item',
    rule: 'own',
    phase: 'pestle',
    setup: pestleItem('self'),
    run: (i) => ({ name: 'pestle.edit', args: { id: i.item, text: 'y' } }),
  },
  {
    label: 'pestle.edit another’s item',
    rule: 'other',
    phase: 'pestle',
    setup: pestleItem('other'),
    run: (i) => ({ name: 'pestle.edit', args: { id: i.item, text: 'y' } }),
  },
  {
    label: 'pestle.edit another’s item: only category, cluster, impact, likelihood',
    rule: 'organizeOther',
    phase: 'pestle',
    setup: pestleItem('other'),
    run: (i) => ({ name: 'pestle.edit', args: { id: i.item, impact: 4, likelihood: 2 } }),
  },
  {
    label: 'pestle.remove own item',
    rule: 'own',
    phase: 'pestle',
    setup: pestleItem('self'),
    run: (i) => ({ name: 'pestle.remove', args: { id: i.item } }),
  },
  {
    label: 'pestle.remove another’s item',
    rule: 'other',
    phase: 'pestle',
    setup: pestleItem('other'),
    run: (i) => ({ name: 'pestle.remove', args: { id: i.item } }),
  },
  { label: 'pestle.setMode', rule: 'lead', run: () => ({ name: 'pestle.setMode', args: { mode: 'facilitator' } }) },
  {
    label: 'pestle.addCluster',
    rule: 'organize',
    run: (i) => ({ name: 'pestle.addCluster', args: { id: i.fresh, category: 'legal', label: 'Reformas' } }),
  },
  {
    label: 'pestle.renameCluster',
    rule: 'organize',
    setup: cluster,
    run: (i) => ({ name: 'pestle.renameCluster', args: { id: i.item, label: 'Otro' } }),
  },
  { label: 'pestle.removeCluster', rule: 'organize', setup: cluster, run: (i) => ({ name: 'pestle.removeCluster', args: { id: i.item } }) },
  {
    label: 'pestle.merge',
    rule: 'organize',
    setup: twoItems,
    run: (i) => ({ name: 'pestle.merge', args: { id: i.fresh, intoId: i.item } }),
  },
  { label: 'pestle.openVoting', rule: 'lead', run: () => ({ name: 'pestle.openVoting', args: { dots: 5 } }) },
  {
    label: 'pestle.vote',
    rule: 'seated',
    phase: 'pestle',
    setup: voting,
    run: (i) => ({ name: 'pestle.vote', args: { itemId: i.item, dots: 2 } }),
  },
  { label: 'pestle.revealVotes', rule: 'lead', setup: voting, run: () => ({ name: 'pestle.revealVotes', args: {} }) },
  { label: 'pestle.clearVoting', rule: 'lead', setup: voting, run: () => ({ name: 'pestle.clearVoting', args: {} }) },
  { label: 'phase.set', rule: 'lead', run: () => ({ name: 'phase.set', args: { phaseId: 'pestle' } }) },
  { label: 'phase.setNavigation', rule: 'lead', run: () => ({ name: 'phase.setNavigation', args: { mode: 'follow' } }) },
  { label: 'phase.setLock', rule: 'lead', run: () => ({ name: 'phase.setLock', args: { phaseId: 'questions', locked: true } }) },
  {
    label: 'phase.setAttribution',
    rule: 'lead',
    run: () => ({ name: 'phase.setAttribution', args: { phaseId: 'pestle', mode: 'anonymous' } }),
  },
  { label: 'timer.start', rule: 'lead', run: () => ({ name: 'timer.start', args: { seconds: 300 } }) },
  { label: 'timer.pause', rule: 'lead', setup: () => [timer], run: () => ({ name: 'timer.pause', args: {} }) },
  {
    label: 'timer.resume',
    rule: 'lead',
    setup: () => [timer, { by: 'facilitator', name: 'timer.pause', args: {} }],
    run: () => ({ name: 'timer.resume', args: {} }),
  },
  { label: 'timer.extend', rule: 'lead', setup: () => [timer], run: () => ({ name: 'timer.extend', args: { seconds: 300 } }) },
  { label: 'timer.clear', rule: 'lead', setup: () => [timer], run: () => ({ name: 'timer.clear', args: {} }) },
  {
    label: 'member.update own line',
    rule: 'ownLine',
    run: (i) => ({ name: 'member.update', args: { id: i.self ?? 'nobody', functions: 'Jefatura' } }),
  },
  {
    label: 'member.update another’s line',
    rule: 'lead',
    run: (i) => ({ name: 'member.update', args: { id: i.other, country: 'Panamá' } }),
  },
  {
    label: 'contribution.add',
    rule: 'contribute',
    phase: 'objectives',
    run: (i) => ({ name: 'contribution.add', args: { id: i.fresh, target: 'objective', targetId: 'B.c', text: 'x' } }),
  },
  {
    label: 'contribution.edit own',
    rule: 'own',
    phase: 'objectives',
    setup: contribution('self'),
    run: (i) => ({ name: 'contribution.edit', args: { id: i.item, text: 'y' } }),
  },
  {
    label: 'contribution.edit another’s',
    rule: 'other',
    phase: 'objectives',
    setup: contribution('other'),
    run: (i) => ({ name: 'contribution.edit', args: { id: i.item, text: 'y' } }),
  },
  {
    label: 'contribution.remove own',
    rule: 'own',
    phase: 'objectives',
    setup: contribution('self'),
    run: (i) => ({ name: 'contribution.remove', args: { id: i.item } }),
  },
  {
    label: 'contribution.remove another’s',
    rule: 'other',
    phase: 'objectives',
    setup: contribution('other'),
    run: (i) => ({ name: 'contribution.remove', args: { id: i.item } }),
  },
  {
    label: 'contribution.markKey',
    rule: 'organize',
    setup: contribution('other'),
    run: (i) => ({ name: 'contribution.markKey', args: { id: i.item, key: true } }),
  },
  {
    label: 'objective.rate',
    rule: 'seatedLocked',
    phase: 'objectives',
    run: () => ({ name: 'objective.rate', args: { objectiveId: 'A.a', relevance: 3 } }),
  },
  {
    label: 'objective.highlight',
    rule: 'lead',
    run: () => ({ name: 'objective.highlight', args: { objectiveId: 'A.b', highlighted: true } }),
  },
  {
    label: 'practice.add',
    rule: 'contribute',
    phase: 'questions',
    run: (i) => ({ name: 'practice.add', args: { id: i.fresh, themeId: 'prevention', country: 'México', title: 'Campaña' } }),
  },
  {
    label: 'practice.edit own',
    rule: 'own',
    phase: 'questions',
    setup: practice('self'),
    run: (i) => ({ name: 'practice.edit', args: { id: i.item, summary: 'Resumen' } }),
  },
  {
    label: 'practice.edit another’s',
    rule: 'other',
    phase: 'questions',
    setup: practice('other'),
    run: (i) => ({ name: 'practice.edit', args: { id: i.item, summary: 'Resumen' } }),
  },
  {
    label: 'practice.remove own',
    rule: 'own',
    phase: 'questions',
    setup: practice('self'),
    run: (i) => ({ name: 'practice.remove', args: { id: i.item } }),
  },
  {
    label: 'practice.remove another’s',
    rule: 'other',
    phase: 'questions',
    setup: practice('other'),
    run: (i) => ({ name: 'practice.remove', args: { id: i.item } }),
  },
  {
    label: 'grid.setCell',
    rule: 'contribute',
    phase: 'profiles',
    run: () => ({
      name: 'grid.setCell',
      args: { profileId: 'unaccompanied-children', needId: 'shelter', note: 'Albergue especializado', priority: 'high' },
    }),
  },
  {
    label: 'referral.setStep',
    rule: 'contribute',
    phase: 'profiles',
    run: () => ({ name: 'referral.setStep', args: { profileId: 'unaccompanied-children', stepId: 'referral', institutions: 'PANI' } }),
  },
  {
    label: 'referral.setConsiderations',
    rule: 'contribute',
    phase: 'profiles',
    run: () => ({ name: 'referral.setConsiderations', args: { profileId: 'lgbti', text: 'Entrevista en privado' } }),
  },
  {
    label: 'guide.add',
    rule: 'lead',
    run: (i) => ({ name: 'guide.add', args: { list: 'need', id: `need-${i.fresh}`, text: 'Acompañamiento psicológico' } }),
  },
  { label: 'guide.edit', rule: 'lead', run: () => ({ name: 'guide.edit', args: { list: 'phase', id: 'objectives', plannedMinutes: 60 } }) },
  { label: 'guide.remove', rule: 'lead', run: () => ({ name: 'guide.remove', args: { list: 'need', id: 'food' } }) },
  { label: 'guide.move', rule: 'lead', run: () => ({ name: 'guide.move', args: { list: 'objective', id: 'B.e', toIndex: 0 } }) },
  {
    label: 'matrix.set',
    rule: 'ownWork',
    phase: 'working-matrix',
    run: () => ({ name: 'matrix.set', args: { matrixId: 'wm-4-1', field: 'commitment', text: 'Compromiso nacional' } }),
  },
  {
    label: 'matrix.setAction',
    rule: 'ownWork',
    phase: 'working-matrix',
    run: () => ({
      name: 'matrix.setAction',
      args: { matrixId: 'wm-4-2', slot: 4, text: 'Nueva acción', comment: 'Con la sociedad civil' },
    }),
  },
  {
    label: 'matrix.propose',
    rule: 'ownWork',
    phase: 'working-matrix',
    run: (i) => ({ name: 'matrix.propose', args: { matrixId: 'wm-4-1', id: i.fresh, text: 'Acción propuesta' } }),
  },
  {
    label: 'matrix.editProposal',
    rule: 'own',
    phase: 'working-matrix',
    setup: (i) => [{ by: 'self', name: 'matrix.propose', args: { matrixId: 'wm-4-1', id: i.item, text: 'Acción' } }],
    run: (i) => ({ name: 'matrix.editProposal', args: { matrixId: 'wm-4-1', id: i.item, comment: 'Plazo corto' } }),
  },
  {
    label: 'matrix.removeProposal',
    rule: 'own',
    phase: 'working-matrix',
    setup: (i) => [{ by: 'self', name: 'matrix.propose', args: { matrixId: 'wm-4-1', id: i.item, text: 'Acción' } }],
    run: (i) => ({ name: 'matrix.removeProposal', args: { matrixId: 'wm-4-1', id: i.item } }),
  },
  { label: 'final.show', rule: 'lead', run: () => ({ name: 'final.show', args: { shown: true } }) },
  {
    label: 'final.setText',
    rule: 'organize',
    run: () => ({ name: 'final.setText', args: { ...FINAL_CELL, text: 'Protocolo regional', baseRev: 0 } }),
  },
  { label: 'final.resolve', rule: 'organize', run: () => ({ name: 'final.resolve', args: { ...FINAL_CELL, text: 'Protocolo' } }) },
  { label: 'final.addAction', rule: 'organize', run: (i) => ({ name: 'final.addAction', args: { finalId: FINAL, actionId: i.fresh } }) },
  { label: 'final.removeAction', rule: 'organize', run: () => ({ name: 'final.removeAction', args: { finalId: FINAL, actionId: 'a5' } }) },
  {
    label: 'final.moveAction',
    rule: 'organize',
    run: () => ({ name: 'final.moveAction', args: { finalId: FINAL, actionId: 'a5', index: 0 } }),
  },
  {
    label: 'final.setScheme',
    rule: 'organize',
    run: () => ({ name: 'final.setScheme', args: { finalId: FINAL, actionId: 'a1', scope: ['national'], timeframe: 'short' } }),
  },
  {
    label: 'final.promote',
    rule: 'organize',
    setup: () => [{ by: 'other', name: 'matrix.set', args: { matrixId: 'wm-4-1', field: 'commitment', text: 'Compromiso de Ben' } }],
    run: (i) => ({
      name: 'final.promote',
      args: {
        finalId: FINAL,
        source: { memberId: i.other, matrixId: 'wm-4-1', part: { field: 'commitment' } },
        target: { kind: 'new', actionId: i.fresh },
      },
    }),
  },
  {
    label: 'final.link',
    rule: 'organize',
    run: () => ({ name: 'final.link', args: { finalId: FINAL, actionId: 'a1', ref: { kind: 'profile', id: 'lgbti' }, linked: true } }),
  },
  { label: 'final.openVoting', rule: 'lead', run: () => ({ name: 'final.openVoting', args: { finalId: FINAL, dots: 3 } }) },
  {
    label: 'final.vote',
    rule: 'seatedLocked',
    phase: 'final-matrix',
    setup: () => [finalCandidate, finalVoting],
    run: () => ({ name: 'final.vote', args: { finalId: FINAL, actionId: 'a2', dots: 2 } }),
  },
  {
    label: 'final.revealVotes',
    rule: 'lead',
    setup: () => [finalVoting],
    run: () => ({ name: 'final.revealVotes', args: { finalId: FINAL } }),
  },
  {
    label: 'final.clearVoting',
    rule: 'lead',
    setup: () => [finalVoting],
    run: () => ({ name: 'final.clearVoting', args: { finalId: FINAL } }),
  },
  { label: 'plenary.present', rule: 'lead', room: 'plenary', run: (i) => ({ name: 'plenary.present', args: { groupId: i.group } }) },
  {
    label: 'plenary.comment',
    rule: 'contribute',
    phase: 'plenary',
    room: 'plenary',
    run: (i) => ({ name: 'plenary.comment', args: { id: i.fresh, ...presented(i), text: 'Incluir a la niñez' } }),
  },
  {
    label: 'plenary.removeComment own comment',
    rule: 'own',
    phase: 'plenary',
    room: 'plenary',
    setup: plenaryComment('self'),
    run: (i) => ({ name: 'plenary.removeComment', args: { id: i.item } }),
  },
  {
    label: 'plenary.removeComment another’s comment',
    rule: 'otherAnyLock',
    room: 'plenary',
    setup: plenaryComment('other'),
    run: (i) => ({ name: 'plenary.removeComment', args: { id: i.item } }),
  },
  {
    label: 'plenary.setAdoption',
    rule: 'organize',
    room: 'plenary',
    run: (i) => ({ name: 'plenary.setAdoption', args: { ...presented(i), status: 'adopted' } }),
  },
];

const ROLE_ORDER: Role[] = ['facilitator', 'rapporteur', 'participant', 'observer'];

/**
 * The answer a rule gives to a role, open or locked; undefined: no such row (observers own
 * nothing). A participant in a locked phase gets board_locked on the PESTLE (its board mode)
 * and phase_locked elsewhere.
 */
function answer(rule: Rule, role: Role, lock: Lock, phase: PhaseKind | undefined): Expected | undefined {
  const lockCode = phase === 'pestle' ? 'board_locked' : 'phase_locked';
  const participantWrites = lock === 'open' ? true : lockCode;
  switch (rule) {
    case 'lead':
      return role === 'facilitator' ? true : 'forbidden';
    case 'organize':
      return role === 'facilitator' || role === 'rapporteur' ? true : 'forbidden';
    case 'contribute':
      return role === 'observer' ? 'forbidden' : role === 'participant' ? participantWrites : true;
    case 'ownWork':
      return role === 'observer' ? 'forbidden' : role === 'participant' ? participantWrites : true;
    case 'own':
    case 'ownLine':
      return role === 'observer' ? undefined : role === 'participant' && rule === 'own' ? participantWrites : true;
    case 'other':
      if (role === 'facilitator') return true;
      if (role === 'observer') return 'forbidden';
      return role === 'participant' && lock === 'locked' ? lockCode : 'not_author';
    case 'otherAnyLock':
      return role === 'facilitator' ? true : role === 'observer' ? 'forbidden' : 'not_author';
    case 'organizeOther':
      if (role === 'facilitator' || role === 'rapporteur') return true;
      if (role === 'observer') return 'forbidden';
      return lock === 'locked' ? lockCode : 'not_author';
    case 'seated':
      // A vote the facilitator opened is open to every seat, whatever the board's lock.
      return role === 'observer' ? 'forbidden' : true;
    case 'seatedLocked':
      return role === 'observer' ? 'forbidden' : role === 'participant' ? participantWrites : true;
  }
  return undefined;
}

export type TableRow = [label: string, role: Role, lock: Lock, expected: Expected];

export const ROLE_TABLE: TableRow[] = ACTIONS.flatMap((spec) =>
  (spec.phase ? (['open', 'locked'] as Lock[]) : (['open'] as Lock[])).flatMap((lock) =>
    ROLE_ORDER.flatMap((role): TableRow[] => {
      const expected = answer(spec.rule, role, lock, spec.phase);
      return expected === undefined ? [] : [[spec.label, role, lock, expected]];
    }),
  ),
);

export function actionSpec(label: string): ActionSpec {
  const spec = ACTIONS.find((a) => a.label === label);
  if (!spec) throw new Error(`no action ${label}`);
  return spec;
}

/** Everything a row does: setup steps (board open), the lock if the row is locked, then the row's mutation. */
export function rowPlan(
  label: string,
  lock: Lock,
  ids: RowIds,
): { steps: Step[]; mutation: { name: string; args: unknown }; room: 'group' | 'plenary' } {
  const spec = actionSpec(label);
  const steps = spec.setup?.(ids) ?? [];
  const phaseId = spec.phase; // the group 4 template names each phase after its kind
  if (lock === 'locked' && phaseId) steps.push({ by: 'facilitator', name: 'phase.setLock', args: { phaseId, locked: true } });
  return { steps, mutation: spec.run(ids), room: spec.room ?? 'group' };
}

/** The table as it appears in docs/api.md. */
export function roleTableMarkdown(): string {
  const cell = (e: Expected | undefined) => (e === undefined ? '—' : e === true ? '✓' : `\`${e}\``);
  const lines = ['| mutation | phase lock | facilitator | rapporteur | participant | observer (projector) |', '|---|---|---|---|---|---|'];
  for (const spec of ACTIONS) {
    for (const lock of spec.phase ? (['open', 'locked'] as Lock[]) : (['open'] as Lock[])) {
      const answers = ROLE_ORDER.map((role) => cell(answer(spec.rule, role, lock, spec.phase)));
      const lockCell = spec.phase ? `${spec.phase} ${lock}` : 'any';
      lines.push(
        `| \`${spec.label.split(' ')[0]}\`${spec.label.includes(' ') ? ` ${spec.label.slice(spec.label.indexOf(' ') + 1)}` : ''} | ${lockCell} | ${answers.join(' | ')} |`,
      );
    }
  }
  return lines.join('\n');
}
