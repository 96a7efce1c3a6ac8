import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PestleItem } from '../../../shared/domain/state';
import type { ClusterGroup } from './board';
import { ClusterHeading } from './ClusterHeading';
import type { Mutate } from './types';

interface Props {
  groups: ClusterGroup[];
  loose: PestleItem[];
  renderItem: (item: PestleItem) => ReactNode;
  /** Given to the facilitator and the rapporteur: rename and remove clusters. */
  organize?: Mutate;
}

/** A column's items under their cluster labels, then those in no cluster (headed only when clusters exist). */
export function ClusterGroups({ groups, loose, renderItem, organize }: Props) {
  const { t } = useTranslation();
  const prefix = useId();
  const list = (items: PestleItem[]) => <ul className="pestle-column__items">{items.map(renderItem)}</ul>;
  return (
    <>
      {groups.map(({ cluster, items }) => (
        <section
          key={cluster.id}
          className="cluster"
          aria-labelledby={`${prefix}-${cluster.id}`}
          data-testid="pestle-cluster"
          data-cluster-id={cluster.id}
        >
          <ClusterHeading cluster={cluster} count={items.length} headingId={`${prefix}-${cluster.id}`} mutate={organize} />
          {items.length > 0 ? list(items) : <p className="cluster__empty">{t('organize.cluster.empty')}</p>}
        </section>
      ))}
      {loose.length > 0 &&
        (groups.length > 0 ? (
          <section className="cluster cluster--loose" aria-labelledby={`${prefix}-loose`} data-testid="pestle-cluster-loose">
            <h5 id={`${prefix}-loose`} className="cluster__label">
              {t('organize.cluster.ungrouped')}
            </h5>
            {list(loose)}
          </section>
        ) : (
          list(loose)
        ))}
    </>
  );
}
