import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { ErrorScreen } from '../components/ErrorScreen';
import { PageShell } from '../components/PageShell';
import type { WorkshopSnapshot } from '../sync/useWorkshop';

/**
 * What to show before a workshop can be shown: no token, a refused token, an unknown
 * workshop, or still connecting. Renders `children(view)` once the state has arrived.
 */
export function WorkshopGate({
  token,
  snapshot,
  children,
}: {
  token: string | null;
  snapshot: WorkshopSnapshot | null;
  children: (view: WorkshopState, snapshot: WorkshopSnapshot) => ReactNode;
}) {
  const { t } = useTranslation();
  if (!token) return <ErrorScreen title={t('errors.noAccessTitle')} body={t('errors.noAccessBody')} />;
  const fatal = snapshot?.fatal;
  if (fatal?.code === 'workshop_not_found') {
    return <ErrorScreen title={t('errors.workshopNotFoundTitle')} body={t('errors.workshopNotFoundBody')} />;
  }
  if (fatal?.code === 'unsupported_protocol') return <ErrorScreen title={t('errors.protocolTitle')} body={fatal.message} reload />;
  if (fatal) return <ErrorScreen title={t('errors.noAccessTitle')} body={t('errors.noAccessBody')} detail={fatal.message} />;
  if (!snapshot?.view) {
    return (
      <PageShell narrow>
        <h1 className="visually-hidden">{t('app.name')}</h1>
        <div className="connecting">
          <p role="status">{t('workshop.connecting')}</p>
          {snapshot && (
            <ConnectionIndicator status={snapshot.status} pendingCount={snapshot.pendingCount} disconnectedAt={snapshot.disconnectedAt} />
          )}
        </div>
      </PageShell>
    );
  }
  return <>{children(snapshot.view, snapshot)}</>;
}
