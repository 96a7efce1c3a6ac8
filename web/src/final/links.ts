import { own } from '../../../shared/domain/decision';
import type { LinkKind, LinkRef } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import { localize } from '../../../shared/template/schema';
import { objectiveName } from '../inputs/streams';

export interface LinkTarget {
  id: string;
  label: string;
}

const MAX_LABEL = 90;

/** Long texts are cut so a menu entry or a chip stays on one or two lines; the full text is the chip's title. */
export function shortLabel(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Everything of one kind an element may answer, in the order the workshop shows it. */
export function linkTargets(state: WorkshopState, kind: LinkKind, lang: string): LinkTarget[] {
  switch (kind) {
    case 'pestle':
      return state.pestle.order.flatMap((id) => {
        const item = own(state.pestle.items, id);
        return item ? [{ id, label: item.text }] : [];
      });
    case 'objective':
      return state.template.objectives.groups.flatMap((g) =>
        g.objectives.map((o) => ({ id: o.id, label: `${objectiveName(g.label, o.label)} ${localize(o.text, lang)}` })),
      );
    case 'profile':
      return state.template.profiles.map((p) => ({ id: p.id, label: localize(p.label, lang) }));
    case 'contribution':
      return state.contributionOrder.flatMap((id) => {
        const c = own(state.contributions, id);
        return c ? [{ id, label: c.text }] : [];
      });
  }
}

/** What a link points at, in words; null when it no longer exists (an item deleted since). */
export function linkLabel(state: WorkshopState, ref: LinkRef, lang: string): string | null {
  if (ref.kind === 'objective') {
    const group = state.template.objectives.groups.find((g) => g.id === ref.id);
    if (group) return `${group.label} ${localize(group.title, lang)}`;
  }
  return linkTargets(state, ref.kind, lang).find((target) => target.id === ref.id)?.label ?? null;
}

/** The targets of a kind not linked yet. */
export function unlinkedTargets(state: WorkshopState, kind: LinkKind, links: LinkRef[], lang: string): LinkTarget[] {
  const linked = new Set(links.filter((l) => l.kind === kind).map((l) => l.id));
  return linkTargets(state, kind, lang).filter((target) => !linked.has(target.id));
}
