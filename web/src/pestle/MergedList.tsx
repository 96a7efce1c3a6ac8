import { useTranslation } from 'react-i18next';
import type { Authored, MergedPestleItem } from '../../../shared/domain/state';
import { useRefocus } from './refocus';

interface Props {
  itemId: string;
  merged: MergedPestleItem[];
  /** Null where authors are not shown (the projector). */
  authorLabel: ((item: Authored) => string) | null;
}

/** "+N merged" on the kept item, opening to the duplicates' own texts and bylines: nothing written is lost. */
export function MergedList({ itemId, merged, authorLabel }: Props) {
  const { t } = useTranslation();
  // After a merge, focus lands here on the kept item (the merged card is gone).
  const summaryRef = useRefocus<HTMLElement>(`${itemId}:merged`);
  if (merged.length === 0) return null;
  return (
    <details className="merged" data-testid="pestle-item-merged" data-count={merged.length}>
      <summary ref={summaryRef} className="merged__summary">
        {t('organize.merge.merged', { count: merged.length })}
      </summary>
      <ul className="merged__list" aria-label={t('organize.merge.listLabel')}>
        {merged.map((m) => (
          <li key={m.id} className="merged__item">
            <span className="merged__text">{m.text}</span>
            {authorLabel && <span className="merged__author">{t('pestle.item.by', { name: authorLabel(m) })}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
