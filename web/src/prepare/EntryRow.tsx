import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideList } from '../../../shared/domain/guide-edit';
import { FormActions } from '../components/FormActions';
import type { Mutate } from '../pestle/types';
import { changedFields, type Draft, type FieldName, problems } from './draft';
import type { Entry } from './entries';
import { FieldInput } from './FieldInput';
import { RowActions } from './RowActions';

interface Props {
  list: GuideList;
  entry: Entry;
  index: number;
  count: number;
  fields: FieldName[];
  mutate: Mutate;
  removeBlocked?: string;
  /** Called once a removal was sent, so the list can take the focus the row had. */
  onRemoved: () => void;
}

/** One entry of the guide: its fields, saved together by an explicit button, and its row actions. */
export function EntryRow({ list, entry, index, count, fields, mutate, removeBlocked, onRemoved }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // Only the fields typed in: the others keep following the live guide (another device may edit them).
  const [draft, setDraft] = useState<Draft>({});
  const shown = { ...entry.values, ...draft };
  const changes = changedFields(entry.values, draft);
  const found = problems(draft);
  const dirty = Object.keys(changes).length > 0;
  const valid = Object.keys(found).length === 0;

  const save = () => {
    if (!dirty || !valid || !mutate('guide.edit', { list, id: entry.id, ...changes })) return;
    setDraft({});
    // Save turns disabled under the keyboard; go back to the row's first field rather than nowhere.
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  };

  return (
    <li
      className={fields.length === 1 ? 'prepare-row prepare-row--single' : 'prepare-row'}
      data-testid="prepare-row"
      data-list={list}
      data-id={entry.id}
    >
      <form
        ref={formRef}
        className="prepare-row__form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset className="prepare-row__set">
          <legend className="visually-hidden">{t('prepare.row.legend', { position: index + 1, name: entry.name })}</legend>
          <div className="prepare-row__head">
            <span className="prepare-row__position" aria-hidden="true">
              {index + 1}
            </span>
            {entry.kind && <span className="badge">{t('prepare.row.kind', { kind: t(`prepare.kinds.${entry.kind}`) })}</span>}
          </div>
          <div className="prepare-row__fields">
            {fields.map((field) => (
              <FieldInput
                key={field}
                list={list}
                field={field}
                value={shown[field] ?? ''}
                problem={found[field]}
                onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
              />
            ))}
          </div>
          <div className="prepare-row__foot">
            <FormActions
              submitLabel={t('prepare.row.save')}
              cancelLabel={t('prepare.row.discard')}
              onCancel={dirty || !valid ? () => setDraft({}) : undefined}
              submitDisabled={!dirty || !valid}
              submitTestId="prepare-save"
              cancelTestId="prepare-discard"
            />
            <RowActions
              name={entry.name}
              index={index}
              count={count}
              onMove={(toIndex) => mutate('guide.move', { list, id: entry.id, toIndex })}
              onRemove={() => mutate('guide.remove', { list, id: entry.id }) && onRemoved()}
              removeBlocked={removeBlocked}
            />
          </div>
        </fieldset>
      </form>
    </li>
  );
}
