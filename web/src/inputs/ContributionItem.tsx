import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { Contribution } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';
import { ItemActions } from './ItemActions';
import { TextForm } from './TextForm';

interface Props {
  contribution: Contribution;
  byline: string;
  pending: boolean;
  /** From `contributionRights`: each control shows only when the rules allow it. */
  rights: { edit: boolean; remove: boolean; markKey: boolean };
  mutate?: Mutate;
  /** Called after a removal: the entry, and the focused button in it, are about to disappear. */
  onRemoved?: () => void;
  /** Told when editing starts and ends, so the stream keeps this entry shown meanwhile. */
  onEditing?: (editing: boolean) => void;
}

/** One entry of a stream: its text, who wrote it, whether it is a key point, and the controls the viewer may use. */
export function ContributionItem({ contribution: c, byline, pending, rights, mutate, onRemoved, onEditing }: Props) {
  const { t } = useTranslation();
  const [editing, setEditingState] = useState(false);
  const [leftEditor, setLeftEditor] = useState(false);
  const setEditing = (next: boolean) => {
    setEditingState(next);
    onEditing?.(next);
  };
  const close = () => {
    setEditing(false);
    setLeftEditor(true);
  };

  return (
    <li
      className={`contribution${c.key ? ' contribution--key' : ''}${pending ? ' contribution--pending' : ''}`}
      data-testid="contribution"
      data-contribution-id={c.id}
      data-key={c.key ? 'true' : undefined}
      data-pending={pending ? 'true' : undefined}
    >
      {c.key && (
        <p className="contribution__key">
          <span aria-hidden="true">★</span> {t('inputs.key.badge')}
        </p>
      )}
      {editing && mutate ? (
        <TextForm
          label={t('inputs.stream.editLabel')}
          submitLabel={t('inputs.actions.save')}
          max={LIMITS.contributionText}
          initial={c.text}
          focusOnMount
          testIds={{ input: 'contribution-edit-input', submit: 'contribution-edit-save' }}
          onCancel={close}
          onSubmit={(text) => {
            if (text !== c.text) mutate('contribution.edit', { id: c.id, text });
            close();
            return false;
          }}
        />
      ) : (
        <>
          <p className="contribution__text">{c.text}</p>
          <p className="contribution__meta">
            {byline}
            {pending && <span className="contribution__pending"> · {t('inputs.stream.pending')}</span>}
          </p>
          {mutate && (
            <ItemActions
              testId="contribution"
              focusEdit={leftEditor}
              onEdit={rights.edit ? () => setEditing(true) : undefined}
              onDelete={
                rights.remove
                  ? () => {
                      mutate('contribution.remove', { id: c.id });
                      onRemoved?.();
                    }
                  : undefined
              }
            >
              {rights.markKey && (
                <button
                  type="button"
                  className="button button--small button--secondary key-toggle"
                  aria-pressed={c.key}
                  data-testid="contribution-key-toggle"
                  onClick={() => mutate('contribution.markKey', { id: c.id, key: !c.key })}
                >
                  <span aria-hidden="true">{c.key ? '★' : '☆'}</span> {t('inputs.key.toggle')}
                </button>
              )}
            </ItemActions>
          )}
        </>
      )}
    </li>
  );
}
