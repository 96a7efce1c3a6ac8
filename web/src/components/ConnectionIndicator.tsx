import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../../shared/sync/client';
import { durationParts } from '../lib/duration';

interface Props {
  status: ConnectionStatus;
  pendingCount: number;
  disconnectedAt: number | null;
  onRetry?: () => void;
}

/** Ticks while disconnected, so "offline for 2 min" stays true. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** Online (green), reconnecting (amber) or offline (red), with what is still unsent. */
export function ConnectionIndicator({ status, pendingCount, disconnectedAt, onRetry }: Props) {
  const { t } = useTranslation();
  const now = useNow(status !== 'online');
  let label: string = t(`connection.${status}`);
  if (status === 'offline' && disconnectedAt !== null) {
    const d = durationParts(now - disconnectedAt);
    label = t('connection.offlineFor', { duration: t(`duration.${d.unit}`, { count: d.count }) });
  }
  return (
    <div className={`connection connection--${status}`}>
      <p className="connection__status" role="status" aria-live="polite" data-testid="connection-status" data-status={status}>
        <span className="connection__main">
          <span className="connection__dot" aria-hidden="true" />
          <span className="visually-hidden">{t('connection.label')}: </span>
          {label}
        </span>
        {pendingCount > 0 && (
          <span className="connection__pending" data-testid="connection-pending" data-count={pendingCount}>
            {t('connection.pending', { count: pendingCount })}
          </span>
        )}
      </p>
      {status === 'offline' && onRetry && (
        <button type="button" className="button button--small button--secondary" onClick={onRetry}>
          {t('connection.retry')}
        </button>
      )}
    </div>
  );
}
