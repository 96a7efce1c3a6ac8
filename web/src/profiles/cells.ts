import { PRIORITIES, type Priority } from '../../../shared/domain/constants';
import { type GridCell, gridKey, type WorkshopState } from '../../../shared/domain/state';

/** What a cell shows and edits: its note and its priority. */
export interface CellValue {
  note: string;
  priority: Priority | null;
}

export const EMPTY_CELL: CellValue = { note: '', priority: null };

/** The cell at profile × need; own keys only, so a guide id never finds Object.prototype's. */
export function cellAt(state: WorkshopState, profileId: string, needId: string): GridCell | undefined {
  const key = gridKey(profileId, needId);
  return Object.hasOwn(state.grid, key) ? state.grid[key] : undefined;
}

export function cellValue(cell: GridCell | undefined): CellValue {
  return cell ? { note: cell.note, priority: cell.priority } : EMPTY_CELL;
}

export const isEmptyCell = (value: CellValue) => value.note.trim() === '' && value.priority === null;

/**
 * The fields the person changed since opening the editor (`base`), or null when nothing did.
 * Comparing with the value at opening, not the live one, keeps someone else's concurrent edit
 * of the other field from being overwritten.
 */
export function cellChanges(base: CellValue, draft: CellValue): Partial<CellValue> | null {
  const note = draft.note.trim();
  const changes: Partial<CellValue> = {
    ...(note !== base.note.trim() ? { note } : {}),
    ...(draft.priority !== base.priority ? { priority: draft.priority } : {}),
  };
  return Object.keys(changes).length > 0 ? changes : null;
}

/** Sent but not yet confirmed by the server: the optimistic view and the confirmed state differ. */
export function isCellPending(view: WorkshopState, confirmed: WorkshopState | null, profileId: string, needId: string): boolean {
  if (!confirmed) return false;
  const shown = cellValue(cellAt(view, profileId, needId));
  const sure = cellValue(cellAt(confirmed, profileId, needId));
  return shown.note !== sure.note || shown.priority !== sure.priority;
}

/** How many of the guide's needs have a note or a priority for this profile. */
export function filledCount(state: WorkshopState, profileId: string): number {
  return state.template.needs.filter((n) => !isEmptyCell(cellValue(cellAt(state, profileId, n.id)))).length;
}

/** A priority select's value: '' (no priority) or one of the domain's priorities. */
export function parsePriority(value: string): Priority | null {
  return (PRIORITIES as readonly string[]).includes(value) ? (value as Priority) : null;
}
