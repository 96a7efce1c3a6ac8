import type { Language } from '../../shared/domain/constants.js';
import { presentFinals } from '../../shared/domain/plenary.js';
import type { WorkshopState } from '../../shared/domain/state.js';
import { localize } from '../../shared/template/schema.js';
import { type Block, type Doc, heading, paragraph, table } from './document.js';
import { labels } from './labels.js';
import { workshopTitle } from './workshop-title.js';
import { scopeText, timeframeText } from './scheme-cells.js';

/**
 * A group's final matrices for the plenary, laid out as the guide's table (Field | Content:
 * Objective, Commitment or scope, Action 1..N), each followed by the scheme of its actions
 * (the guide's reflection questions). Actions without text are the format's empty slots: left out.
 */
export function finalMatricesDoc(state: WorkshopState, lang: Language, now = Date.now()): Doc {
  const l = labels(lang);
  const group = state.groupName || localize(state.template.group, lang);
  return {
    title: l.finalMatrices,
    subtitle: [workshopTitle(state), l.format(l.group, { group }), l.format(l.generated, { date: l.date(now) })],
    blocks: finalMatrixBlocks(state, lang, 1),
  };
}

/**
 * The blocks of the final matrices, each matrix under a heading of `level`: 1 in their own
 * document (a sheet per matrix in Excel), 2 inside the session report's section.
 */
export function finalMatrixBlocks(state: WorkshopState, lang: Language, level: 1 | 2): Block[] {
  const l = labels(lang);
  const { fields } = state.template.matrices.final;
  const inner = level === 1 ? 2 : 3;
  return presentFinals(state).flatMap((m) => {
    const title = localize(m.title, lang);
    const rows = [
      [localize(fields.objective, lang), title],
      [localize(fields.commitment, lang), m.commitment],
      ...m.actions.map((a, i) => [l.format(l.action, { n: i + 1 }), a.text]),
    ];
    const scheme = m.actions.map((a, i) => [
      String(i + 1),
      a.text,
      scopeText(l, a),
      a.populations,
      a.institutions,
      a.evaluation,
      a.coordination,
      timeframeText(l, a),
      a.indicators,
    ]);
    const s = l.scheme;
    return [
      heading(level, title),
      table([l.field, l.content], rows, [1, 3]),
      ...(m.actions.length === 0
        ? [paragraph(l.noActions, true)]
        : [
            heading(inner, l.schemeHeading),
            table(
              [
                l.workplan.number,
                l.workplan.action,
                s.scope,
                s.populations,
                s.institutions,
                s.evaluation,
                s.coordination,
                s.timeframe,
                s.indicators,
              ],
              scheme,
              [0.6, 3, 1.2, 1.6, 1.6, 1.6, 1.6, 1.3, 1.6],
            ),
          ]),
    ];
  });
}
