import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { useMediaQuery } from '../lib/useMediaQuery';
import { PestlePanel } from '../pestle/PestlePanel';
import type { Phase } from '../phases/types';

/** Phases after the PESTLE: the guide keeps the analysis in sight for the rest of the session. */
export function showsPestleBeside(view: WorkshopState, phase: Phase): boolean {
  const phases = view.template.phases;
  const pestleAt = phases.findIndex((p) => p.kind === 'pestle');
  return pestleAt >= 0 && phases.indexOf(phase) > pestleAt && view.pestle.order.length > 0;
}

/**
 * The PESTLE beside the phase: an open column on wide screens, a folded section on phones
 * (where it would push the phase's own work off the screen).
 */
export function PestleSidePanel({ view }: { view: WorkshopState }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 1100px)', true);
  return (
    <details className="pestle-side" open={wide} data-testid="pestle-side">
      <summary className="pestle-side__summary">{t('pestle.board')}</summary>
      <PestlePanel view={view} />
    </details>
  );
}
