import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { MutationArgs } from '../../../shared/domain/mutations';
import type { PestleItem, WorkshopState } from '../../../shared/domain/state';
import { clustersIn } from './board';
import type { ItemControls } from './controls';
import { CategorySelect } from './KindSelect';
import { RatingSelect } from './RatingSelect';
import { cancelFocus, requestFocus, useRefocus } from './refocus';
import type { Mutate } from './types';

interface Props {
  item: PestleItem;
  view: WorkshopState;
  controls: ItemControls;
  mutate: Mutate;
  /** The item's text: every card has the same labels, so the group says which item it is. */
  describedBy: string;
}

type Field = 'category' | 'cluster' | 'impact' | 'likelihood';

/** The card's organising selects: category, cluster, impact and likelihood, each applied as soon as it is chosen. */
export function ItemOrganize({ item, view, controls, mutate, describedBy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const refs = {
    category: useRefocus<HTMLSelectElement>(`${item.id}:category`),
    cluster: useRefocus<HTMLSelectElement>(`${item.id}:cluster`),
    impact: useRefocus<HTMLSelectElement>(`${item.id}:impact`),
    likelihood: useRefocus<HTMLSelectElement>(`${item.id}:likelihood`),
  };
  const clusters = clustersIn(view.pestle, item.category);
  const showCluster = controls.cluster && clusters.length > 0;

  // The card re-mounts in another column or cluster group; the select's new copy takes focus back.
  const send = (field: Field, changes: Omit<MutationArgs<'pestle.edit'>, 'id'>) => {
    const key = `${item.id}:${field}`;
    requestFocus(key);
    if (!mutate('pestle.edit', { id: item.id, ...changes })) cancelFocus(key);
  };

  if (!controls.move && !controls.rate && !showCluster) return null;
  return (
    <fieldset className="organize-fields" aria-label={t('organize.item.organize')} aria-describedby={describedBy}>
      {controls.move && (
        <div className="organize-field">
          <label htmlFor={`${id}-cat`}>{t('organize.item.category')}</label>
          <CategorySelect
            id={`${id}-cat`}
            value={item.category}
            onChange={(category) => send('category', { category })}
            testId="pestle-item-category"
            className="input organize-select"
            selectRef={refs.category}
          />
        </div>
      )}
      {showCluster && (
        <div className="organize-field">
          <label htmlFor={`${id}-cluster`}>{t('organize.item.cluster')}</label>
          <select
            ref={refs.cluster}
            id={`${id}-cluster`}
            className="input organize-select"
            value={item.clusterId ?? ''}
            data-testid="pestle-item-cluster"
            onChange={(e) => send('cluster', { clusterId: e.target.value || null })}
          >
            <option value="">{t('organize.item.noCluster')}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {controls.rate &&
        (['impact', 'likelihood'] as const).map((field) => (
          <div className="organize-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`organize.item.${field}`)}</label>
            <RatingSelect
              id={`${id}-${field}`}
              value={item[field]}
              onChange={(value) => send(field, field === 'impact' ? { impact: value } : { likelihood: value })}
              testId={`pestle-item-${field}`}
              describedBy={`${id}-scale`}
              selectRef={refs[field]}
            />
          </div>
        ))}
      {controls.rate && (
        <span id={`${id}-scale`} className="visually-hidden">
          {t('organize.rating.scale', { max: LIMITS.ratingScale })}
        </span>
      )}
    </fieldset>
  );
}
