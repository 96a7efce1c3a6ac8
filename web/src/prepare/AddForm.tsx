import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { GuideList } from '../../../shared/domain/guide-edit';
import type { PhaseKind } from '../../../shared/template/schema';
import { FormActions } from '../components/FormActions';
import type { Mutate } from '../pestle/types';
import { addArgs, hasLabel, newId, shortName } from './draft';
import { FieldInput } from './FieldInput';
import { KindSelect } from './KindSelect';

interface Props {
  list: GuideList;
  /** The objective group or question section the new entry goes in. */
  parentId?: string;
  /** Its name, for the form's legend. */
  parentName?: string;
  mutate: Mutate;
}

/** Adds an entry at the end of a list (or of one group of it); it can then be moved into place. */
export function AddForm({ list, parentId, parentName, mutate }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<PhaseKind>('preliminary');
  const [added, setAdded] = useState('');

  const submit = () => {
    const args = addArgs(list, parentId, { text, label, kind }, newId(list));
    // Refused before sending (offline queue full, invalid…): a toast says why and the text stays.
    if (!args || !mutate('guide.add', args)) return;
    setText('');
    setLabel('');
    setAdded(t('prepare.add.done', { name: shortName(args.text) }));
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  };

  return (
    <form
      ref={formRef}
      className="prepare-add"
      data-testid="prepare-add-form"
      data-list={list}
      data-parent={parentId}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="prepare-add__set">
        <legend className="prepare-add__legend">{t(`prepare.add.${list}`, { parent: parentName ?? '' })}</legend>
        <div className="prepare-row__fields">
          {hasLabel(list) && (
            <FieldInput
              list={list}
              field="label"
              value={label}
              onChange={setLabel}
              testId="prepare-add-label"
              hint={t('prepare.add.labelHint', { max: LIMITS.guideLabel })}
            />
          )}
          <FieldInput list={list} field="text" value={text} onChange={setText} testId="prepare-add-text" />
          {list === 'phase' && <KindSelect value={kind} onChange={setKind} />}
        </div>
        <FormActions
          submitLabel={t('prepare.add.submit')}
          cancelLabel={t('prepare.row.confirmNo')}
          submitDisabled={text.trim() === ''}
          submitTestId="prepare-add-submit"
        />
        <p className="visually-hidden" role="status">
          {added}
        </p>
      </fieldset>
    </form>
  );
}
