import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTION_MODES, type AttributionMode } from '../../../shared/domain/constants';
import { isPhaseLocked } from '../../../shared/domain/phase-rules';
import type { WorkshopState } from '../../../shared/domain/state';
import type { PhaseKind } from '../../../shared/template/schema';
import { TwoWaySwitch } from '../components/TwoWaySwitch';
import type { Mutate } from '../pestle/types';
import type { Phase } from '../phases/types';

/**
 * Phases where participants write (the final matrix: their votes; the plenary: their comments);
 * the PESTLE's lock is its own board switch (PestleModeToggle).
 */
const LOCKABLE: PhaseKind[] = ['objectives', 'questions', 'profiles', 'working-matrix', 'final-matrix', 'plenary'];
/**
 * Phases whose contributions carry an author (the profiles grid is the room's, unsigned). The
 * working matrices' mode is how a participant's text taken into the final matrix is signed.
 */
const ATTRIBUTED: PhaseKind[] = ['pestle', 'objectives', 'questions', 'working-matrix', 'plenary'];

/** The facilitator's per-phase switches: participants' input open or closed, and how authors are shown. */
export function PhaseControls({ phase, view, mutate }: { phase: Phase; view: WorkshopState; mutate: Mutate }) {
  const { t } = useTranslation();
  const selectId = useId();
  const helpId = useId();
  const mode: AttributionMode = (Object.hasOwn(view.attribution, phase.id) ? view.attribution[phase.id] : undefined) ?? 'name';
  if (!LOCKABLE.includes(phase.kind) && !ATTRIBUTED.includes(phase.kind)) return null;
  return (
    <div className="phase-controls" data-testid="phase-controls">
      {LOCKABLE.includes(phase.kind) && (
        <TwoWaySwitch
          label={t('lock.label')}
          off={t('lock.open')}
          on={t('lock.locked')}
          checked={isPhaseLocked(view, phase.id)}
          onChange={(locked) => mutate('phase.setLock', { phaseId: phase.id, locked })}
          testId="phase-lock-toggle"
          dataValue={isPhaseLocked(view, phase.id) ? 'locked' : 'open'}
        />
      )}
      {ATTRIBUTED.includes(phase.kind) && (
        <div className="phase-controls__attribution">
          <label htmlFor={selectId}>{t('attribution.label')}</label>
          <select
            id={selectId}
            className="input"
            value={mode}
            aria-describedby={helpId}
            data-testid="attribution-select"
            onChange={(e) => mutate('phase.setAttribution', { phaseId: phase.id, mode: e.target.value as AttributionMode })}
          >
            {ATTRIBUTION_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`attribution.${m}`)}
              </option>
            ))}
          </select>
          <p id={helpId} className="phase-controls__help">
            {t('attribution.help')}
          </p>
        </div>
      )}
    </div>
  );
}
