import { useTranslation } from 'react-i18next';
import type { PestleMode } from '../../../shared/domain/constants';

/**
 * The facilitator's switch between "participants write" and "facilitator records": both
 * options are visible, the switch itself reads "facilitator records: on/off".
 */
export function PestleModeToggle({ mode, onChange }: { mode: PestleMode; onChange: (mode: PestleMode) => void }) {
  const { t } = useTranslation();
  const recording = mode === 'facilitator';
  return (
    <div className="mode-toggle">
      <span className="mode-toggle__label" id="pestle-mode-label">
        {t('pestle.mode.label')}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={recording}
        aria-label={t('pestle.mode.facilitator')}
        aria-describedby="pestle-mode-label"
        className="mode-toggle__switch"
        data-testid="pestle-mode-toggle"
        data-mode={mode}
        onClick={() => onChange(recording ? 'open' : 'facilitator')}
      >
        <span className={recording ? 'mode-toggle__option' : 'mode-toggle__option mode-toggle__option--on'} aria-hidden="true">
          {t('pestle.mode.open')}
        </span>
        <span className={recording ? 'mode-toggle__option mode-toggle__option--on' : 'mode-toggle__option'} aria-hidden="true">
          {t('pestle.mode.facilitator')}
        </span>
      </button>
    </div>
  );
}
