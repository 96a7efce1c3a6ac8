import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomKind } from '../../../shared/domain/plenary';
import '../styles/plenary.css';

const KINDS = [
  { kind: 'group', label: 'single', hint: 'singleHint' },
  { kind: 'plenary', label: 'plenary', hint: 'plenaryHint' },
] as const;

/** A single group, or a workshop with groups and a plenary: two radios, each with a line saying what it means. */
export function WorkshopKindField({ value, onChange }: { value: RoomKind; onChange: (kind: RoomKind) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field choice-field">
      <legend>{t('plenaryUi.create.kind')}</legend>
      {KINDS.map((k) => (
        <div key={k.kind} className="choice-field__option">
          <input
            type="radio"
            id={`${id}-${k.kind}`}
            name={`${id}-kind`}
            value={k.kind}
            checked={value === k.kind}
            onChange={() => onChange(k.kind)}
            aria-describedby={`${id}-${k.kind}-hint`}
            data-testid={`create-kind-${k.kind}`}
          />
          <label htmlFor={`${id}-${k.kind}`}>{t(`plenaryUi.create.${k.label}`)}</label>
          <p id={`${id}-${k.kind}-hint`} className="hint">
            {t(`plenaryUi.create.${k.hint}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
