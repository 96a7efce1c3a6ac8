import type { Language } from '../../shared/domain/constants.js';
import { own } from '../../shared/domain/decision.js';
import type { PlenaryComment } from '../../shared/domain/plenary.js';
import type { WorkshopState } from '../../shared/domain/state.js';
import { viewState } from '../../shared/domain/views.js';
import { type PlanAction, workPlan } from '../../shared/domain/work-plan.js';
import { localize } from '../../shared/template/schema.js';
import { type Block, type Doc, heading, list, paragraph, table } from './document.js';
import { type Labels, labels } from './labels.js';
import { scopeText, timeframeText } from './scheme-cells.js';

/**
 * The draft regional Work Plan from a plenary: per group that presented, per objective, the
 * commitment and the actions with their scheme and the plenary's decision, the plenary's
 * comments, and the deferred actions apart. Comments are signed as the plenary's attribution
 * allows anyone (the document leaves the room).
 */
/** N.º, action, scope, time frame, institutions, indicators, decision. */
const WIDTHS = [0.5, 4, 1.2, 1.1, 2, 1.6, 1.4];

export function workplanDoc(plenary: WorkshopState, lang: Language, now = Date.now()): Doc {
  const l = labels(lang);
  const state = viewState(plenary, { role: 'observer', memberId: null });
  const p = state.plenary;
  const comments = p.commentOrder.map((id) => p.comments[id]).filter((c): c is PlenaryComment => c !== undefined);
  const author = (c: PlenaryComment) =>
    c.authorId !== ''
      ? (own(state.members, c.authorId)?.name ?? '')
      : c.byline
        ? `${c.byline.institution}, ${c.byline.country}`
        : l.anonymous;
  const header = [
    l.workplan.number,
    l.workplan.action,
    l.planScheme.scope,
    l.planScheme.timeframe,
    l.planScheme.institutions,
    l.planScheme.indicators,
    l.workplan.status,
  ];
  const row = (a: PlanAction) => [
    String(a.n),
    a.action.text,
    scopeText(l, a.action),
    timeframeText(l, a.action),
    a.action.institutions,
    a.action.indicators,
    a.status ? l.adoption[a.status] : l.adoption.undecided,
  ];
  const blocks: Block[] = workPlan(p).flatMap((group) => [
    heading(1, group.name),
    ...group.matrices.flatMap((m) => {
      const said = comments.filter((c) => c.groupId === group.id && c.finalId === m.finalId);
      const numberOf = (actionId: string) => m.actions.find((a) => a.action.id === actionId)?.n ?? 0;
      return [
        heading(2, l.format(l.objectiveOf, { title: localize(m.title, lang) })),
        ...(m.commitment ? [paragraph(m.commitment)] : []),
        ...(m.actions.length ? [table(header, m.actions.map(row), WIDTHS)] : []),
        ...commentBlocks(
          l,
          said.filter((c) => numberOf(c.actionId) > 0),
          (c) => ({ n: numberOf(c.actionId), text: c.text, author: author(c) }),
        ),
      ];
    }),
    ...(group.deferred.length
      ? [
          heading(2, l.workplan.deferred),
          table(
            [l.workplan.objective, ...header],
            group.deferred.map((d) => [localize(d.title, lang), ...row(d)]),
            [1.5, ...WIDTHS],
          ),
        ]
      : []),
  ]);
  return {
    title: l.workplan.heading,
    subtitle: [plenary.title, l.format(l.generated, { date: l.date(now) })],
    blocks: blocks.length ? blocks : [paragraph(l.workplan.empty, true)],
  };
}

function commentBlocks(
  l: Labels,
  said: PlenaryComment[],
  line: (c: PlenaryComment) => { n: number; text: string; author: string },
): Block[] {
  if (said.length === 0) return [];
  return [heading(3, l.comments), list(said.map((c) => l.format(l.commentOn, line(c))))];
}
