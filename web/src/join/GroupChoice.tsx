import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinLookup } from '../lib/api';
import '../styles/plenary.css';

interface Props {
  groups: JoinLookup['groups'];
  /** The plenary's own code: joining with it seats the person in the plenary only. */
  plenaryCode: string;
  value: string;
  onChange: (joinCode: string) => void;
}

/** "Your group": one radio per working group (its join code as value), and the plenary alone for observers. */
export function GroupChoice({ groups, plenaryCode, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const options = [
    ...groups.map((g) => ({ code: g.joinCode, label: g.name })),
    { code: plenaryCode, label: t('plenaryUi.join.plenaryOnly') },
  ];
  return (
    <fieldset className="field choice-field" aria-describedby={`${id}-hint`}>
      <legend>{t('plenaryUi.join.group')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('plenaryUi.join.groupHint')}
      </p>
      {options.map((o) => (
        <div key={o.code} className="choice-field__option">
          <input
            type="radio"
            id={`${id}-${o.code}`}
            name={`${id}-group`}
            value={o.code}
            checked={value === o.code}
            onChange={() => onChange(o.code)}
            required
            data-testid="join-group"
          />
          <label htmlFor={`${id}-${o.code}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
