import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { type CellValue, isEmptyCell } from './cells';
import { PriorityBadge } from './PriorityBadge';

interface Props {
  value: CellValue;
  pending: boolean;
  /** The button's accessible name (which cell, and what it holds); unused when read-only. */
  label: string;
  /** Absent when the viewer may not edit: the chip is then plain text. */
  onOpen?: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A cell at rest: its priority and note, compact; an empty cell stays quiet. */
export function CellChip({ value, pending, label, onOpen, buttonRef }: Props) {
  const { t } = useTranslation();
  const empty = isEmptyCell(value);
  const content = (
    <>
      {value.priority && <PriorityBadge priority={value.priority} />}
      {value.note && (
        <span className="cell-chip__note" data-testid="grid-cell-text">
          {value.note}
        </span>
      )}
      {pending && (
        <span className="cell-chip__pending" title={t('profilesUi.cell.pending')}>
          <span aria-hidden="true">◷</span>
          <span className="visually-hidden">{t('profilesUi.cell.pending')}</span>
        </span>
      )}
    </>
  );
  if (!onOpen) {
    if (empty) return <span className="visually-hidden">{t('profilesUi.cell.empty')}</span>;
    return <div className="cell-chip cell-chip--static">{content}</div>;
  }
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`cell-chip${empty ? ' cell-chip--empty' : ''}`}
      aria-label={label}
      title={label}
      onClick={onOpen}
      data-testid="grid-cell-chip"
    >
      {/* An empty cell shows only a faint "+": twelve columns of words would drown the notes. */}
      {empty ? (
        <span className="cell-chip__add" aria-hidden="true">
          +
        </span>
      ) : (
        content
      )}
    </button>
  );
}
