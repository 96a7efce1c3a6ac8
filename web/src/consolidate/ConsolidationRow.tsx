import { useTranslation } from 'react-i18next';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import { Localized } from '../content/Localized';
import type { Mutate } from '../pestle/types';
import { ConsolidationCard } from './ConsolidationCard';
import { rowTitle } from './labels';
import type { Row } from './rows';

interface Props {
  view: WorkshopState;
  finalId: string;
  final: FinalMatrix;
  matrixId: string;
  row: Row;
  mutate?: Mutate;
}

/** Rows open at first: the commitment and action 1, so a group of thirty starts calm and the rest is one click away. */
const OPEN_AT_FIRST = new Set(['commitment', 'action-1']);

/** One row of the matrix: everyone's text for it side by side, folded with details/summary (keyboard and screen reader for free). */
export function ConsolidationRow({ view, finalId, final, matrixId, row, mutate }: Props) {
  const { t } = useTranslation();
  const count = row.cards.length;
  return (
    // `open` is only the initial state: React leaves it alone after that, so the person's folding is kept across updates.
    <details
      className="cons-row"
      data-testid="consolidation-row"
      data-row={row.key}
      data-matrix={matrixId}
      open={OPEN_AT_FIRST.has(row.key)}
    >
      <summary className="cons-row__summary">
        <span className="cons-row__heading">
          <span className="cons-row__line">
            <span className="cons-row__title">{rowTitle(t, row)}</span>
            <span className={count > 0 ? 'badge cons-row__count' : 'badge cons-row__count cons-row__count--none'}>
              {t('consolidateUi.rows.count', { count })}
            </span>
          </span>
          {row.guide && <Localized className="cons-row__guide" text={row.guide} />}
        </span>
      </summary>
      {count === 0 ? (
        <p className="muted cons-row__empty">{t('consolidateUi.rows.empty')}</p>
      ) : (
        <ul className="cons-grid">
          {row.cards.map((card) => (
            <ConsolidationCard
              key={card.memberId}
              view={view}
              finalId={finalId}
              final={final}
              matrixId={matrixId}
              card={card}
              openSlot={row.slot !== undefined && !row.guide}
              mutate={mutate}
            />
          ))}
        </ul>
      )}
    </details>
  );
}
