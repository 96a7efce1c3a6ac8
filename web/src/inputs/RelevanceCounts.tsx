import { useTranslation } from 'react-i18next';

interface Props {
  low: number;
  medium: number;
  high: number;
  total: number;
}

/**
 * The room's marks as a line of text (what screen readers and the colour-blind read) and a
 * stacked bar beside it, decorative, in the text's order: high, medium, low.
 */
export function RelevanceCounts({ low, medium, high, total }: Props) {
  const { t } = useTranslation();
  const segments = [
    ['high', high],
    ['medium', medium],
    ['low', low],
  ] as const;
  return (
    <div className="relevance-counts" data-testid="objective-relevance-counts" data-high={high} data-medium={medium} data-low={low}>
      <span className="relevance-counts__text">{t('inputs.relevance.counts', { high, medium, low })}</span>
      {total > 0 && (
        <span className="relevance-counts__bar" aria-hidden="true">
          {segments.map(([name, n]) =>
            n > 0 ? <span key={name} className={`relevance-counts__seg relevance-counts__seg--${name}`} style={{ flexGrow: n }} /> : null,
          )}
        </span>
      )}
    </div>
  );
}
