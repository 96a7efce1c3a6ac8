import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Authored, PestleItem, WorkshopState } from '../../../shared/domain/state';
import { itemControls } from './controls';
import { ItemActions } from './ItemActions';
import { ItemDots } from './ItemDots';
import { ItemOrganize } from './ItemOrganize';
import { MergeControl } from './MergeControl';
import { MergedList } from './MergedList';
import { PestleItemEditor } from './PestleItemEditor';
import { RatingBadges } from './RatingBadges';
import type { Mutate } from './types';

interface Props {
  item: PestleItem;
  pending: boolean;
  author: string | null;
  /** Edit and delete are offered only when the domain rules allow them. */
  canChange: boolean;
  view: WorkshopState;
  actor: Actor | null;
  mutate?: Mutate;
  /** Signs merged duplicates; null where authors are not shown. */
  authorLabel: ((item: Authored) => string) | null;
  /** The other items of its category: what it may be merged into. */
  targets: PestleItem[];
}

/** One contribution: kind badge, ratings, dots, text, author, merged duplicates, and the controls this viewer may use. */
export function PestleItemCard({ item, pending, author, canChange, view, actor, mutate, authorLabel, targets }: Props) {
  const { t } = useTranslation();
  const textId = useId();
  const [editing, setEditing] = useState(false);
  const editable = canChange && mutate;
  const controls = itemControls(view, actor, item, targets[0]?.id);

  return (
    <li
      className={`pestle-item pestle-item--${item.kind}${pending ? ' pestle-item--pending' : ''}`}
      data-testid="pestle-item"
      data-item-id={item.id}
      data-kind={item.kind}
      data-pending={pending ? 'true' : undefined}
    >
      {editing && editable ? (
        <PestleItemEditor
          item={item}
          onCancel={() => setEditing(false)}
          onSave={(changes) => {
            if (Object.keys(changes).length > 0) mutate('pestle.edit', { id: item.id, ...changes });
            setEditing(false);
          }}
        />
      ) : (
        <>
          <div className="pestle-item__head">
            <span className={`kind kind--${item.kind}`}>{t(`pestleKinds.${item.kind}`)}</span>
            <div className="pestle-item__badges">
              {/* The selects show the ratings to whoever may change them; everyone else gets the badges. */}
              {!(controls.rate && mutate) && <RatingBadges item={item} />}
              <ItemDots itemId={item.id} view={view} actor={actor} mutate={mutate} describedBy={textId} />
              {pending && (
                <span className="pestle-item__pending" title={t('pestle.item.pending')}>
                  <span aria-hidden="true">◷</span>
                  <span className="visually-hidden">{t('pestle.item.pending')}</span>
                </span>
              )}
            </div>
          </div>
          <p id={textId} className="pestle-item__text">
            {item.text}
          </p>
          {author && <p className="pestle-item__author">{t('pestle.item.by', { name: author })}</p>}
          <MergedList itemId={item.id} merged={item.merged} authorLabel={authorLabel} />
          {mutate && <ItemOrganize item={item} view={view} controls={controls} mutate={mutate} describedBy={textId} />}
          {mutate && (editable || controls.merge) && (
            <div className="pestle-item__actions">
              {editable && <ItemActions onEdit={() => setEditing(true)} onDelete={() => mutate('pestle.remove', { id: item.id })} />}
              {controls.merge && <MergeControl item={item} targets={targets} mutate={mutate} describedBy={textId} />}
            </div>
          )}
        </>
      )}
    </li>
  );
}
