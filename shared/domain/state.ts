import type { Template } from '../template/schema.js';
import type { Language, NavigationMode, PestleCategory, PestleKind, PestleMode, Role, Sector } from './constants.js';

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

export interface PestleItem {
  id: string;
  category: PestleCategory;
  kind: PestleKind;
  text: string;
  authorId: string;
  createdAt: number;
  updatedAt: number;
}

export interface PestleBoard {
  mode: PestleMode;
  items: Record<string, PestleItem>;
  /** Item ids in the order they were added; the board groups them by category. */
  order: string[];
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
