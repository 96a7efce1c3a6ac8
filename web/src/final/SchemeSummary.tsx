import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACTION_SCOPES, type FinalAction } from '../../../shared/domain/final-matrix-model';

/** An action's scope and time frame in words ('' for what is not set). */
export function schemeWords(t: TFunction, action: FinalAction) {
  return {
    scope: ACTION_SCOPES.filter((s) => action.scope.includes(s))
      .map((s) => t(`finalUi.scheme.scopes.${s}`))
      .join(', '),
    timeframe: action.timeframe ? t(`finalUi.scheme.timeframes.${action.timeframe}`) : '',
  };
}

/** The scope and time frame in a few words ("National, Regional · Medium term"); nothing while neither is set. */
export function SchemeSummary({ action }: { action: FinalAction }) {
  const { t } = useTranslation();
  const { scope, timeframe } = schemeWords(t, action);
  const parts = [scope, timeframe].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="final-scheme__summary">{parts.join(' · ')}</span>;
}
