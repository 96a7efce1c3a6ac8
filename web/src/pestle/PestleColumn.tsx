import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PestleCategory } from '../../../shared/domain/constants';
import { canChangePestleItem } from '../../../shared/domain/mutations';
import { canOrganize } from '../../../shared/domain/pestle-organize';
import type { Actor, Authored, PestleItem, WorkshopState } from '../../../shared/domain/state';
import { uuidv4 } from '../lib/random';
import { byVotes, groupByCluster, isPending } from './board';
import { ClusterGroups } from './ClusterGroups';
import { ClusterLabelForm } from './ClusterLabelForm';
import { ColumnTools } from './ColumnTools';
import { PestleItemCard } from './PestleItemCard';
import { requestFocus } from './refocus';
import type { Mutate } from './types';

interface Props {
  category: PestleCategory;
  items: PestleItem[];
  view: WorkshopState;
  confirmed: WorkshopState | null;
  /** Null on the projector: nothing can be changed there. */
  actor: Actor | null;
  mutate?: Mutate;
  authorLabel: ((item: Authored) => string) | null;
  onAddHere?: () => void;
}

export function PestleColumn({ category, items, view, confirmed, actor, mutate, authorLabel, onAddHere }: Props) {
  const { t } = useTranslation();
  const [sorted, setSorted] = useState(false);
  const [adding, setAdding] = useState(false);
  const name = t(`pestleCategories.${category}`);
  const headingId = `pestle-col-${category}`;
  const organize = actor && mutate && canOrganize(actor) ? mutate : undefined;
  const revealed = view.pestle.voting?.revealed != null;
  // Sorting is this viewer's own view of the results; it changes nothing on the board.
  const sortable = revealed && actor?.role === 'facilitator';
  const shown = sortable && sorted ? byVotes(view.pestle, items) : items;
  const { groups, loose } = groupByCluster(view.pestle, category, shown);
  const addKey = `${category}:addCluster`;
  // The form replaces the "New cluster" button; closing it gives the button focus back.
  const closeAdd = () => {
    requestFocus(addKey);
    setAdding(false);
  };

  const renderItem = (item: PestleItem) => (
    <PestleItemCard
      key={item.id}
      item={item}
      pending={isPending(item.id, view, confirmed)}
      author={authorLabel ? authorLabel(item) : null}
      canChange={actor !== null && canChangePestleItem(view, actor, item.authorId)}
      view={view}
      actor={actor}
      mutate={mutate}
      authorLabel={authorLabel}
      targets={items.filter((other) => other.id !== item.id)}
    />
  );

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
      <ColumnTools
        categoryName={name}
        focusKey={addKey}
        onAddCluster={organize && !adding ? () => setAdding(true) : undefined}
        sorted={sortable ? sorted : undefined}
        onSort={setSorted}
      />
      {adding && organize && (
        <ClusterLabelForm
          title={t('organize.cluster.addIn', { category: name })}
          submitText={t('organize.cluster.create')}
          testId="pestle-cluster-add-form"
          onCancel={closeAdd}
          onSubmit={(label) => {
            if (organize('pestle.addCluster', { id: uuidv4(), category, label })) closeAdd();
          }}
        />
      )}
      {items.length === 0 && groups.length === 0 ? (
        <p className="pestle-column__empty">{t('pestle.empty')}</p>
      ) : (
        <ClusterGroups groups={groups} loose={loose} renderItem={renderItem} organize={organize} />
      )}
    </section>
  );
}
