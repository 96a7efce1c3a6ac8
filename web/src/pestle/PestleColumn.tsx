import { useTranslation } from 'react-i18next';
import type { PestleCategory } from '../../../shared/domain/constants';
import { canChangePestleItem } from '../../../shared/domain/mutations';
import type { Actor, PestleItem, WorkshopState } from '../../../shared/domain/state';
import { isPending } from './board';
import { PestleItemCard } from './PestleItemCard';
import type { Mutate } from './types';

interface Props {
  category: PestleCategory;
  items: PestleItem[];
  view: WorkshopState;
  confirmed: WorkshopState | null;
  /** Null on the projector: nothing can be changed there. */
  actor: Actor | null;
  mutate?: Mutate;
  authorLabel: ((authorId: string) => string) | null;
  onAddHere?: () => void;
}

export function PestleColumn({ category, items, view, confirmed, actor, mutate, authorLabel, onAddHere }: Props) {
  const { t } = useTranslation();
  const name = t(`pestleCategories.${category}`);
  const headingId = `pestle-col-${category}`;
  return (
    <section className={`pestle-column pestle-column--${category}`} data-testid={`pestle-column-${category}`} aria-labelledby={headingId}>
      <header className="pestle-column__header">
        <h4 id={headingId} className="pestle-column__title">
          {name}
          <span className="pestle-column__count" data-testid="pestle-column-count">
            <span className="visually-hidden">{t('pestle.count', { count: items.length })}</span>
            <span aria-hidden="true">{items.length}</span>
          </span>
        </h4>
        {onAddHere && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('pestle.add.addHere', { category: name })}
            title={t('pestle.add.addHere', { category: name })}
            onClick={onAddHere}
          >
            <span aria-hidden="true">+</span>
          </button>
        )}
      </header>
      {items.length === 0 ? (
        <p className="pestle-column__empty">{t('pestle.empty')}</p>
      ) : (
        <ul className="pestle-column__items">
          {items.map((item) => (
            <PestleItemCard
              key={item.id}
              item={item}
              pending={isPending(item.id, view, confirmed)}
              author={authorLabel ? authorLabel(item.authorId) : null}
              canChange={actor !== null && canChangePestleItem(view, actor, item.authorId)}
              mutate={mutate}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
