import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type PhaseKind, phaseKind } from '../../../shared/template/schema';

/** The kind of a new phase: it decides what the phase shows and lets the room do. */
export function KindSelect({ value, onChange }: { value: PhaseKind; onChange: (kind: PhaseKind) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="prepare-field prepare-field--kind">
      <label htmlFor={id}>{t('prepare.add.kind')}</label>
      <select
        id={id}
        className="input"
        value={value}
        aria-describedby={`${id}-hint`}
        data-testid="prepare-add-kind"
        onChange={(e) => onChange(e.target.value as PhaseKind)}
      >
        {phaseKind.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`prepare.kinds.${kind}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('prepare.add.kindHint')}
      </p>
    </div>
  );
}
