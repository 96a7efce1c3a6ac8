import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_SCOPES, cellOf, type FinalAction, TIME_FRAMES } from '../../../shared/domain/final-matrix-model';
import { cellBinding, type EditorCtx } from './editorCtx';
import { FinalCellField } from './FinalCellField';
import { SCHEME_FIELDS, toggledScope } from './scheme';
import { SchemeSummary } from './SchemeSummary';

/**
 * The action scheme of the guide's reflection questions, folded under the action: scope, time
 * frame, receiving populations, institutions in charge, evaluation, coordination, indicators.
 * Folded, its summary still says the scope and time frame chosen.
 */
export function ActionScheme({ ctx, action, n }: { ctx: EditorCtx; action: FinalAction; n: number }) {
  const { t } = useTranslation();
  const id = useId();
  const names = { n, matrix: ctx.matrixName };
  return (
    <details className="final-scheme" data-testid="final-scheme">
      <summary className="final-scheme__toggle">
        {t('finalUi.scheme.summary')} <SchemeSummary action={action} />
      </summary>
      <div className="final-scheme__body">
        <div className="final-scheme__choices">
          <fieldset className="final-scope">
            <legend className="wm-field__label">{t('finalUi.scheme.scope')}</legend>
            {ACTION_SCOPES.map((scope) => {
              const label = t(`finalUi.scheme.scopes.${scope}`);
              return (
                <label key={scope} className="final-check">
                  <input
                    type="checkbox"
                    checked={action.scope.includes(scope)}
                    aria-label={t('finalUi.labels.scope', { scope: label, ...names })}
                    data-testid={`final-scope-${scope}`}
                    onChange={(e) => ctx.send.setScope(action.id, toggledScope(action.scope, scope, e.target.checked))}
                  />
                  {label}
                </label>
              );
            })}
          </fieldset>
          <div className="final-timeframe">
            <label htmlFor={`${id}-time`} className="wm-field__label">
              {t('finalUi.scheme.timeframe')}
            </label>
            <select
              id={`${id}-time`}
              className="input"
              aria-label={t('finalUi.labels.timeframe', names)}
              data-testid="final-timeframe"
              value={action.timeframe ?? ''}
              onChange={(e) => ctx.send.setTimeframe(action.id, TIME_FRAMES.find((f) => f === e.target.value) ?? null)}
            >
              <option value="">{t('finalUi.scheme.unset')}</option>
              {TIME_FRAMES.map((frame) => (
                <option key={frame} value={frame}>
                  {t(`finalUi.scheme.timeframes.${frame}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {SCHEME_FIELDS.map((field) => {
          const label = t(`finalUi.scheme.${field}`);
          return (
            <FinalCellField
              key={field}
              cell={cellOf(action, field)}
              label={label}
              name={t('finalUi.labels.actionField', { field: label, ...names })}
              testId={`final-${field}`}
              {...cellBinding(ctx, { actionId: action.id, field })}
            />
          );
        })}
      </div>
    </details>
  );
}
