import { own } from '../../shared/domain/decision.js';
import { attributionOfKind, stricterAttribution } from '../../shared/domain/phase-rules.js';
import type { Authored, WorkshopState } from '../../shared/domain/state.js';
import type { PhaseKind } from '../../shared/template/schema.js';
import type { Labels } from './labels.js';

/**
 * How the report signs a contribution: as the screen does (web/src/attribution/useByline.ts),
 * minus "you" — a document leaves the room, so it has no viewer. The phase's mode now applies,
 * but never more openly than when it was written. The state is already the exporter's view, so
 * an author it may not know is '' here and falls to the byline or "anonymous".
 */
export function reportAuthor(state: WorkshopState, l: Labels, kind: PhaseKind) {
  const current = attributionOfKind(state, kind);
  return (thing: Authored): string => {
    const mode = stricterAttribution(thing.attribution, current);
    const member = thing.authorId ? own(state.members, thing.authorId) : undefined;
    if (mode === 'anonymous') return l.anonymous;
    if (mode === 'institution') {
      const byline = thing.byline ?? (member ? { institution: member.institution, country: member.country } : null);
      const parts = [byline?.institution, byline?.country].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : l.anonymous;
    }
    if (!member) return l.ui.pestle.item.unknownAuthor;
    if (!member.name) return l.ui.roles[member.role];
    return member.country ? `${member.name} (${member.country})` : member.name;
  };
}

/** A note as the report lists it: its text, then who wrote it. */
export const signed = (text: string, author: string) => `${text} — ${author}`;
