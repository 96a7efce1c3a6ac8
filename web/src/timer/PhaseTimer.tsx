import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PhaseTimer as Timer, timerRemainingMs } from '../../../shared/domain/state';
import { formatRemaining } from './formatRemaining';

interface Props {
  timer: Timer | null;
  /** The server's clock as this device knows it (SyncClient.serverNow). */
  serverNow: () => number;
  variant?: 'page' | 'projector';
}

/** Re-renders on every second boundary of the remaining time while the timer runs. */
function useTick(running: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [running]);
}

/** The phase timer everyone sees, counted against the server's clock so all devices agree. */
export function PhaseTimer({ timer, serverNow, variant = 'page' }: Props) {
  const { t } = useTranslation();
  useTick(timer?.runningSince !== null && timer !== null);
  if (!timer) return null;
  const remaining = timerRemainingMs(timer, serverNow());
  const paused = timer.runningSince === null;
  const state = remaining < 0 ? 'over' : paused ? 'paused' : 'running';
  return (
    <div className={`phase-timer phase-timer--${variant} phase-timer--${state}`} data-testid="phase-timer" data-state={state}>
      <span className="phase-timer__label">{t(`timer.${state}`)}</span>
      {/* role="timer" is not announced on every tick; the label says when it is paused or over. */}
      <span className="phase-timer__time" role="timer" aria-label={t('timer.remaining', { time: formatRemaining(remaining) })}>
        {formatRemaining(remaining)}
      </span>
    </div>
  );
}
