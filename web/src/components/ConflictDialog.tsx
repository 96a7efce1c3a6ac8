import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/template/schema';
import type { Conflict, ConflictStore } from '../sync/conflictStore';
import { ConflictItem } from './ConflictItem';
import '../styles/conflicts.css';

interface Props {
  open: boolean;
  conflicts: readonly Conflict[];
  store: Pick<ConflictStore, 'dismiss' | 'dismissAll'>;
  /** To name the phases a refused `phase.set` wanted. */
  template: Template | null;
  onClose: () => void;
}

/** Where focus goes after the list changed: an entry's Dismiss button, or a control of the dialog. */
type FocusTarget = { entry: string } | 'close' | 'dismissAll' | 'confirmAll' | null;

/**
 * The changes the server did not accept, in a modal dialog (native <dialog>: focus stays inside,
 * Escape closes). Focus goes to the title on opening, to the next entry after a dismissal, and
 * back to what opened the dialog on closing.
 */
export function ConflictDialog({ open, conflicts, store, template, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const introId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      title.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  useEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(null);
    const find = (selector: string) => actions.current?.querySelector<HTMLElement>(selector) ?? null;
    let target: HTMLElement | null = null;
    if (typeof focusTarget === 'object') {
      const entry = [...(list.current?.querySelectorAll<HTMLElement>('[data-conflict-id]') ?? [])].find(
        (el) => el.dataset.conflictId === focusTarget.entry,
      );
      target = entry?.querySelector<HTMLElement>('.conflict__dismiss') ?? null;
    } else if (focusTarget === 'dismissAll') target = find('[data-testid="conflicts-dismiss-all"]');
    else if (focusTarget === 'confirmAll') target = find('[data-testid="conflicts-confirm-all"]');
    (target ?? find('[data-testid="conflicts-close"]'))?.focus();
  }, [focusTarget]);

  const dismiss = (id: string) => {
    const index = conflicts.findIndex((c) => c.id === id);
    const next = conflicts[index + 1] ?? conflicts[index - 1];
    store.dismiss(id);
    setFocusTarget(next ? { entry: next.id } : 'close');
  };

  const closed = () => {
    setConfirmAll(false);
    onClose();
    const back = opener.current;
    opener.current = null;
    // The button that opened the list is gone once every entry was dismissed: go to the page's main content.
    (back?.isConnected ? back : document.getElementById('main'))?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="conflicts"
      aria-labelledby={titleId}
      aria-describedby={introId}
      data-testid="conflicts-dialog"
      onClose={closed}
    >
      <div className="conflicts__head">
        <h2 id={titleId} ref={title} tabIndex={-1} className="conflicts__title">
          {t('conflicts.title')}
        </h2>
        <button
          type="button"
          className="conflicts__x"
          aria-label={t('conflicts.close')}
          title={t('conflicts.close')}
          onClick={() => dialog.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p id={introId} className="conflicts__intro">
        {t('conflicts.intro')}
      </p>
      {conflicts.length === 0 ? (
        <p className="conflicts__empty" data-testid="conflicts-empty">
          {t('conflicts.empty')}
        </p>
      ) : (
        <ul ref={list} className="conflicts__list">
          {conflicts.map((c) => (
            <ConflictItem key={c.id} conflict={c} template={template} onDismiss={() => dismiss(c.id)} />
          ))}
        </ul>
      )}
      <div ref={actions} className="conflicts__actions">
        {conflicts.length > 1 && !confirmAll && (
          <button
            type="button"
            className="button button--secondary"
            data-testid="conflicts-dismiss-all"
            onClick={() => {
              setConfirmAll(true);
              setFocusTarget('confirmAll');
            }}
          >
            {t('conflicts.dismissAll')}
          </button>
        )}
        {conflicts.length > 1 && confirmAll && (
          <>
            <button
              type="button"
              className="button button--danger"
              data-testid="conflicts-confirm-all"
              onClick={() => {
                store.dismissAll();
                setConfirmAll(false);
                setFocusTarget('close');
              }}
            >
              {t('conflicts.confirmDismissAll', { count: conflicts.length })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirmAll(false);
                setFocusTarget('dismissAll');
              }}
            >
              {t('conflicts.cancel')}
            </button>
          </>
        )}
        <button type="button" className="button" data-testid="conflicts-close" onClick={() => dialog.current?.close()}>
          {t('conflicts.close')}
        </button>
      </div>
    </dialog>
  );
}
