import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Prefix of the buttons' test ids: `<prefix>-edit`, `<prefix>-delete`, `<prefix>-delete-confirm`. */
  testId: string;
  onEdit?: () => void;
  onDelete?: () => void;
  /** Focus the edit button on mount: the user just left the editor, so focus returns where it was. */
  focusEdit?: boolean;
  /** Other controls of the entry, shown first (e.g. the key-point toggle). */
  children?: ReactNode;
}

/** An entry's controls: edit, and delete behind a confirmation (a tap too many must not lose someone's words). */
export function ItemActions({ testId, onEdit, onDelete, focusEdit, children }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const edit = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (focusEdit) edit.current?.focus();
  }, [focusEdit]);

  // The button pressed disappears on both steps; keep keyboard focus on the one that replaces it.
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (opened.current) remove.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  const cancelOnEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') setConfirming(false);
  };

  if (!onEdit && !onDelete && !children) return null;
  return (
    <div className="entry-actions">
      {children}
      {confirming && onDelete ? (
        <>
          <button
            ref={confirm}
            type="button"
            className="button button--small button--danger"
            data-testid={`${testId}-delete-confirm`}
            onClick={onDelete}
            onKeyDown={cancelOnEscape}
          >
            {t('inputs.actions.confirmDelete')}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setConfirming(false)}
            onKeyDown={cancelOnEscape}
          >
            {t('inputs.actions.cancel')}
          </button>
        </>
      ) : (
        <>
          {onEdit && (
            <button
              ref={edit}
              type="button"
              className="button button--small button--secondary"
              data-testid={`${testId}-edit`}
              onClick={onEdit}
            >
              {t('inputs.actions.edit')}
            </button>
          )}
          {onDelete && (
            <button
              ref={remove}
              type="button"
              className="button button--small button--secondary"
              data-testid={`${testId}-delete`}
              onClick={() => setConfirming(true)}
            >
              {t('inputs.actions.delete')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
