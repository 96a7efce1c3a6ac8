import { PESTLE_CATEGORIES, type PestleCategory } from '../../shared/domain/constants.js';
import { own } from '../../shared/domain/decision.js';
import type { PestleItem, WorkshopState } from '../../shared/domain/state.js';
import { type Block, type DataSheet, heading, paragraph, table } from './document.js';
import type { Labels } from './labels.js';
import { reportAuthor } from './report-author.js';

/**
 * The PESTLE board by category, in the guide's order: each cluster of a category with its
 * items, then the items in no cluster. Dots are the revealed totals only — a view's ballots
 * are the exporter's own, and before the reveal nobody may see the others' — so without a
 * revealed vote there is no dots column.
 */
/** What the report says of one item, in both its tables and its data sheet: text (merged duplicates under it), kind, ratings, dots, author. */
function itemCells(state: WorkshopState, l: Labels) {
  const author = reportAuthor(state, l, 'pestle');
  const revealed = state.pestle.voting?.revealed ?? null;
  return (item: PestleItem): string[] => [
    // Merged duplicates stay under the item they were folded into: nothing anyone wrote disappears.
    [item.text, ...item.merged.map((m) => `+ ${m.text} (${author(m)})`)].join('\n'),
    l.ui.pestleKinds[item.kind],
    item.impact === null ? '' : String(item.impact),
    item.likelihood === null ? '' : String(item.likelihood),
    ...(revealed ? [String(own(revealed, item.id) ?? 0)] : []),
    author(item),
  ];
}

/** The columns of `itemCells`: the dots only once a vote is revealed. */
function itemHeader(state: WorkshopState, l: Labels): string[] {
  const revealed = state.pestle.voting?.revealed ?? null;
  return [
    l.ui.pestle.add.text,
    l.ui.pestle.add.kind,
    l.ui.organize.item.impact,
    l.ui.organize.item.likelihood,
    ...(revealed ? [l.report.dots] : []),
    l.report.author,
  ];
}

const boardItems = (state: WorkshopState) =>
  state.pestle.order.map((id) => own(state.pestle.items, id)).filter((i): i is PestleItem => i !== undefined);

/**
 * Every item of the board as one flat table for Excel — category and cluster as columns, in the
 * board's order — so the room's analysis can be sorted and filtered there.
 */
export function pestleDataSheet(state: WorkshopState, l: Labels): DataSheet {
  const cells = itemCells(state, l);
  const byCategory = PESTLE_CATEGORIES.flatMap((c) => boardItems(state).filter((i) => i.category === c));
  const clusterOf = (item: PestleItem) => (item.clusterId ? (own(state.pestle.clusters, item.clusterId)?.label ?? '') : '');
  const revealed = Boolean(state.pestle.voting?.revealed);
  return {
    name: l.report.pestleData,
    header: [l.ui.organize.item.category, l.ui.organize.item.cluster, ...itemHeader(state, l)],
    rows: byCategory.map((item) => [l.ui.pestleCategories[item.category], clusterOf(item), ...cells(item)]),
    widths: [1.1, 1.4, 4, 1.2, 0.8, 0.9, ...(revealed ? [0.7] : []), 1.8],
  };
}

export function pestleBlocks(state: WorkshopState, l: Labels): Block[] {
  const board = state.pestle;
  const revealed = board.voting?.revealed ?? null;
  const items = boardItems(state);
  // With a revealed vote the room's priorities read first; the sort is stable, so ties keep the board's order.
  if (revealed) items.sort((a, b) => (own(revealed, b.id) ?? 0) - (own(revealed, a.id) ?? 0));
  const cells = itemCells(state, l);
  const widths = revealed ? [4, 1.4, 0.9, 0.9, 0.7, 1.8] : [4, 1.4, 0.9, 0.9, 1.8];
  const itemTable = (group: PestleItem[]): Block => table(itemHeader(state, l), group.map(cells), widths);

  const category = (c: PestleCategory): Block[] => {
    const mine = items.filter((i) => i.category === c);
    if (mine.length === 0) return [heading(2, l.ui.pestleCategories[c]), paragraph(l.report.noItems, true)];
    const clusters = board.clusterOrder.flatMap((id) => {
      const cluster = own(board.clusters, id);
      const inIt = cluster ? mine.filter((i) => i.clusterId === id) : [];
      // An empty cluster is a label with nothing under it: the report leaves it out.
      return cluster && inIt.length > 0 ? [{ label: cluster.label, items: inIt }] : [];
    });
    const clustered = new Set(clusters.flatMap((g) => g.items.map((i) => i.id)));
    const loose = mine.filter((i) => !clustered.has(i.id));
    return [
      heading(2, l.ui.pestleCategories[c]),
      ...clusters.flatMap((g) => [heading(3, g.label), itemTable(g.items)]),
      ...(loose.length === 0
        ? []
        : clusters.length === 0
          ? [itemTable(loose)]
          : [heading(3, l.ui.organize.cluster.ungrouped), itemTable(loose)]),
    ];
  };

  return [
    heading(1, l.report.pestle),
    ...(revealed ? [paragraph(l.report.sortedByDots, true)] : []),
    ...PESTLE_CATEGORIES.flatMap(category),
  ];
}
