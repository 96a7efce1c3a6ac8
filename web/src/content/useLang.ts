import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/constants';
import { isLanguage } from '../i18n';

/** The UI language; components using it re-render when it changes. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'es';
}
