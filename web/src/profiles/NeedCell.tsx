import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { type CellValue, cellAt, cellChanges, cellValue, isCellPending } from './cells';
import { CellChip } from './CellChip';
import { CellEditor } from './CellEditor';
import type { SaveCell } from './send';
import { useInlineEdit } from './useInlineEdit';

interface Props {
  /** A table cell on desktop, a list item in a profile's card on phones. */
  as: 'td' | 'li';
  profile: Template['profiles'][number];
  need: Template['needs'][number];
  view: WorkshopState;
  confirmed: WorkshopState | null;
  /** Absent when the viewer may not edit. */
  save?: SaveCell;
  /** Shown before the chip (the need's name, in a card). */
  children?: ReactNode;
}

/** One profile × need cell: the chip, or its inline editor while open. */
export function NeedCell({ as: Tag, profile, need, view, confirmed, save, children }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const value = cellValue(cellAt(view, profile.id, need.id));
  const names = { profile: localize(profile.label, lang), need: localize(need.label, lang) };
  const priority = value.priority ? t(`profilesUi.priority.${value.priority}`) : '';
  const summary = [priority, value.note].filter(Boolean).join('. ') || t('profilesUi.cell.empty');
  const editable = save !== undefined;
  const edit = useInlineEdit<CellValue, HTMLButtonElement>(editable);
  const { base } = edit;

  return (
    <Tag
      className={`need-cell${base ? ' need-cell--editing' : ''}`}
      data-testid="grid-cell"
      data-profile={profile.id}
      data-need={need.id}
      data-priority={value.priority ?? 'none'}
    >
      {children}
      {base && save ? (
        <CellEditor
          base={base}
          title={t('profilesUi.cell.editorLabel', names)}
          onCancel={edit.close}
          onSave={(draft) => {
            const changes = cellChanges(base, draft);
            // A refused save keeps the editor open, so the text typed is not lost.
            if (!changes || save(profile.id, need.id, changes)) edit.close();
          }}
        />
      ) : (
        <CellChip
          value={value}
          pending={isCellPending(view, confirmed, profile.id, need.id)}
          label={t('profilesUi.cell.editLabel', { ...names, summary })}
          onOpen={save ? () => edit.open(value) : undefined}
          buttonRef={edit.opener}
        />
      )}
    </Tag>
  );
}
