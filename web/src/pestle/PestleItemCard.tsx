import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PestleItem } from '../../../shared/domain/state';
import { PestleItemEditor } from './PestleItemEditor';
import type { Mutate } from './types';

interface Props {
  item: PestleItem;
  pending: boolean;
  author: string | null;
  /** Edit and delete are offered only when the domain rules allow them. */
  canChange: boolean;
  mutate?: Mutate;
}

/** One contribution: its kind as a coloured badge, its text, its author, and the author's controls. */
export function PestleItemCard({ item, pending, author, canChange, mutate }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete'>('view');
  const editable = canChange && mutate;

  return (
    <li
      className={`pestle-item pestle-item--${item.kind}${pending ? ' pestle-item--pending' : ''}`}
      data-testid="pestle-item"
      data-item-id={item.id}
      data-kind={item.kind}
      data-pending={pending ? 'true' : undefined}
    >
      {mode === 'edit' && editable ? (
        <PestleItemEditor
          item={item}
          onCancel={() => setMode('view')}
          onSave={(changes) => {
            if (Object.keys(changes).length > 0) mutate('pestle.edit', { id: item.id, ...changes });
            setMode('view');
          }}
        />
      ) : (
        <>
          <p className="pestle-item__head">
            <span className={`kind kind--${item.kind}`}>{t(`pestleKinds.${item.kind}`)}</span>
            {pending && (
              <span className="pestle-item__pending" title={t('pestle.item.pending')}>
                <span aria-hidden="true">◷</span>
                <span className="visually-hidden">{t('pestle.item.pending')}</span>
              </span>
            )}
          </p>
          <p className="pestle-item__text">{item.text}</p>
          {author && <p className="pestle-item__author">{t('pestle.item.by', { name: author })}</p>}
          {editable && (
            <div className="pestle-item__actions">
              {mode === 'confirmDelete' ? (
                <>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    data-testid="pestle-item-delete-confirm"
                    onClick={() => mutate('pestle.remove', { id: item.id })}
                  >
                    {t('pestle.item.confirmDelete')}
                  </button>
                  <button type="button" className="button button--small button--secondary" onClick={() => setMode('view')}>
                    {t('pestle.item.cancel')}
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    data-testid="pestle-item-edit"
                    onClick={() => setMode('edit')}
                  >
                    {t('pestle.item.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    data-testid="pestle-item-delete"
                    onClick={() => setMode('confirmDelete')}
                  >
                    {t('pestle.item.delete')}
                  </button>
                </>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}
