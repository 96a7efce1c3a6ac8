import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../../shared/sync/client';
import { durationParts } from '../lib/duration';
import '../styles/conflicts.css';

interface Props {
  status: ConnectionStatus;
  pendingCount: number;
  disconnectedAt: number | null;
  onRetry?: () => void;
  /** Changes the server did not accept and the person has not dismissed yet. */
  conflictCount?: number;
  /** Opens the list of those changes (ConflictDialog). */
  onShowConflicts?: () => void;
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

/** Online (green), reconnecting (amber) or offline (red), with what is still unsent and what the server refused. */
export function ConnectionIndicator({ status, pendingCount, disconnectedAt, onRetry, conflictCount = 0, onShowConflicts }: Props) {
  const { t } = useTranslation();
  const now = useNow(status !== 'online');
  const showConflicts = conflictCount > 0 && onShowConflicts !== undefined;
  let label: string = t(`connection.${status}`);
  if (status === 'offline' && disconnectedAt !== null) {
    const d = durationParts(now - disconnectedAt);
    label = t('connection.offlineFor', { duration: t(`duration.${d.unit}`, { count: d.count }) });
  }
  return (
    <div className={`connection connection--${status}${showConflicts ? ' connection--conflicts' : ''}`}>
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
      {showConflicts && (
        <button
          type="button"
          className="connection__conflicts"
          aria-haspopup="dialog"
          aria-label={t('conflicts.openLabel', { count: conflictCount })}
          data-testid="conflicts-open"
          data-count={conflictCount}
          onClick={onShowConflicts}
        >
          <span aria-hidden="true" className="connection__conflicts-icon">
            !
          </span>
          {t('conflicts.open')}
          <span className="connection__conflicts-count">{conflictCount}</span>
        </button>
      )}
      {status === 'offline' && onRetry && (
        <button type="button" className="button button--small button--secondary" onClick={onRetry}>
          {t('connection.retry')}
        </button>
      )}
    </div>
  );
}
