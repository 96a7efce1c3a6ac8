import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Remove", then an inline confirmation; focus moves to the question and back to the button on cancel. */
export function RemoveProposal({ name, onConfirm }: { name: string; onConfirm: () => void }) {
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
        data-testid="wm-proposal-remove"
        onClick={() => ask(true)}
      >
        {t('matricesUi.proposals.remove')}
      </button>
    );
  }
  return (
    <div className="wm-confirm">
      <p>{t('matricesUi.proposals.confirm')}</p>
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          data-testid="wm-proposal-remove-confirm"
          onClick={onConfirm}
        >
          {t('matricesUi.proposals.confirmYes')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="wm-proposal-remove-cancel"
          onClick={() => ask(false)}
        >
          {t('matricesUi.proposals.cancel')}
        </button>
      </div>
    </div>
  );
}
