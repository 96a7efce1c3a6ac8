import type { Language } from '../../shared/domain/constants.js';
import { own } from '../../shared/domain/decision.js';
import { gridKey, type WorkshopState } from '../../shared/domain/state.js';
import { localize } from '../../shared/template/schema.js';
import { type Block, heading, paragraph, table } from './document.js';
import type { Labels } from './labels.js';

/**
 * The profiles × needs grid (a note and a priority per cell), then each profile's referral
 * route: the institutions at each step and the special considerations. The cells are the
 * room's, not a person's (shared/domain/profiles.ts), so nothing here is signed.
 */
export function profileBlocks(state: WorkshopState, l: Labels, lang: Language): Block[] {
  const { profiles, needs, referralSteps } = state.template;
  const ui = l.ui.profilesUi;
  if (profiles.length === 0) return [heading(1, l.report.profiles), paragraph(l.report.noProfiles, true)];

  const cell = (profileId: string, needId: string) => {
    const c = own(state.grid, gridKey(profileId, needId));
    if (!c) return '';
    const priority = c.priority ? ui.priority[c.priority] : '';
    return c.note && priority ? `${c.note} (${priority})` : c.note || priority;
  };
  const grid =
    needs.length === 0
      ? []
      : [
          heading(2, ui.grid.heading),
          table(
            [ui.grid.profile, ...needs.map((n) => localize(n.label, lang))],
            profiles.map((p) => [localize(p.label, lang), ...needs.map((n) => cell(p.id, n.id))]),
            [2, ...needs.map(() => 1)],
          ),
        ];

  const routes = profiles.flatMap((p) => {
    const route = own(state.referrals, p.id);
    const steps = referralSteps.map((s, i) => [`${i + 1}. ${localize(s.label, lang)}`, own(route?.steps ?? {}, s.id) ?? '']);
    const recorded = steps.some(([, institutions]) => institutions) || Boolean(route?.considerations);
    return [
      heading(2, l.format(ui.referral.routeLabel, { profile: localize(p.label, lang) })),
      ...(!recorded
        ? [paragraph(l.report.noRoute, true)]
        : [
            ...(steps.length ? [table([l.report.step, ui.referral.institutions], steps, [1, 3])] : []),
            ...(route?.considerations ? [paragraph(l.format(l.report.considerations, { text: route.considerations }))] : []),
          ]),
    ];
  });

  return [heading(1, l.report.profiles), ...grid, ...routes];
}
