import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

/** What every API call needs: the UI language (Accept-Language) and the no-network message. */
export function useApiOptions() {
  const { t, i18n } = useTranslation();
  void i18n.language; // re-render on language change
  return { lang: currentLanguage(), networkMessage: t('errors.network') };
}
