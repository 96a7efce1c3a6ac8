import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type PestleCategory, type PestleKind } from '../../../shared/domain/constants';
import type { PestleItem } from '../../../shared/domain/state';
import { CategorySelect, KindSelect } from './KindSelect';
import { enterToSubmit } from './useEnterToSubmit';
import { FormActions } from '../components/FormActions';

interface Props {
  item: PestleItem;
  onSave: (changes: { category?: PestleCategory; kind?: PestleKind; text?: string }) => void;
  onCancel: () => void;
}

/** Inline editing of one item: only what changed is sent. */
export function PestleItemEditor({ item, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [category, setCategory] = useState(item.category);
  const [kind, setKind] = useState(item.kind);
  const [text, setText] = useState(item.text);
  const trimmed = text.trim();

  const save = () => {
    if (!trimmed) return;
    onSave({
      ...(category !== item.category ? { category } : {}),
      ...(kind !== item.kind ? { kind } : {}),
      ...(trimmed !== item.text ? { text: trimmed } : {}),
    });
  };

  return (
    <form
      className="pestle-edit"
      aria-label={t('pestle.item.editLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className="pestle-add__selects">
        <div className="field">
          <label htmlFor={`${id}-cat`}>{t('pestle.add.category')}</label>
          <CategorySelect id={`${id}-cat`} value={category} onChange={setCategory} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('pestle.add.kind')}</label>
          <KindSelect id={`${id}-kind`} value={kind} onChange={setKind} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('pestle.add.text')}</label>
        <textarea
          id={`${id}-text`}
          className="input"
          rows={3}
          value={text}
          maxLength={LIMITS.pestleText}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={enterToSubmit(save)}
          aria-describedby={`${id}-count`}
          data-testid="pestle-edit-text"
          // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this item
          autoFocus
        />
        <span id={`${id}-count`} className="counter">
          {t('pestle.add.counter', { count: text.length, max: LIMITS.pestleText })}
        </span>
      </div>
      <FormActions
        submitLabel={t('pestle.item.save')}
        cancelLabel={t('pestle.item.cancel')}
        onCancel={onCancel}
        submitDisabled={!trimmed}
        submitTestId="pestle-edit-save"
      />
    </form>
  );
}
