import { useTranslation } from 'react-i18next';

/** Said once at the top of a phase the facilitator closed, instead of beside every hidden form. */
export function LockNotice({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  if (!locked) return null;
  return (
    <p className="notice" role="status" data-testid="inputs-lock-notice">
      {t('lock.notice')}
    </p>
  );
}
