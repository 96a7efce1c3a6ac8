import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Remove", then an inline confirmation; focus moves to the question's button and back on cancel. */
export function RemoveAction({ name, n, onConfirm }: { name: string; n: number; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current) return;
    (asking ? confirmRef : removeRef).current?.focus();
  }, [asking]);
  const ask = (on: boolean) => {
    touched.current = true;
    setAsking(on);
  };
  if (!asking) {
    return (
      <button
        ref={removeRef}
        type="button"
        className="button button--small button--secondary"
        aria-label={name}
        data-testid="final-action-remove"
        onClick={() => ask(true)}
      >
        {t('finalUi.action.remove')}
      </button>
    );
  }
  return (
    <div className="final-confirm">
      <p>{t('finalUi.action.confirm', { n })}</p>
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          data-testid="final-action-remove-confirm"
          onClick={onConfirm}
        >
          {t('finalUi.action.confirmYes')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="final-action-remove-cancel"
          onClick={() => ask(false)}
        >
          {t('finalUi.action.cancel')}
        </button>
      </div>
    </div>
  );
}
