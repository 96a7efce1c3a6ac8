import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  onRemove: () => void;
  /** Why the entry cannot go (the current phase); the button is then off and the reason shown. */
  blocked?: string;
}

/** Remove, in two steps: a slip of the finger on a phone must not delete part of the guide. */
export function RemoveButton({ name, onRemove, blocked }: Props) {
  const { t } = useTranslation();
  const reasonId = useId();
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  // Focus follows the step, so a keyboard user lands on the question and can come back from it.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (confirming ? confirmRef : removeRef).current?.focus();
  }, [confirming]);
  const step = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };

  if (confirming) {
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape backs out of the question from either button
      <div
        className="prepare-remove prepare-remove--confirm"
        onKeyDown={(e) => {
          if (e.key === 'Escape') step(false);
        }}
      >
        <span id={questionId} className="prepare-remove__question">
          {t('prepare.row.confirm', { name })}
        </span>
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          aria-describedby={questionId}
          data-testid="prepare-remove-confirm"
          onClick={() => {
            onRemove();
            // Still here when the removal was refused (a toast says why): back to the plain button.
            step(false);
          }}
        >
          {t('prepare.row.confirmYes')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => step(false)}>
          {t('prepare.row.confirmNo')}
        </button>
      </div>
    );
  }
  return (
    <div className="prepare-remove">
      <button
        ref={removeRef}
        type="button"
        className="button button--small button--secondary prepare-remove__button"
        aria-label={t('prepare.row.removeLabel', { name })}
        aria-describedby={blocked ? reasonId : undefined}
        disabled={blocked !== undefined}
        data-testid="prepare-remove"
        onClick={() => step(true)}
      >
        {t('prepare.row.remove')}
      </button>
      {blocked && (
        <span id={reasonId} className="prepare-remove__reason">
          {blocked}
        </span>
      )}
    </div>
  );
}
