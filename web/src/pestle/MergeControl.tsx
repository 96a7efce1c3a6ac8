import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PestleItem } from '../../../shared/domain/state';
import { requestFocus, useRefocus } from './refocus';
import type { Mutate } from './types';

interface Props {
  item: PestleItem;
  /** Items it may be merged into: the others of its category. */
  targets: PestleItem[];
  mutate: Mutate;
  describedBy: string;
}

/** Long texts would make the select as wide as the screen; the option only needs to be recognisable. */
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text);

/** "Merge into…": pick the item to keep, then confirm (a merge cannot be undone from the board). */
export function MergeControl({ item, targets, mutate, describedBy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [intoId, setIntoId] = useState('');
  const valid = targets.some((x) => x.id === intoId);
  const toggleRef = useRefocus<HTMLButtonElement>(`${item.id}:merge`);
  // Closing swaps the form back for the button; focus goes back to it.
  const close = () => {
    requestFocus(`${item.id}:merge`);
    setOpen(false);
  };

  const merge = () => {
    if (!valid) return;
    requestFocus(`${intoId}:merged`);
    mutate('pestle.merge', { id: item.id, intoId });
  };

  if (!open) {
    return (
      <button
        type="button"
        ref={toggleRef}
        className="button button--small button--secondary"
        aria-describedby={describedBy}
        data-testid="pestle-item-merge"
        onClick={() => setOpen(true)}
      >
        {t('organize.merge.open')}
      </button>
    );
  }
  return (
    <form
      className="merge-form"
      aria-label={t('organize.merge.openLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        merge();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <label htmlFor={`${id}-into`}>{t('organize.merge.target')}</label>
      <select
        id={`${id}-into`}
        className="input organize-select"
        value={intoId}
        aria-describedby={`${id}-hint`}
        data-testid="pestle-merge-target"
        onChange={(e) => setIntoId(e.target.value)}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to merge this item
        autoFocus
      >
        <option value="">{t('organize.merge.choose')}</option>
        {targets.map((x) => (
          <option key={x.id} value={x.id}>
            {short(x.text)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('organize.merge.hint')}
      </p>
      <div className="merge-form__actions">
        <button type="submit" className="button button--small" disabled={!valid} data-testid="pestle-merge-confirm">
          {t('organize.merge.confirm')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={close}>
          {t('organize.merge.cancel')}
        </button>
      </div>
    </form>
  );
}
