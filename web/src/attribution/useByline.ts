import { useTranslation } from 'react-i18next';
import { attributionOfKind, stricterAttribution } from '../../../shared/domain/phase-rules';
import type { Actor, Authored, WorkshopState } from '../../../shared/domain/state';
import type { PhaseKind } from '../../../shared/template/schema';

/**
 * How to sign a contribution for this viewer: "you" for their own; otherwise as the phase's
 * attribution says now, but never more openly than when it was written (a contribution made
 * anonymously stays anonymous). The server already withheld what this viewer may not know
 * (shared/domain/views.ts); this only decides what to show of the rest.
 */
export function useByline(view: WorkshopState, actor: Actor | null, kind: PhaseKind) {
  const { t } = useTranslation();
  const current = attributionOfKind(view, kind);
  return (thing: Authored): string => {
    if (actor?.memberId && thing.authorId === actor.memberId) return t('attribution.you');
    const mode = stricterAttribution(thing.attribution, current);
    const member = thing.authorId && Object.hasOwn(view.members, thing.authorId) ? view.members[thing.authorId] : undefined;
    if (mode === 'anonymous') return t('attribution.anonymous');
    if (mode === 'institution') {
      const byline = thing.byline ?? (member ? { institution: member.institution, country: member.country } : null);
      const parts = [byline?.institution, byline?.country].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : t('attribution.anonymous');
    }
    if (!member) return t('attribution.unknown');
    if (!member.name) return t(`roles.${member.role}`);
    return member.country ? `${member.name} (${member.country})` : member.name;
  };
}
