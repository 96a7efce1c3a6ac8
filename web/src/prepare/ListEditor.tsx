import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideList } from '../../../shared/domain/guide-edit';
import type { Mutate } from '../pestle/types';
import { AddForm } from './AddForm';
import type { FieldName } from './draft';
import type { Entry } from './entries';
import { EntryRow } from './EntryRow';

interface Props {
  list: GuideList;
  /** The list's name for assistive technology (the section, or the group or section within it). */
  label: string;
  entries: Entry[];
  /** The fields each row edits, in order. */
  fields: FieldName[];
  mutate: Mutate;
  /** The objective group or question section these entries belong to. */
  parentId?: string;
  parentName?: string;
  /** Why an entry cannot be removed, if it cannot. */
  removeBlocked?: (id: string) => string | undefined;
}

/** Any list of the guide — agenda, objectives, questions, profiles, needs: its rows, then a form to add one. */
export function ListEditor({ list, label, entries, fields, mutate, parentId, parentName, removeBlocked }: Props) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  return (
    <div className="prepare-list">
      {entries.length === 0 ? (
        <p className="hint">{t('prepare.empty')}</p>
      ) : (
        // Focusable so a removed row's focus lands on its list, not on the page's top.
        <ol ref={listRef} className="prepare-list__rows" aria-label={label} tabIndex={-1}>
          {entries.map((entry, index) => (
            <EntryRow
              key={entry.id}
              list={list}
              entry={entry}
              index={index}
              count={entries.length}
              fields={fields}
              mutate={mutate}
              removeBlocked={removeBlocked?.(entry.id)}
              onRemoved={() => listRef.current?.focus()}
            />
          ))}
        </ol>
      )}
      <AddForm list={list} parentId={parentId} parentName={parentName} mutate={mutate} />
    </div>
  );
}
