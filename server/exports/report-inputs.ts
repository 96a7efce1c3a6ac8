import type { Language } from '../../shared/domain/constants.js';
import { own } from '../../shared/domain/decision.js';
import type { Contribution, GoodPractice, WorkshopState } from '../../shared/domain/state.js';
import { localize } from '../../shared/template/schema.js';
import { type Block, heading, list, paragraph, table } from './document.js';
import type { Labels } from './labels.js';
import { reportAuthor, signed } from './report-author.js';

/**
 * The room's input on the guide's content: the proposed objectives (relevance counts, the
 * facilitator's highlight, the comments) and the guiding questions (the notes per question,
 * key points marked, and the good practices presented per theme).
 */

/** The notes on one objective or question, in the order they were written, each signed. */
function notes(state: WorkshopState, l: Labels, target: Contribution['target'], targetId: string, empty: string): Block {
  const author = reportAuthor(state, l, target === 'objective' ? 'objectives' : 'questions');
  const said = state.contributionOrder
    .map((id) => own(state.contributions, id))
    .filter((c): c is Contribution => c !== undefined && c.target === target && c.targetId === targetId);
  if (said.length === 0) return paragraph(empty, true);
  return list(said.map((c) => signed(c.key ? l.format(l.report.keyPoint, { text: c.text }) : c.text, author(c))));
}

export function objectiveBlocks(state: WorkshopState, l: Labels, lang: Language): Block[] {
  const { groups } = state.template.objectives;
  return [
    heading(1, l.report.objectives),
    ...groups.flatMap((g) => [
      heading(2, l.format(l.report.objectiveGroup, { label: g.label, title: localize(g.title, lang) })),
      ...g.objectives.flatMap((o) => {
        const [low, medium, high] = own(state.objectives.relevance, o.id) ?? [0, 0, 0];
        return [
          // The guide's objectives run to a paragraph: the heading names it, the text follows.
          heading(3, l.format(l.report.objective, { label: o.label })),
          paragraph(localize(o.text, lang)),
          paragraph(l.format(l.report.relevance, { high, medium, low })),
          ...(own(state.objectives.highlighted, o.id) ? [paragraph(l.ui.inputs.highlight.marked)] : []),
          notes(state, l, 'objective', o.id, l.report.noComments),
        ];
      }),
    ]),
  ];
}

export function questionBlocks(state: WorkshopState, l: Labels, lang: Language): Block[] {
  const practices = state.practiceOrder.map((id) => own(state.practices, id)).filter((p): p is GoodPractice => p !== undefined);
  const p = l.ui.inputs.practice;
  return [
    heading(1, l.report.questions),
    ...state.template.questions.themes.flatMap((theme) => {
      const presented = practices.filter((g) => g.themeId === theme.id);
      return [
        heading(2, `${theme.label}. ${localize(theme.title, lang)}`),
        // The guide's sections only group its questions: the report lists the questions, which carry the notes.
        ...theme.sections
          .flatMap((s) => s.questions)
          .flatMap((q) => [heading(3, localize(q.text, lang)), notes(state, l, 'question', q.id, l.report.noNotes)]),
        ...(presented.length === 0
          ? []
          : [
              heading(3, p.heading),
              table(
                [p.country, p.title, l.report.summary, l.report.presenter],
                presented.map((g) => [g.country, g.title, g.summary, g.presenter]),
                [1.2, 2, 4, 1.6],
              ),
            ]),
      ];
    }),
  ];
}
