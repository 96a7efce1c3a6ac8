import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PESTLE_CATEGORIES } from '../../../shared/domain/constants';
import type { PestleItem, WorkshopState } from '../../../shared/domain/state';
import { byVotes, groupByCluster, itemsByCategory, votesOf } from './board';
import { RatingBadges } from './RatingBadges';
import '../styles/organize.css';

/**
 * The PESTLE board read-only and narrow (~320px): per category its clusters and item texts,
 * with vote totals once revealed. No authors and no controls: it sits beside later phases and
 * on the projector, where the board is a reference, not a place to work.
 */
export function PestlePanel({ view }: { view: WorkshopState }) {
  const { t } = useTranslation();
  const prefix = useId();
  const grouped = itemsByCategory(view);
  // Once the room has voted, what matters most reads first.
  const order = (items: PestleItem[]) => (view.pestle.voting?.revealed ? byVotes(view.pestle, items) : items);

  const list = (items: PestleItem[]) => (
    <ul className="panel-list">
      {items.map((item) => (
        <PanelItem key={item.id} item={item} votes={votesOf(view.pestle, item.id)} />
      ))}
    </ul>
  );

  return (
    <section className="pestle-panel" aria-labelledby={`${prefix}-h`} data-testid="pestle-panel">
      <h3 id={`${prefix}-h`} className="pestle-panel__title">
        {t('organize.panel.title')}
      </h3>
      {PESTLE_CATEGORIES.map((category) => {
        const items = order(grouped[category]);
        const { groups, loose } = groupByCluster(view.pestle, category, items);
        const filled = groups.filter((g) => g.items.length > 0);
        const headingId = `${prefix}-${category}`;
        return (
          <section key={category} className="pestle-panel__category" aria-labelledby={headingId} data-testid={`pestle-panel-${category}`}>
            <h4 id={headingId} className="pestle-panel__category-title">
              {t(`pestleCategories.${category}`)} <span className="visually-hidden">{t('pestle.count', { count: items.length })}</span>
              <span className="pestle-panel__count" aria-hidden="true">
                {items.length}
              </span>
            </h4>
            {items.length === 0 && <p className="pestle-panel__empty">{t('organize.panel.empty')}</p>}
            {filled.map(({ cluster, items: clustered }) => (
              <div key={cluster.id} className="pestle-panel__cluster">
                <h5 className="pestle-panel__cluster-label">{cluster.label}</h5>
                {list(clustered)}
              </div>
            ))}
            {loose.length > 0 && filled.length > 0 && <h5 className="pestle-panel__cluster-label">{t('organize.panel.ungrouped')}</h5>}
            {loose.length > 0 && list(loose)}
          </section>
        );
      })}
    </section>
  );
}

function PanelItem({ item, votes }: { item: PestleItem; votes: number | null }) {
  const { t } = useTranslation();
  return (
    <li className={`panel-item panel-item--${item.kind}`} data-testid="pestle-panel-item" data-item-id={item.id}>
      <span className="panel-item__text">{item.text}</span>
      <span className="panel-item__meta">
        {votes !== null && (
          <span className={votes === 0 ? 'dot-total dot-total--zero' : 'dot-total'} data-votes={votes}>
            {t('organize.vote.total', { count: votes })}
          </span>
        )}
        <RatingBadges item={item} />
        {item.merged.length > 0 && <span className="panel-item__merged">{t('organize.merge.merged', { count: item.merged.length })}</span>}
      </span>
    </li>
  );
}
