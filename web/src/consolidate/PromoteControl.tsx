import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinalMatrix, WorkingPart } from '../../../shared/domain/final-matrix-model';
import type { Mutate } from '../pestle/types';
import { targetLabel } from './labels';
import { defaultTarget, targetOptions, toTarget } from './targets';

interface Props {
  finalId: string;
  final: FinalMatrix;
  memberId: string;
  matrixId: string;
  part: WorkingPart;
  /** "Comment on action 2 by Ana": names the select and the button for a screen reader. */
  what: string;
  name: string;
  mutate: Mutate;
}

/** "Take into the final matrix": where to (a select with a sensible default) and the button that does it. */
export function PromoteControl({ finalId, final, memberId, matrixId, part, what, name, mutate }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const options = targetOptions(final);
  const usable = (value: string) => options.some((o) => o.value === value && !(o.kind === 'new' && o.disabled));
  // A choice whose action was removed meanwhile falls back to the default rather than to a refusal.
  const value = chosen !== null && usable(chosen) ? chosen : defaultTarget(final, memberId, matrixId, part);
  const promote = () => {
    const target = toTarget(value);
    // Back to the default afterwards: it now follows what was just taken (a comment goes where its action went).
    if (target && mutate('final.promote', { finalId, source: { memberId, matrixId, part }, target })) setChosen(null);
  };
  const actions = options.filter((o) => o.kind === 'action');
  const commitment = options.filter((o) => o.kind === 'commitment');
  const first = options[0];
  return (
    <div className="cons-take">
      <select
        className="input cons-take__select"
        data-testid="consolidation-target"
        aria-label={t('consolidateUi.take.select', { what, name })}
        value={value}
        onChange={(e) => setChosen(e.target.value)}
      >
        {first && (
          <option value={first.value} disabled={first.kind === 'new' && first.disabled}>
            {targetLabel(t, first)}
          </option>
        )}
        {actions.length > 0 && (
          <optgroup label={t('consolidateUi.targets.actions')}>
            {actions.map((o) => (
              <option key={o.value} value={o.value}>
                {targetLabel(t, o)}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('consolidateUi.targets.commitment')}>
          {commitment.map((o) => (
            <option key={o.value} value={o.value}>
              {targetLabel(t, o)}
            </option>
          ))}
        </optgroup>
      </select>
      <button
        type="button"
        className="button button--secondary button--small cons-take__button"
        data-testid="consolidation-promote"
        aria-label={t('consolidateUi.take.action', { what, name })}
        onClick={promote}
      >
        {t('consolidateUi.take.button')}
      </button>
    </div>
  );
}
