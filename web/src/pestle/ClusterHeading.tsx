import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PestleCluster } from '../../../shared/domain/state';
import { ClusterLabelForm } from './ClusterLabelForm';
import { requestFocus, useRefocus } from './refocus';
import type { Mutate } from './types';

interface Props {
  cluster: PestleCluster;
  count: number;
  headingId: string;
  /** Rename and remove, for the facilitator and the rapporteur only. */
  mutate?: Mutate;
}

/** A cluster's label over its items, with Rename and Remove (confirmed: its items fall back to no cluster). */
export function ClusterHeading({ cluster, count, headingId, mutate }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmRemove'>('view');
  const renameRef = useRefocus<HTMLButtonElement>(`${cluster.id}:rename`);
  const removeRef = useRefocus<HTMLButtonElement>(`${cluster.id}:remove`);
  const confirmRef = useRefocus<HTMLButtonElement>(`${cluster.id}:confirm`);
  // Each step hands focus to the control that replaces the one just used.
  const go = (next: typeof mode, focus: 'rename' | 'remove' | 'confirm') => {
    requestFocus(`${cluster.id}:${focus}`);
    setMode(next);
  };
  const back = () => go('view', 'rename');

  if (mode === 'rename' && mutate) {
    return (
      <ClusterLabelForm
        title={t('organize.cluster.renameLabel', { label: cluster.label })}
        initial={cluster.label}
        submitText={t('organize.cluster.save')}
        testId="pestle-cluster-rename-form"
        onCancel={back}
        onSubmit={(label) => {
          if (label !== cluster.label) mutate('pestle.renameCluster', { id: cluster.id, label });
          back();
        }}
      />
    );
  }
  return (
    <div className="cluster__header">
      <h5 id={headingId} className="cluster__label">
        <span data-testid="pestle-cluster-name">{cluster.label}</span>{' '}
        <span className="visually-hidden">{t('organize.cluster.count', { count })}</span>
        <span className="cluster__count" aria-hidden="true">
          {count}
        </span>
      </h5>
      {mutate && (
        <div className="cluster__actions">
          {mode === 'confirmRemove' ? (
            <>
              <span className="hint">{t('organize.cluster.removeHint')}</span>
              <button
                ref={confirmRef}
                type="button"
                className="button button--small button--danger"
                data-testid="pestle-cluster-remove-confirm"
                onClick={() => mutate('pestle.removeCluster', { id: cluster.id })}
              >
                {t('organize.cluster.confirmRemove')}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => go('view', 'remove')}>
                {t('organize.cluster.cancel')}
              </button>
            </>
          ) : (
            <>
              <button
                ref={renameRef}
                type="button"
                className="button button--small button--secondary"
                aria-label={t('organize.cluster.renameLabel', { label: cluster.label })}
                data-testid="pestle-cluster-rename"
                onClick={() => setMode('rename')}
              >
                {t('organize.cluster.rename')}
              </button>
              <button
                ref={removeRef}
                type="button"
                className="button button--small button--secondary"
                aria-label={t('organize.cluster.removeLabel', { label: cluster.label })}
                data-testid="pestle-cluster-remove"
                onClick={() => go('confirmRemove', 'confirm')}
              >
                {t('organize.cluster.remove')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
