import { ACTION_SCOPES, type ActionScope } from '../../../shared/domain/final-matrix-model';
import type { PresentedAction } from '../../../shared/domain/plenary';

/** The written parts of an action's scheme, in the order of the guide's format. */
export const SCHEME_TEXTS = ['institutions', 'populations', 'evaluation', 'coordination', 'indicators'] as const;
export type SchemeText = (typeof SCHEME_TEXTS)[number];

/** What is set of an action's scheme: scopes in their canonical order, the time frame, and the written fields that are not blank. */
export function schemeOf(action: PresentedAction): {
  scopes: ActionScope[];
  timeframe: PresentedAction['timeframe'];
  texts: Array<[SchemeText, string]>;
} {
  return {
    scopes: ACTION_SCOPES.filter((s) => action.scope.includes(s)),
    timeframe: action.timeframe,
    texts: SCHEME_TEXTS.flatMap((field): Array<[SchemeText, string]> => {
      const text = action[field].trim();
      return text ? [[field, text]] : [];
    }),
  };
}
