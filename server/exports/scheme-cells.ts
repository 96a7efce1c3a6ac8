import type { PresentedAction } from '../../shared/domain/plenary.js';
import type { Labels } from './labels.js';

/** An action's scope and time frame in the document's words ('' when not set). */
export function scopeText(l: Labels, action: PresentedAction): string {
  return action.scope.map((s) => l.scheme.scopes[s]).join(', ');
}

export function timeframeText(l: Labels, action: PresentedAction): string {
  return action.timeframe ? l.scheme.timeframes[action.timeframe] : '';
}
