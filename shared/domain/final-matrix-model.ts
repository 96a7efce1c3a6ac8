import { type LocalizedText, localize, type Template } from '../template/schema.js';
import { own } from './decision.js';
import type { Ballots, DotVoting } from './dot-vote.js';
import type { Authored, WorkshopState } from './state.js';
import { matrixOf, workingMatrixOutlines } from './working-matrices.js';

/**
 * The group's final matrices (section 5 of the guide): one per objective the group must
 * answer — objective, commitment or scope, actions 1..N — with each action's scheme from the
 * guide's reflection questions, and where every text came from.
 */

export const ACTION_SCOPES = ['local', 'national', 'regional'] as const;
export type ActionScope = (typeof ACTION_SCOPES)[number];
export const TIME_FRAMES = ['short', 'medium', 'long'] as const;
export type TimeFrame = (typeof TIME_FRAMES)[number];

/** The written fields of an action: the action itself, then the scheme's questions. */
export const ACTION_TEXT_FIELDS = ['text', 'populations', 'institutions', 'evaluation', 'coordination', 'indicators'] as const;
export type ActionTextField = (typeof ACTION_TEXT_FIELDS)[number];

/**
 * A text two people may edit at once. `rev` counts writes; a write based on an older rev by
 * someone other than the last writer is kept beside the text as an alternative, never lost,
 * until an editor chooses (final.resolve).
 */
export interface TextCell {
  text: string;
  rev: number;
  /** Member who wrote the current text ('' before anyone did). */
  by: string;
  /** Conflicting versions, one per member who wrote one. */
  alternatives: Record<string, { text: string; at: number }>;
}

/** Which part of a participant's working matrix a text was promoted from. */
export type WorkingPart =
  | { field: 'commitment' | 'notes' }
  | { field: 'action' | 'comment'; slot: number }
  | { field: 'proposal' | 'proposalComment'; proposalId: string };

/** A participant's text taken into the final matrix: who (as the attribution allows), from where, and the words taken. */
export interface WorkingSource extends Authored {
  matrixId: string;
  part: WorkingPart;
  text: string;
  at: number;
}

export const LINK_KINDS = ['pestle', 'objective', 'profile', 'contribution'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** What an element answers: a PESTLE item, a proposed objective, a vulnerability profile, a contribution. */
export interface LinkRef {
  kind: LinkKind;
  id: string;
}

export interface FinalAction {
  id: string;
  cells: Partial<Record<ActionTextField, TextCell>>;
  scope: ActionScope[];
  timeframe: TimeFrame | null;
  sources: WorkingSource[];
  links: LinkRef[];
}

export interface FinalMatrix {
  commitment: TextCell;
  commitmentSources: WorkingSource[];
  /** What the matrix as a whole answers. */
  links: LinkRef[];
  actions: Record<string, FinalAction>;
  actionOrder: string[];
  /** A dot vote on candidate actions, for when there are more than fit. */
  voting: DotVoting | null;
  ballots: Ballots;
}

export const EMPTY_CELL: TextCell = { text: '', rev: 0, by: '', alternatives: {} };

export const emptyAction = (id: string): FinalAction => ({ id, cells: {}, scope: [], timeframe: null, sources: [], links: [] });

/** The ids of the default action slots: stable, so two devices add to the same slot 1. */
export const slotActionId = (n: number) => `a${n}`;

/** The final matrix as it stands: until first touched, the guide's format with its empty action slots. */
export function finalOf(state: WorkshopState, finalId: string): FinalMatrix {
  const stored = own(state.finals, finalId);
  if (stored) return stored;
  const ids = Array.from({ length: state.template.matrices.final.actionSlots }, (_, i) => slotActionId(i + 1));
  return {
    commitment: EMPTY_CELL,
    commitmentSources: [],
    links: [],
    actions: Object.fromEntries(ids.map((id) => [id, emptyAction(id)])),
    actionOrder: ids,
    voting: null,
    ballots: {},
  };
}

export const cellOf = (action: FinalAction, field: ActionTextField): TextCell => action.cells[field] ?? EMPTY_CELL;

/** The final matrix a working matrix feeds: its pre-fill's, or the one of the same id. */
export function finalIdOfWorking(t: Template, workingId: string): string | undefined {
  const prefill = t.matrices.prefills.find((p) => p.id === workingId);
  const id = prefill ? (prefill.finalMatrixId ?? t.matrices.final.required[t.matrices.prefills.indexOf(prefill)]?.id) : workingId;
  return t.matrices.final.required.some((r) => r.id === id) ? id : undefined;
}

/** The working matrices that feed a final matrix. */
export function workingIdsOfFinal(t: Template, finalId: string): string[] {
  return workingMatrixOutlines(t)
    .map((o) => o.id)
    .filter((id) => finalIdOfWorking(t, id) === finalId);
}

const pick = (own: string | undefined, guide: LocalizedText | undefined, lang: string) =>
  own !== undefined && own !== '' ? own : localize(guide, lang);

/** The text of one part of a member's working matrix, as they have it (a pre-filled action they kept reads as the guide's). */
export function workingText(state: WorkshopState, memberId: string, matrixId: string, part: WorkingPart): string {
  const outline = workingMatrixOutlines(state.template).find((o) => o.id === matrixId);
  if (!outline) return '';
  const matrix = matrixOf(state, memberId, matrixId);
  switch (part.field) {
    case 'commitment':
      return pick(matrix.commitment, outline.commitment, state.language);
    case 'notes':
      return matrix.notes;
    case 'action':
      return pick(own(matrix.actions, String(part.slot))?.text, outline.actions[part.slot - 1]?.text, state.language);
    case 'comment':
      return own(matrix.actions, String(part.slot))?.comment ?? '';
    case 'proposal':
      return matrix.proposals.find((p) => p.id === part.proposalId)?.text ?? '';
    case 'proposalComment':
      return matrix.proposals.find((p) => p.id === part.proposalId)?.comment ?? '';
  }
}

/** Does the thing a link points at exist in this workshop? */
export function linkTargetExists(state: WorkshopState, ref: LinkRef): boolean {
  switch (ref.kind) {
    case 'pestle':
      return own(state.pestle.items, ref.id) !== undefined;
    case 'contribution':
      return own(state.contributions, ref.id) !== undefined;
    case 'profile':
      return state.template.profiles.some((p) => p.id === ref.id);
    case 'objective':
      return state.template.objectives.groups.some((g) => g.id === ref.id || g.objectives.some((o) => o.id === ref.id));
  }
}
