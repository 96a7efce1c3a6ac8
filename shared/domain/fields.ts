import { z } from 'zod';
import {
  ATTRIBUTION_MODES,
  CONTRIBUTION_TARGETS,
  LIMITS,
  NAVIGATION_MODES,
  PESTLE_CATEGORIES,
  PESTLE_KINDS,
  PESTLE_MODES,
  PRIORITIES,
  SECTORS,
} from './constants.js';

// Control characters other than tab and newline never carry meaning in a workshop text and
// break documents later; strip them on the way in.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A trimmed, non-empty, cleaned text of at most `max` characters. */
export function text(max: number) {
  return z
    .string()
    .transform((s) => s.replace(CONTROL_CHARS, '').trim())
    .pipe(z.string().min(1).max(max));
}

/** Like `text` but may be empty (optional profile fields). */
export function optionalText(max: number) {
  return z
    .string()
    .transform((s) => s.replace(CONTROL_CHARS, '').trim())
    .pipe(z.string().max(max));
}

/** Client-made ids: UUIDs, so two devices offline never pick the same one. */
export const clientUuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a UUID');

export const memberId = z.string().min(1).max(64);
export const phaseId = z.string().min(1).max(64);
export const pestleCategory = z.enum(PESTLE_CATEGORIES);
export const pestleKind = z.enum(PESTLE_KINDS);
export const pestleMode = z.enum(PESTLE_MODES);
export const navigationMode = z.enum(NAVIGATION_MODES);
export const sector = z.enum(SECTORS);
export const pestleText = text(LIMITS.pestleText);
export const attributionMode = z.enum(ATTRIBUTION_MODES);
export const contributionTarget = z.enum(CONTRIBUTION_TARGETS);
export const priority = z.enum(PRIORITIES);
/** Ids of the guide's content (objectives, questions, profiles…), as the template schema allows them. */
export const guideId = z.string().min(1).max(64);
/** Impact or likelihood: 1 to LIMITS.ratingScale, or null to clear it. */
export const rating = z.number().int().min(1).max(LIMITS.ratingScale).nullable();
export const relevance = z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable();
/** What the reducer records about who wrote a contribution, decided by the server when it is made. */
export const byline = z.strictObject({ institution: z.string(), country: z.string() });

/** A timer length or extension in whole seconds, 1 s to LIMITS.timerSeconds. */
export const timerSeconds = z.number().int().min(1).max(LIMITS.timerSeconds);

/** A member's own line of the roster, as they complete or correct it: any of the fields, at least one. */
export const memberChanges = {
  name: text(LIMITS.participantName).optional(),
  institution: text(LIMITS.institution).optional(),
  country: text(LIMITS.country).optional(),
  sector: z.union([sector, z.literal('')]).optional(),
  functions: optionalText(LIMITS.memberFunctions).optional(),
};
