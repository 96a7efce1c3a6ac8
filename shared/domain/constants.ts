/** Vocabulary and limits of the domain. Limits are documented in docs/api.md; keep them in sync. */

export const ROLES = ['facilitator', 'rapporteur', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** The six PESTLE categories, in the guide's order (Político, Económico, Social, Tecnológico, Legal, Ambiental). */
export const PESTLE_CATEGORIES = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
export type PestleCategory = (typeof PESTLE_CATEGORIES)[number];

/** What the guide asks for in each category. */
export const PESTLE_KINDS = ['state', 'challenge', 'advance', 'opportunity', 'disadvantage'] as const;
export type PestleKind = (typeof PESTLE_KINDS)[number];

/** "open": everyone but observers writes; "facilitator": the moderator records what the room says. */
export const PESTLE_MODES = ['open', 'facilitator'] as const;
export type PestleMode = (typeof PESTLE_MODES)[number];

/** Sectors the CRM workshops draw participants from (DOMAIN.md); "other" keeps anyone in. */
export const SECTORS = [
  'migration',
  'foreign_affairs',
  'civil_society',
  'regional_coalition',
  'international_org',
  'police',
  'child_protection',
  'womens_institution',
  'ombudsman',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const LANGUAGES = ['es', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How participants move between phases: on their own, or held on the room's phase by the facilitator. */
export const NAVIGATION_MODES = ['free', 'follow'] as const;
export type NavigationMode = (typeof NAVIGATION_MODES)[number];

/**
 * How a phase's contributions are shown to others: by name, by institution and country, or not
 * at all. Only the author ever sees their own authorship in the last two (docs/api.md, "Attribution").
 */
export const ATTRIBUTION_MODES = ['name', 'institution', 'anonymous'] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];

/** How relevant a proposed objective is for the region, as each participant marks it. */
export const RELEVANCE_LEVELS = [1, 2, 3] as const;
export type Relevance = (typeof RELEVANCE_LEVELS)[number];

/** Priority of a need for a vulnerability profile (the profiles × needs grid). */
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What a contribution comments on: a proposed objective or a guiding question. */
export const CONTRIBUTION_TARGETS = ['objective', 'question'] as const;
export type ContributionTarget = (typeof CONTRIBUTION_TARGETS)[number];

export const LIMITS = {
  pestleText: 500,
  pestleItemsPerWorkshop: 2000,
  workshopTitle: 200,
  participantName: 100,
  institution: 150,
  country: 80,
  /** What a member does in their institution (the roster's "functions" column). */
  memberFunctions: 300,
  participantsPerWorkshop: 500,
  /** Largest WebSocket frame or HTTP body Mesa reads, in bytes. */
  messageBytes: 64 * 1024,
  /** A template file uploaded for import (the group 4 guide is ~70 KB). */
  templateBytes: 1024 * 1024,
  /** Frames above this are not even buffered: the socket is closed with 1009. */
  hardFrameBytes: 1024 * 1024,
  clientIdLength: 64,
  /**
   * Mutations per second per connection (token bucket refill) and the burst allowed. Over the
   * rate, mutations wait in order (never rejected: a rejected edit re-sent later would land
   * after a newer one); more than `mutationBacklog` waiting closes the connection.
   */
  mutationsPerSecond: 50,
  mutationBurst: 200,
  mutationBacklog: 1000,
  /** A phase timer runs for at most this many seconds (8 h, a whole day's session). */
  timerSeconds: 8 * 60 * 60,
  /** A PESTLE cluster's label, and how many clusters a board holds. */
  clusterLabel: 100,
  clustersPerWorkshop: 200,
  /** Dots per participant in a PESTLE vote. */
  votingDots: 20,
  /** Impact and likelihood of a PESTLE item, 1 (lowest) to this. */
  ratingScale: 5,
  /** A comment on an objective or a contribution to a guiding question. */
  contributionText: 1000,
  contributionsPerWorkshop: 5000,
  practiceTitle: 200,
  practiceSummary: 2000,
  practicePresenter: 150,
  practicesPerWorkshop: 200,
  /** A note in a cell of the profiles × needs grid. */
  cellNote: 300,
  /** Institutions at one step of a referral route. */
  referralInstitutions: 500,
  referralConsiderations: 1000,
  /** A text of the guide edited in prepare mode (a phase title, an objective, a question…), and an objective's label. */
  guideText: 2000,
  guideLabel: 8,
  /** Any text of a working matrix (commitment, an action, a comment, notes, a proposal). */
  matrixText: 2000,
  proposalsPerMatrix: 20,
  /** Actions of a final matrix (the guide's five, and candidates beyond them). */
  finalActions: 20,
  /** Links from one element of a final matrix to the PESTLE items, objectives, profiles and contributions it answers. */
  linksPerElement: 50,
  /** Groups of a workshop with a plenary, and a group's name. */
  groupsPerWorkshop: 20,
  groupName: 100,
} as const;
