import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterToSubmit } from '../pestle/useEnterToSubmit';
import '../styles/inputs.css';
import { FormActions } from '../components/FormActions';

interface Props {
  label: string;
  submitLabel: string;
  max: number;
  initial?: string;
  placeholder?: string;
  /** Gets the trimmed text; true when it was sent, which empties the box (an edit form closes instead). */
  onSubmit: (text: string) => boolean;
  onCancel?: () => void;
  testIds?: { input: string; submit: string };
  /** Id of what the text answers (a question), read after the label: many boxes share one label. */
  describedBy?: string;
  /** Only for a form the user just opened (editing). */
  focusOnMount?: boolean;
}

/** One text box and its button: used to add to a stream and to edit an entry of it. */
export function TextForm({
  label,
  submitLabel,
  max,
  initial = '',
  placeholder,
  onSubmit,
  onCancel,
  testIds,
  describedBy,
  focusOnMount,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  const trimmed = text.trim();

  const submit = () => {
    if (!trimmed) return;
    if (onSubmit(trimmed)) setText('');
    // Back to the box so the next contribution can follow at once.
    box.current?.focus();
  };

  return (
    <form
      // The hint and counter show only while in use (inputs.css): a page of streams stays quiet.
      className={text ? 'text-form text-form--filled' : 'text-form'}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <label htmlFor={`${id}-text`} className="text-form__label">
        {label}
      </label>
      <textarea
        ref={box}
        id={`${id}-text`}
        className="input text-form__text"
        rows={2}
        value={text}
        maxLength={max}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={enterToSubmit(submit)}
        enterKeyHint="send"
        aria-describedby={[describedBy, `${id}-hint`, `${id}-count`].filter(Boolean).join(' ')}
        data-testid={testIds?.input}
        // biome-ignore lint/a11y/noAutofocus: only set when the user just asked to edit this entry
        autoFocus={focusOnMount}
      />
      <div className="text-form__meta">
        <span id={`${id}-hint`} className="hint">
          {t('inputs.stream.enterHint')}
        </span>
        <span id={`${id}-count`} className={text.length >= max ? 'counter counter--full' : 'counter'}>
          {t('inputs.stream.counter', { count: text.length, max })}
        </span>
      </div>
      <FormActions
        submitLabel={submitLabel}
        cancelLabel={t('inputs.actions.cancel')}
        onCancel={onCancel}
        submitDisabled={!trimmed}
        submitTestId={testIds?.submit}
      />
    </form>
  );
}
