import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, PRIORITIES, type Priority } from '../../../shared/domain/constants';
import { type CellValue, parsePriority } from './cells';
import { editorKeys } from './editorKeys';
import { FormActions } from '../components/FormActions';

interface Props {
  /** The cell's value when the editor opened. */
  base: CellValue;
  /** Names the form: which need of which profile. */
  title: string;
  onSave: (draft: CellValue) => void;
  onCancel: () => void;
}

/** Inline editing of one cell: a short note and a priority. Enter saves, Escape cancels. */
export function CellEditor({ base, title, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState(base.note);
  const [priority, setPriority] = useState<Priority | null>(base.priority);
  const save = () => onSave({ note, priority });

  return (
    <form
      className="cell-editor"
      aria-label={title}
      data-testid="grid-cell-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={editorKeys(save, onCancel)}
    >
      <label htmlFor={`${id}-note`}>{t('profilesUi.cell.note')}</label>
      <textarea
        id={`${id}-note`}
        className="input"
        rows={3}
        value={note}
        maxLength={LIMITS.cellNote}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={`${id}-count ${id}-keys`}
        data-testid="grid-cell-note"
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this cell
        autoFocus
      />
      <span id={`${id}-count`} className="profiles-counter">
        {t('profilesUi.cell.counter', { count: note.length, max: LIMITS.cellNote })}
      </span>
      <label htmlFor={`${id}-priority`}>{t('profilesUi.priority.label')}</label>
      <select
        id={`${id}-priority`}
        className="input"
        value={priority ?? ''}
        onChange={(e) => setPriority(parsePriority(e.target.value))}
        data-testid="grid-cell-priority"
      >
        <option value="">{t('profilesUi.priority.none')}</option>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`profilesUi.priority.${p}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-keys`} className="cell-editor__keys">
        {t('profilesUi.cell.keys')}
      </p>
      <FormActions
        submitLabel={t('profilesUi.cell.save')}
        cancelLabel={t('profilesUi.cell.cancel')}
        onCancel={onCancel}
        submitTestId="grid-cell-save"
        cancelTestId="grid-cell-cancel"
      />
    </form>
  );
}
