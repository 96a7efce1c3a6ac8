import { PESTLE_CATEGORIES, type PestleCategory } from '../../shared/domain/constants.js';
import { own } from '../../shared/domain/decision.js';
import type { PestleItem, WorkshopState } from '../../shared/domain/state.js';
import { type Block, heading, paragraph, table } from './document.js';
import type { Labels } from './labels.js';
import { reportAuthor } from './report-author.js';

/**
 * The PESTLE board by category, in the guide's order: each cluster of a category with its
 * items, then the items in no cluster. Dots are the revealed totals only — a view's ballots
 * are the exporter's own, and before the reveal nobody may see the others' — so without a
 * revealed vote there is no dots column.
 */
export function pestleBlocks(state: WorkshopState, l: Labels): Block[] {
  const board = state.pestle;
  const revealed = board.voting?.revealed ?? null;
  const author = reportAuthor(state, l, 'pestle');
  const items = board.order.map((id) => own(board.items, id)).filter((i): i is PestleItem => i !== undefined);
  // With a revealed vote the room's priorities read first; the sort is stable, so ties keep the board's order.
  if (revealed) items.sort((a, b) => (own(revealed, b.id) ?? 0) - (own(revealed, a.id) ?? 0));

  const itemTable = (group: PestleItem[]): Block => {
    const header = [l.ui.pestle.add.text, l.ui.pestle.add.kind, l.ui.organize.item.impact, l.ui.organize.item.likelihood];
    const rows = group.map((item) => [
      // Merged duplicates stay under the item they were folded into: nothing anyone wrote disappears.
      [item.text, ...item.merged.map((m) => `+ ${m.text} (${author(m)})`)].join('\n'),
      l.ui.pestleKinds[item.kind],
      item.impact === null ? '' : String(item.impact),
      item.likelihood === null ? '' : String(item.likelihood),
      ...(revealed ? [String(own(revealed, item.id) ?? 0)] : []),
      author(item),
    ]);
    return revealed
      ? table([...header, l.report.dots, l.report.author], rows, [4, 1.4, 0.9, 0.9, 0.7, 1.8])
      : table([...header, l.report.author], rows, [4, 1.4, 0.9, 0.9, 1.8]);
  };

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
