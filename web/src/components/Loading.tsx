import { useTranslation } from 'react-i18next';

/** What shows for the moment a screen's code is being fetched. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}
