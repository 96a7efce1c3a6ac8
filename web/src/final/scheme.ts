import { ACTION_SCOPES, type ActionScope } from '../../../shared/domain/final-matrix-model';

/** The scheme's written questions, in the guide's order (the action's own text comes first, apart). */
export const SCHEME_FIELDS = ['populations', 'institutions', 'evaluation', 'coordination', 'indicators'] as const;

/** The scope after ticking or unticking one, always in the guide's order: local, national, regional. */
export const toggledScope = (scope: readonly ActionScope[], changed: ActionScope, on: boolean): ActionScope[] =>
  ACTION_SCOPES.filter((s) => (s === changed ? on : scope.includes(s)));
