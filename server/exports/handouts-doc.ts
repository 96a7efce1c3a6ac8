import type { Language } from '../../shared/domain/constants.js';
import type { WorkshopState } from '../../shared/domain/state.js';
import { workingMatrixOutlines } from '../../shared/domain/working-matrices.js';
import { localize } from '../../shared/template/schema.js';
import { type Block, type Doc, heading, paragraph, table } from './document.js';
import { labels } from './labels.js';
import { workshopTitle } from './workshop-title.js';

/** Empty rows a participant gets to propose actions of their own, on paper as on screen. */
const PROPOSAL_ROWS = 3;

/**
 * The working matrices to print, as the guide's Annex I hands them out: one page per objective,
 * Field | Content | Participant's notes, pre-filled with the guide's objective, commitment,
 * actions and comment hints — open slots numbered and empty — and room to write in every row.
 * Blank for anyone: the room's own entries live in the report, not on the handout.
 */
export function handoutsDoc(state: WorkshopState, lang: Language): Doc {
  const l = labels(lang);
  const { title, fields } = state.template.matrices.working;
  const text = (t: Parameters<typeof localize>[0]) => localize(t, lang);
  const blocks: Block[] = workingMatrixOutlines(state.template).flatMap((outline, index) => {
    const prefill = state.template.matrices.prefills.find((p) => p.id === outline.id);
    const objectiveLabel = outline.number ? `${text(fields.objective)} ${outline.number}:` : `${text(fields.objective)}:`;
    const actions = outline.actions.map((a, i) => {
      const hints = a.commentHints.map((h) => `- ${text(h)}`);
      const slot = [`${i + 1}. ${text(a.text)}`.trimEnd(), '', `${text(fields.comments)}:`, ...hints].join('\n');
      return [i === 0 ? text(fields.actions) : '', slot, ''];
    });
    return [
      heading(1, prefill ? text(prefill.title) : `${text(title)} (${index + 1})`),
      paragraph(l.handwrittenSeat),
      table(
        [l.field, l.content, text(fields.participantNotes)],
        [[objectiveLabel, text(outline.objective), ''], [text(fields.commitment), text(outline.commitment), ''], ...actions],
        [1.4, 3, 2],
        true,
      ),
      heading(2, l.otherActions),
      table(
        ['#', l.proposedAction, text(fields.comments)],
        Array.from({ length: PROPOSAL_ROWS }, (_, i) => [String(i + 1), '', '']),
        [0.4, 3.6, 2],
        true,
      ),
    ];
  });
  const group = state.groupName || text(state.template.group);
  return {
    title: l.handouts,
    subtitle: [workshopTitle(state), l.format(l.group, { group }), l.handoutsIntro],
    blocks,
    pagePerSection: true,
  };
}
