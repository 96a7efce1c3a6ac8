import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The Remove button's accessible name (which thing it removes). */
  name: string;
  texts: { remove: string; question: string; yes: string; cancel: string };
  /** `<prefix>`, `<prefix>-confirm` and `<prefix>-cancel`. */
  testId: string;
  className: string;
  onConfirm: () => void;
}

/** "Remove", then an inline confirmation; focus moves to the question's button and back to Remove on cancel. */
export function ConfirmRemove({ name, texts, testId, className, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus moves only after the person used the control, never on the first render.
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
        data-testid={testId}
        onClick={() => ask(true)}
      >
        {texts.remove}
      </button>
    );
  }
  return (
    <div className={className}>
      <p>{texts.question}</p>
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          data-testid={`${testId}-confirm`}
          onClick={onConfirm}
        >
          {texts.yes}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid={`${testId}-cancel`}
          onClick={() => ask(false)}
        >
          {texts.cancel}
        </button>
      </div>
    </div>
  );
}
