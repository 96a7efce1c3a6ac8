import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies with the Clipboard API, which needs a secure context, else with the old selection way. */
async function copyText(text: string, input: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
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

/** Rows enough for most texts on a phone (about 40 characters a line), between 2 and 6; it scrolls beyond. */
function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 40)), 0);
  return Math.min(6, Math.max(2, lines));
}

interface Props {
  label: string;
  value: string;
  testId?: string;
  large?: boolean;
  /** A text that may hold line breaks (an input would drop them): a read-only text area. */
  multiline?: boolean;
}

/** A labelled read-only value with a copy button. */
export function CopyField({ label, value, testId, large = false, multiline = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const shared = {
    ref: input,
    id,
    readOnly: true,
    value,
    'data-testid': testId,
  };
  return (
    <div className={multiline ? 'copy-field copy-field--multiline' : 'copy-field'}>
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        {multiline ? (
          <textarea {...shared} className="copy-field__input copy-field__input--text" rows={rowsFor(value)} />
        ) : (
          <input
            {...shared}
            className={large ? 'copy-field__input copy-field__input--large' : 'copy-field__input'}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
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
