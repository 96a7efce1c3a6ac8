import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type PestleCategory, type PestleKind } from '../../../shared/domain/constants';
import { uuidv4 } from '../lib/random';
import { CategorySelect, KindSelect } from './KindSelect';
import type { Mutate } from './types';
import { enterToSubmit } from './useEnterToSubmit';

interface Props {
  category: PestleCategory;
  onCategoryChange: (c: PestleCategory) => void;
  mutate: Mutate;
  textRef: RefObject<HTMLTextAreaElement | null>;
}

/** One form for the whole board: category, kind and the text, with a live character count. */
export function PestleAddForm({ category, onCategoryChange, mutate, textRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<PestleKind>('state');
  const [text, setText] = useState('');
  const trimmed = text.trim();

  const submit = () => {
    if (!trimmed) return;
    // The id is made here so the item can be shown at once and the send retried safely.
    if (mutate('pestle.add', { id: uuidv4(), category, kind, text: trimmed })) setText('');
    textRef.current?.focus();
  };

  return (
    <form
      className="pestle-add"
      aria-labelledby={`${id}-h`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        submit();
      }}
    >
      <h4 id={`${id}-h`} className="pestle-add__heading">
        {t('pestle.add.heading')}
      </h4>
      <div className="pestle-add__selects">
        <div className="field">
          <label htmlFor={`${id}-cat`}>{t('pestle.add.category')}</label>
          <CategorySelect id={`${id}-cat`} value={category} onChange={onCategoryChange} testId="pestle-add-category" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('pestle.add.kind')}</label>
          <KindSelect id={`${id}-kind`} value={kind} onChange={setKind} testId="pestle-add-kind" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('pestle.add.text')}</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="input pestle-add__text"
          rows={3}
          value={text}
          maxLength={LIMITS.pestleText}
          placeholder={t('pestle.add.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={enterToSubmit(submit)}
          enterKeyHint="send"
          aria-describedby={`${id}-count ${id}-hint`}
          data-testid="pestle-add-text"
        />
        <div className="pestle-add__meta">
          <span id={`${id}-hint`} className="hint">
            {t('pestle.add.enterHint')}
          </span>
          <span id={`${id}-count`} className={text.length >= LIMITS.pestleText ? 'counter counter--full' : 'counter'}>
            {t('pestle.add.counter', { count: text.length, max: LIMITS.pestleText })}
          </span>
        </div>
      </div>
      <button type="submit" className="button" disabled={!trimmed} data-testid="pestle-add-submit">
        {t('pestle.add.submit')}
      </button>
    </form>
  );
}
