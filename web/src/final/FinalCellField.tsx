import { useEffect, useId, useRef } from 'react';
import { LIMITS } from '../../../shared/domain/constants';
import type { TextCell } from '../../../shared/domain/final-matrix-model';
import type { Member } from '../../../shared/domain/state';
import { useAutosave } from '../matrices/useAutosave';
import { cancelFocus, requestFocus, useRefocus } from '../pestle/refocus';
import { alternativeOf, hasConflict } from './conflict';
import { ConflictChooser } from './ConflictChooser';

interface Props {
  cell: TextCell;
  /** The visible label, if any; `name` is the full accessible name and contains it. */
  label?: string;
  name: string;
  testId: string;
  /** Unique on the page: where focus returns once a conflict is settled. */
  focusKey: string;
  me: string | null;
  members: Record<string, Member>;
  save: (text: string, baseRev: number) => boolean;
  resolve: (text: string) => boolean;
  onDirty: (dirty: boolean) => void;
  placeholder?: string;
  rows?: number;
}

/**
 * A cell of a final matrix that two editors may write at once, saved as the person types. Each
 * editing session remembers the rev it started from and sends it with every save: the server
 * then keeps a concurrent write beside the text instead of over it (ConflictChooser settles it).
 */
export function FinalCellField({ cell, label, name, testId, focusKey, me, members, save, resolve, onDirty, placeholder, rows = 2 }: Props) {
  const id = useId();
  const baseRev = useRef(cell.rev);
  const mine = alternativeOf(cell, me);
  // Text already waiting beside the current one as this member's version has nothing new to send.
  const field = useAutosave({ value: cell.text, save: (text) => text === mine || save(text, baseRev.current) });
  const ref = useRefocus<HTMLTextAreaElement>(focusKey);
  useDirtyReport(field.dirty && field.text.trim() !== mine, onDirty);
  return (
    <div className="wm-field final-field">
      {label && (
        <label htmlFor={id} className="wm-field__label">
          {label}
        </label>
      )}
      <textarea
        ref={ref}
        id={id}
        className="input wm-field__input"
        aria-label={name}
        data-testid={testId}
        rows={rows}
        maxLength={LIMITS.matrixText}
        placeholder={placeholder}
        value={field.text}
        onFocus={() => {
          // A new session starts from the rev on screen now; a draft left unsent by a refused save keeps its own.
          if (!field.dirty) baseRev.current = cell.rev;
          field.onFocus();
        }}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
      />
      {hasConflict(cell) && (
        <ConflictChooser
          cell={cell}
          members={members}
          resolve={(text) => {
            // The chooser goes away with the conflict; focus returns to the text, once it shows the choice.
            requestFocus(focusKey);
            const sent = resolve(text);
            if (!sent) cancelFocus(focusKey);
            return sent;
          }}
        />
      )}
    </div>
  );
}

/** Tells the parent whether this field holds text not yet sent, and that it holds none once gone. */
function useDirtyReport(dirty: boolean, onDirty: (dirty: boolean) => void) {
  const report = useRef(onDirty);
  useEffect(() => {
    report.current = onDirty;
  });
  useEffect(() => report.current(dirty), [dirty]);
  useEffect(() => () => report.current(false), []);
}
