import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized } from '../content/Localized';
import type { Phase } from '../phases/types';

interface Props {
  phases: readonly Phase[];
  currentPhaseId: string;
  selectedId: string;
  onSelect: (phaseId: string) => void;
  /** The facilitator holds participants on the room's phase: other phases cannot be opened. */
  followOnly?: boolean;
}

/** The guide's phases in order; the room's current one is marked, the one on screen is selected. */
export function PhaseNav({ phases, currentPhaseId, selectedId, onSelect, followOnly = false }: Props) {
  const { t } = useTranslation();
  // On phones the list folds behind a button so the phase itself comes first.
  const [open, setOpen] = useState(false);
  const selectedIndex = phases.findIndex((p) => p.id === selectedId);
  const selected = phases[selectedIndex];
  return (
    <nav className={open ? 'phase-nav phase-nav--open' : 'phase-nav'} aria-label={t('phases.navLabel')} data-testid="phase-nav">
      <button
        type="button"
        className="phase-nav__toggle"
        aria-expanded={open}
        aria-controls="phase-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        <span>
          {t('phases.toggle')} · {selectedIndex + 1}/{phases.length}
        </span>
        {selected && <Localized className="phase-nav__toggle-title" text={selected.title} />}
        <span aria-hidden="true" className="phase-nav__chevron">
          ▾
        </span>
      </button>
      {followOnly && (
        <p className="phase-nav__note" data-testid="phase-nav-follow">
          {t('phases.followOnly')}
        </p>
      )}
      <ol id="phase-nav-list" className="phase-nav__list">
        {phases.map((phase, i) => {
          const isCurrent = phase.id === currentPhaseId;
          const isSelected = phase.id === selectedId;
          return (
            <li key={phase.id}>
              <button
                type="button"
                className={`phase-nav__item${isSelected ? ' phase-nav__item--selected' : ''}${isCurrent ? ' phase-nav__item--current' : ''}`}
                aria-current={isSelected ? 'page' : undefined}
                data-testid={`phase-${phase.id}`}
                data-current={isCurrent ? 'true' : undefined}
                disabled={followOnly && !isCurrent}
                onClick={() => {
                  onSelect(phase.id);
                  setOpen(false);
                }}
              >
                <span className="phase-nav__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="phase-nav__text">
                  <Localized className="phase-nav__title" text={phase.title} />
                  <span className="phase-nav__meta">
                    {isCurrent && <span className="live-badge">{t('phases.current')}</span>}
                    {phase.day !== undefined && <span>{t('phases.day', { day: phase.day })}</span>}
                    {phase.plannedMinutes !== undefined && <span>{t('phases.minutes', { minutes: phase.plannedMinutes })}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
