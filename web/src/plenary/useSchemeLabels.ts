import { useTranslation } from 'react-i18next';
import type { ActionScope, TimeFrame } from '../../../shared/domain/final-matrix-model';

/** An action's scopes and time frame in words ("Local, Regional", "Medium term"), as the final matrix names them; '' when not set. */
export function useSchemeLabels() {
  const { t } = useTranslation();
  return {
    scopes: (scopes: ActionScope[]) => scopes.map((s) => t(`finalUi.scheme.scopes.${s}`)).join(', '),
    timeframe: (timeframe: TimeFrame | null) => (timeframe ? t(`finalUi.scheme.timeframes.${timeframe}`) : ''),
  };
}
