import type { MatrixOutline } from '../../../shared/domain/working-matrices';
import { type LocalizedText, localize } from '../../../shared/template/schema';

/** How labels name a matrix: its number ("4.1"), or its objective when the guide numbers none. */
export function matrixName(outline: MatrixOutline, lang: string): string {
  return outline.number || localize(outline.objective, lang);
}

/** An action as shown: the member's wording, else the guide's ('' means "as the guide says"). */
export function shownActionText(guide: LocalizedText | undefined, stored: string, lang: string): string {
  return stored || localize(guide, lang);
}

/** What to store for a typed action: '' when it is the guide's wording again, so it keeps following the guide. */
export function actionTextToStore(typed: string, guideText: string): string {
  const text = typed.trim();
  return text === guideText ? '' : text;
}
