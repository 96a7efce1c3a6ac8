import { useTranslation } from 'react-i18next';

/**
 * Whether a matrix is saved: "saving" while a field holds text not yet sent or the server has not
 * confirmed a change (offline, changes wait in the outbox and the connection indicator says so).
 */
export function SaveStatus({ saving }: { saving: boolean }) {
  const { t } = useTranslation();
  const state = saving ? 'saving' : 'saved';
  return (
    <p className={`wm-status wm-status--${state}`} role="status" data-testid="wm-save-status" data-state={state}>
      {t(`matricesUi.status.${state}`)}
    </p>
  );
}
