import type { Language } from '../../shared/domain/constants.js';
import type { WorkshopState } from '../../shared/domain/state.js';
import { localize } from '../../shared/template/schema.js';
import { type Doc, heading } from './document.js';
import { finalMatrixBlocks } from './final-matrices-doc.js';
import { labels } from './labels.js';
import { workshopTitle } from './workshop-title.js';
import { objectiveBlocks, questionBlocks } from './report-inputs.js';
import { participantBlocks } from './report-participants.js';
import { pestleBlocks, pestleDataSheet } from './report-pestle.js';
import { profileBlocks } from './report-profiles.js';
import { workingBlocks } from './report-working.js';

/**
 * The group session report: the whole session of one group in one document — who took part,
 * the PESTLE, the objectives and guiding questions, the profiles and referral routes, the
 * working matrices in summary and the final matrices. Each section opens with the only
 * level-1 heading it has, so the Excel renderer gives each section its own sheet.
 *
 * `state` must already be the exporter's view (viewState): what they may not know about an
 * author is blanked there, and the sections only decide how to sign what is left.
 */
export function reportDoc(state: WorkshopState, lang: Language, now = Date.now()): Doc {
  const l = labels(lang);
  const group = state.groupName || localize(state.template.group, lang);
  return {
    title: l.report.title,
    subtitle: [
      workshopTitle(state),
      l.format(l.group, { group }),
      l.format(l.report.workshopDate, { date: l.date(state.createdAt) }),
      l.format(l.generated, { date: l.date(now) }),
    ],
    blocks: [
      ...participantBlocks(state, l),
      ...pestleBlocks(state, l),
      ...objectiveBlocks(state, l, lang),
      ...questionBlocks(state, l, lang),
      ...profileBlocks(state, l, lang),
      ...workingBlocks(state, l, lang),
      heading(1, l.finalMatrices),
      ...finalMatrixBlocks(state, lang, 2),
    ],
    dataSheets: [pestleDataSheet(state, l)],
  };
}
