import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { PhaseTimer } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';

interface Props {
  timer: PhaseTimer | null;
  /** The current phase's planned minutes, offered as the length. */
  plannedMinutes: number | undefined;
  mutate: Mutate;
}

/** The facilitator's timer buttons: start for N minutes, pause or resume, add time, clear. */
export function TimerControls({ timer, plannedMinutes, mutate }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const [minutes, setMinutes] = useState(String(plannedMinutes ?? 10));
  const maxMinutes = LIMITS.timerSeconds / 60;
  const parsed = Number(minutes);
  const valid = Number.isFinite(parsed) && parsed > 0 && parsed <= maxMinutes;
  if (!timer) {
    return (
      <form
        className="timer-controls"
        data-testid="timer-controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) mutate('timer.start', { seconds: Math.round(parsed * 60) });
        }}
      >
        <label htmlFor={inputId}>{t('timer.minutes')}</label>
        <input
          id={inputId}
          className="input timer-controls__minutes"
          type="number"
          inputMode="decimal"
          min={1}
          max={maxMinutes}
          step="any"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          data-testid="timer-minutes"
        />
        <button type="submit" className="button button--small" disabled={!valid} data-testid="timer-start">
          {t('timer.start')}
        </button>
      </form>
    );
  }
  const running = timer.runningSince !== null;
  return (
    <div className="timer-controls" data-testid="timer-controls">
      {running ? (
        <button type="button" className="button button--small" onClick={() => mutate('timer.pause', {})} data-testid="timer-pause">
          {t('timer.pause')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={() => mutate('timer.resume', {})} data-testid="timer-resume">
          {t('timer.resume')}
        </button>
      )}
      {[1, 5].map((m) => (
        <button
          key={m}
          type="button"
          className="button button--small button--secondary"
          onClick={() => mutate('timer.extend', { seconds: m * 60 })}
          data-testid={`timer-add-${m}`}
        >
          {t('timer.add', { minutes: m })}
        </button>
      ))}
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => mutate('timer.clear', {})}
        data-testid="timer-clear"
      >
        {t('timer.clear')}
      </button>
    </div>
  );
}
