import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies with the Clipboard API, which needs a secure context, else with the old selection way. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  if (!input) return false;
  input.focus();
  input.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** A labelled read-only value with a copy button. */
export function CopyField({ label, value, testId, large = false }: { label: string; value: string; testId?: string; large?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className={large ? 'copy-field__input copy-field__input--large' : 'copy-field__input'}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('copy.copyWhat', { what: label })}
          onClick={async () => setState((await copyText(value, input.current)) ? 'copied' : 'failed')}
        >
          {state === 'copied' ? t('copy.copied') : t('copy.copy')}
        </button>
      </div>
      <p className="copy-field__feedback" aria-live="polite">
        {state === 'failed' ? t('copy.failed') : ''}
      </p>
    </div>
  );
}
