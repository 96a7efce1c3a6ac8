import type { Language } from '../../shared/domain/constants.js';
import { own } from '../../shared/domain/decision.js';
import { attributionOfKind } from '../../shared/domain/phase-rules.js';
import type { WorkingMatrix, WorkshopState } from '../../shared/domain/state.js';
import { type MatrixOutline, workingMatrixOutlines } from '../../shared/domain/working-matrices.js';
import { localize } from '../../shared/template/schema.js';
import { type Block, heading, paragraph, table } from './document.js';
import type { Labels } from './labels.js';
import { reportAuthor } from './report-author.js';

/**
 * A summary of each working matrix: per participant who wrote in it, their commitment, how
 * many action slots they wrote in, the actions they proposed and their notes. A working matrix
 * has no attribution of its own, so its writer is signed as the working-matrix phase says.
 */
export function workingBlocks(state: WorkshopState, l: Labels, lang: Language): Block[] {
  const { fields } = state.template.matrices.working;
  const sign = reportAuthor(state, l, 'working-matrix');
  const attribution = attributionOfKind(state, 'working-matrix');
  // The roster's order first; then anyone whose matrices outlived their seat, signed as unknown.
  const writers = [...new Set([...state.memberOrder, ...Object.keys(state.workingMatrices)])];

  const outlineBlocks = (outline: MatrixOutline): Block[] => {
    const objective = localize(outline.objective, lang);
    const title = outline.number ? l.format(l.report.matrixHeading, { number: outline.number, objective }) : objective;
    const rows = writers.flatMap((memberId) => {
      const matrix = own(own(state.workingMatrices, memberId) ?? {}, outline.id);
      if (!matrix) return [];
      return [
        [
          sign({ authorId: memberId, attribution }),
          matrix.commitment,
          written(outline, matrix),
          matrix.proposals.map((p) => p.text).join('\n'),
          matrix.notes,
        ],
      ];
    });
    return [
      heading(2, title),
      rows.length === 0
        ? paragraph(l.report.noWorking, true)
        : table(
            [
              l.ui.matricesUi.progress.participant,
              localize(fields.commitment, lang),
              l.report.actionsWritten,
              l.report.proposals,
              localize(fields.participantNotes, lang),
            ],
            rows,
            [1.6, 2.5, 0.9, 3, 2.5],
          ),
    ];
  };

  return [
    heading(1, l.report.working),
    paragraph(l.report.workingIntro, true),
    ...workingMatrixOutlines(state.template).flatMap(outlineBlocks),
  ];
}

/**
 * "3 / 5": the slots the participant wrote in (their own wording or a comment) over the slots.
 * A pre-filled action left as the guide wrote it is stored as '' and is not counted: the
 * participant did not write it.
 */
function written(outline: MatrixOutline, matrix: WorkingMatrix): string {
  const count = outline.actions.filter((_, i) => {
    const slot = own(matrix.actions, String(i + 1));
    return Boolean(slot?.text || slot?.comment);
  }).length;
  return `${count} / ${outline.actions.length}`;
}
