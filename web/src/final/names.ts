import type { TFunction } from 'i18next';
import { own } from '../../../shared/domain/decision';
import type { Member } from '../../../shared/domain/state';
import type { SourceAuthor } from './provenance';

/** A member as named on screen: their name, else their role (the facilitator joins without one). */
export function memberLabel(t: TFunction, members: Record<string, Member>, memberId: string): string {
  const member = own(members, memberId);
  if (!member) return t('finalUi.who.unknown');
  return member.name || t(`roles.${member.role}`);
}

export function authorLabel(t: TFunction, author: SourceAuthor): string {
  switch (author.kind) {
    case 'member':
      return author.member.name || t(`roles.${author.member.role}`);
    case 'institution':
      return t('finalUi.who.institution', { institution: author.institution, country: author.country });
    case 'anonymous':
      return t('finalUi.who.anonymous');
    case 'gone':
      return t('finalUi.who.unknown');
  }
}
