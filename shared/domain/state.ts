import type { Template } from '../template/schema.js';
import type { Ballots, DotVoting } from './dot-vote.js';
import type { FinalMatrix } from './final-matrices.js';
import type { PlenaryState, RoomKind } from './plenary.js';
import type {
  AttributionMode,
  ContributionTarget,
  Language,
  NavigationMode,
  PestleCategory,
  PestleKind,
  PestleMode,
  Priority,
  Relevance,
  Role,
  Sector,
} from './constants.js';

/** A person with a seat in the workshop: facilitator, rapporteur or participant. */
export interface Member {
  id: string;
  role: Exclude<Role, 'observer'>;
  name: string;
  institution: string;
  country: string;
  sector: Sector | '';
  /** Their functions in their institution; completed by the member in the preliminary activity. */
  functions: string;
  joinedAt: number;
}

/** Institution and country of an author, recorded when a contribution is made under "institution" attribution. */
export interface Byline {
  institution: string;
  country: string;
}

/**
 * Who wrote something, as far as the viewer may know. `authorId` is '' when the viewer may not
 * see it (views.ts); `attribution` is the phase's mode when it was written, and a later, more
 * open mode never reveals more than that.
 */
export interface Authored {
  authorId: string;
  attribution: AttributionMode;
  byline?: Byline;
}

/** An item folded into another as a duplicate; kept so nothing anyone wrote disappears. */
export interface MergedPestleItem extends Authored {
  id: string;
  category: PestleCategory;
  kind: PestleKind;
  text: string;
}

export interface PestleItem extends Authored {
  id: string;
  category: PestleCategory;
  kind: PestleKind;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** The room's assessment, 1..LIMITS.ratingScale; null until someone sets it. */
  impact: number | null;
  likelihood: number | null;
  clusterId: string | null;
  /** Duplicates merged into this item, oldest first. */
  merged: MergedPestleItem[];
}

/** A labelled group of similar items within one category. */
export interface PestleCluster {
  id: string;
  category: PestleCategory;
  label: string;
}

/** A dot vote over the board's items (dot-vote.ts). */
export type PestleVoting = DotVoting;

export interface PestleBoard {
  mode: PestleMode;
  items: Record<string, PestleItem>;
  /** Item ids in the order they were added; the board groups them by category. */
  order: string[];
  clusters: Record<string, PestleCluster>;
  clusterOrder: string[];
  voting: PestleVoting | null;
  ballots: Ballots;
}

/** A comment on a proposed objective or a contribution to a guiding question. */
export interface Contribution extends Authored {
  id: string;
  target: ContributionTarget;
  targetId: string;
  text: string;
  /** Marked by the facilitator or rapporteur as a key point of the discussion. */
  key: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A good-practice presentation recorded for a theme of the guiding questions. */
export interface GoodPractice {
  id: string;
  themeId: string;
  country: string;
  title: string;
  summary: string;
  presenter: string;
  /** Who recorded it (not who presented it: that is `presenter`). */
  recordedBy: string;
  createdAt: number;
}

/** The room's reading of the proposed objectives. */
export interface ObjectiveInputs {
  /** Objectives the facilitator highlighted as taken forward. */
  highlighted: Record<string, true>;
  /** How many members marked each relevance level, per objective: [low, medium, high]. */
  relevance: Record<string, [number, number, number]>;
  /** Each member's own marks. A view holds only the viewer's own (views.ts). */
  ratings: Record<string, Record<string, Relevance>>;
}

/** A cell of the profiles × needs grid. */
export interface GridCell {
  note: string;
  priority: Priority | null;
  updatedAt: number;
}

/** An action a participant adds to their working matrix beyond the guide's slots. */
export interface ProposedAction {
  id: string;
  text: string;
  comment: string;
}

/** One participant's working matrix for one objective (shared/domain/working-matrices.ts). */
export interface WorkingMatrix {
  commitment: string;
  notes: string;
  /** Per action slot ("1".."n"): the action's text as the participant has it, and their comment. */
  actions: Record<string, { text: string; comment: string }>;
  proposals: ProposedAction[];
  updatedAt: number;
}

/** The referral route of one vulnerability profile: institutions per step, and special considerations. */
export interface ReferralRoute {
  steps: Record<string, string>;
  considerations: string;
}

/**
 * The phase timer everyone sees. Times are the server's (event `at`), so every device shows
 * the same remaining time once it knows its offset from the server clock (the welcome's `now`).
 */
export interface PhaseTimer {
  /** Planned length, ms (set at start, grown by extensions). */
  durationMs: number;
  /** Time already run before `runningSince`, ms. */
  elapsedMs: number;
  /** Server time it last started running; null while paused. */
  runningSince: number | null;
}

/** The state of a workshop: a pure fold of its event log (see reducer.ts). */
export interface WorkshopState {
  id: string;
  title: string;
  language: Language;
  templateId: string;
  /** A copy of the template taken at creation, so later template edits never change a recorded workshop. */
  template: Template;
  createdAt: number;
  currentPhaseId: string;
  /** "follow": participants see only the room's phase; "free": they may look at any. */
  navigation: NavigationMode;
  members: Record<string, Member>;
  memberOrder: string[];
  pestle: PestleBoard;
  /** Null when no timer is set. */
  timer: PhaseTimer | null;
  /** Phases whose input is locked for participants (the PESTLE's lock is `pestle.mode`). */
  locks: Record<string, true>;
  /** How each phase's contributions are shown to others; absent means by name. */
  attribution: Record<string, AttributionMode>;
  contributions: Record<string, Contribution>;
  contributionOrder: string[];
  practices: Record<string, GoodPractice>;
  practiceOrder: string[];
  objectives: ObjectiveInputs;
  /** Cells of the profiles × needs grid, keyed `profileId|needId`. */
  grid: Record<string, GridCell>;
  referrals: Record<string, ReferralRoute>;
  /** Working matrices per member, per matrix id. A participant's view holds only their own (views.ts). */
  workingMatrices: Record<string, Record<string, WorkingMatrix>>;
  /** The group's final matrices, per required matrix id; absent until first touched (final-matrices.ts). */
  finals: Record<string, FinalMatrix>;
  /** The facilitator is showing the empty final-matrix format to the room: the expected result. */
  finalShown: boolean;
  /** How many times this group sent its final matrices to the plenary, and when last; 0 and null before. */
  finalSentVersion: number;
  finalSentAt: number | null;
  /** A group's room, or the plenary hosting the groups of a workshop. */
  kind: RoomKind;
  /** A group's plenary (null for a room on its own or a plenary), and its name there. */
  plenaryId: string | null;
  groupName: string;
  /** In a plenary: the groups, what they sent, comments and adoption (plenary.ts). */
  plenary: PlenaryState;
}

/** Who is acting, as decided by the server from the token. */
export interface Actor {
  role: Role;
  /** Absent for the projector (observer), which has no seat. */
  memberId: string | null;
}

/** Milliseconds left on a timer at server time `serverNow` (negative once overrun). */
export function timerRemainingMs(timer: PhaseTimer, serverNow: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, serverNow - timer.runningSince);
  return timer.durationMs - timer.elapsedMs - running;
}

/** The key of a profiles × needs cell ("|" cannot appear in a guide id). */
export const gridKey = (profileId: string, needId: string) => `${profileId}|${needId}`;
