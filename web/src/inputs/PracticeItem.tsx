import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodPractice } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';
import { ItemActions } from './ItemActions';
import { type PracticeFields, PracticeForm } from './PracticeForm';

interface Props {
  practice: GoodPractice;
  pending: boolean;
  /** From `practiceRights`: each control shows only when the rules allow it. */
  rights: { edit: boolean; remove: boolean };
  mutate?: Mutate;
  /** Called after a removal: the entry, and the focused button in it, are about to disappear. */
  onRemoved?: () => void;
}

/** Only what changed is sent; an edit that changed nothing sends nothing. */
function changes(before: GoodPractice, after: PracticeFields): Partial<PracticeFields> {
  const keys = ['country', 'title', 'summary', 'presenter'] as const;
  return Object.fromEntries(keys.filter((k) => after[k] !== before[k]).map((k) => [k, after[k]]));
}

/** One recorded presentation: country, title, who presented it and its summary. */
export function PracticeItem({ practice: p, pending, rights, mutate, onRemoved }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [leftEditor, setLeftEditor] = useState(false);
  const close = () => {
    setEditing(false);
    setLeftEditor(true);
  };

  return (
    <li className="practice" data-testid="practice-item" data-practice-id={p.id} data-pending={pending ? 'true' : undefined}>
      {editing && mutate ? (
        <PracticeForm
          heading={t('inputs.practice.editLabel')}
          submitLabel={t('inputs.actions.save')}
          initial={p}
          testId="practice-edit-form"
          focusOnMount
          onCancel={close}
          onSubmit={(fields) => {
            const changed = changes(p, fields);
            if (Object.keys(changed).length > 0) mutate('practice.edit', { id: p.id, ...changed });
            close();
            return false;
          }}
        />
      ) : (
        <>
          <p className="practice__title">
            <span className="label-chip">{p.country}</span> {p.title}
          </p>
          {p.presenter && <p className="practice__presenter">{t('inputs.practice.presentedBy', { name: p.presenter })}</p>}
          {p.summary && <p className="practice__summary">{p.summary}</p>}
          {pending && <p className="practice__pending">{t('inputs.stream.pending')}</p>}
          {mutate && (
            <ItemActions
              testId="practice"
              focusEdit={leftEditor}
              onEdit={rights.edit ? () => setEditing(true) : undefined}
              onDelete={
                rights.remove
                  ? () => {
                      mutate('practice.remove', { id: p.id });
                      onRemoved?.();
                    }
                  : undefined
              }
            />
          )}
        </>
      )}
    </li>
  );
}
