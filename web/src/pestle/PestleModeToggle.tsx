import { useTranslation } from 'react-i18next';
import type { PestleMode } from '../../../shared/domain/constants';
import { TwoWaySwitch } from '../components/TwoWaySwitch';

/**
 * The facilitator's switch between "participants write" and "facilitator records": both
 * options are visible, the switch itself reads "facilitator records: on/off".
 */
export function PestleModeToggle({ mode, onChange }: { mode: PestleMode; onChange: (mode: PestleMode) => void }) {
  const { t } = useTranslation();
  return (
    <TwoWaySwitch
      label={t('pestle.mode.label')}
      off={t('pestle.mode.open')}
      on={t('pestle.mode.facilitator')}
      checked={mode === 'facilitator'}
      onChange={(recording) => onChange(recording ? 'facilitator' : 'open')}
      testId="pestle-mode-toggle"
      dataValue={mode}
    />
  );
}
