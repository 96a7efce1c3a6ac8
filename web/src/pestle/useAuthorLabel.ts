import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';

/** "Name (Country)", or the role for seats without a name (facilitator, rapporteur). */
export function useAuthorLabel(state: WorkshopState) {
  const { t } = useTranslation();
  return (authorId: string): string => {
    const m = state.members[authorId];
    if (!m) return t('pestle.item.unknownAuthor');
    if (!m.name) return t(`roles.${m.role}`);
    return m.country ? `${m.name} (${m.country})` : m.name;
  };
}
