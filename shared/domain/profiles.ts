import { z } from 'zod';
import { LIMITS } from './constants.js';
import { type Decided, own, refusal, refuse } from './decision.js';
import type { NewEvent } from './events.js';
import { guideId, optionalText, priority } from './fields.js';
import { contributeDenied } from './phase-rules.js';
import { type Actor, gridKey, type ReferralRoute, type WorkshopState } from './state.js';

/**
 * The guide's profile questions as two shared worksheets: a grid of vulnerability profiles ×
 * needs (a short note and a priority per cell) and, per profile, a referral route (the
 * institutions at each step, and special considerations). Cells are the room's, not a person's:
 * the last write wins and nobody is named.
 */
export const profileArgs = {
  'grid.setCell': z
    .strictObject({
      profileId: guideId,
      needId: guideId,
      note: optionalText(LIMITS.cellNote).optional(),
      priority: priority.nullable().optional(),
    })
    .refine((a) => a.note !== undefined || a.priority !== undefined, { message: 'nothing to change' }),
  'referral.setStep': z.strictObject({
    profileId: guideId,
    stepId: guideId,
    institutions: optionalText(LIMITS.referralInstitutions),
  }),
  'referral.setConsiderations': z.strictObject({ profileId: guideId, text: optionalText(LIMITS.referralConsiderations) }),
} as const;

type ProfileName = keyof typeof profileArgs;
type ProfileMutation = { [N in ProfileName]: { name: N; args: z.output<(typeof profileArgs)[N]> } }[ProfileName];

const hasProfile = (state: WorkshopState, id: string) => state.template.profiles.some((p) => p.id === id);

export function decideProfile(state: WorkshopState, actor: Actor, mutation: ProfileMutation): Decided {
  const denied = contributeDenied(state, actor, 'profiles');
  if (denied) return refusal(denied);
  if (!hasProfile(state, mutation.args.profileId)) return refuse('target_missing');
  switch (mutation.name) {
    case 'grid.setCell':
      if (!state.template.needs.some((n) => n.id === mutation.args.needId)) return refuse('target_missing');
      return { ok: true, type: 'grid.cellSet', data: mutation.args };
    case 'referral.setStep':
      if (!state.template.referralSteps.some((s) => s.id === mutation.args.stepId)) return refuse('target_missing');
      return { ok: true, type: 'referral.stepSet', data: mutation.args };
    case 'referral.setConsiderations':
      return { ok: true, type: 'referral.considerationsSet', data: mutation.args };
  }
}

type ProfileEvent = Extract<NewEvent, { type: `grid.${string}` | `referral.${string}` }>;

const EMPTY_ROUTE: ReferralRoute = { steps: {}, considerations: '' };

export function applyProfile(state: WorkshopState, event: ProfileEvent): WorkshopState {
  switch (event.type) {
    case 'grid.cellSet': {
      const key = gridKey(event.data.profileId, event.data.needId);
      const cell = own(state.grid, key) ?? { note: '', priority: null, updatedAt: event.at };
      const next = {
        note: event.data.note ?? cell.note,
        priority: event.data.priority === undefined ? cell.priority : event.data.priority,
        updatedAt: event.at,
      };
      return { ...state, grid: { ...state.grid, [key]: next } };
    }
    case 'referral.stepSet': {
      const route = own(state.referrals, event.data.profileId) ?? EMPTY_ROUTE;
      const steps = { ...route.steps, [event.data.stepId]: event.data.institutions };
      return { ...state, referrals: { ...state.referrals, [event.data.profileId]: { ...route, steps } } };
    }
    case 'referral.considerationsSet': {
      const route = own(state.referrals, event.data.profileId) ?? EMPTY_ROUTE;
      return { ...state, referrals: { ...state.referrals, [event.data.profileId]: { ...route, considerations: event.data.text } } };
    }
  }
}
