import { describe, expect, it } from 'vitest';
import { workshopState } from '../../../shared/domain/fixtures.test-util';
import type { WorkshopState } from '../../../shared/domain/state';
import { cellAt, cellChanges, cellValue, EMPTY_CELL, filledCount, isCellPending, isEmptyCell, parsePriority } from './cells';

const withCell = (state: WorkshopState, key: string, note: string, priority: 'high' | 'medium' | 'low' | null): WorkshopState => ({
  ...state,
  grid: { ...state.grid, [key]: { note, priority, updatedAt: 1 } },
});

describe('cellChanges', () => {
  it('is null when nothing changed, ignoring surrounding spaces', () => {
    expect(cellChanges({ note: 'Intérprete', priority: 'high' }, { note: '  Intérprete ', priority: 'high' })).toBeNull();
  });

  it('sends only the note when only the note changed, trimmed', () => {
    expect(cellChanges(EMPTY_CELL, { note: ' Albergue temporal ', priority: null })).toEqual({ note: 'Albergue temporal' });
  });

  it('sends only the priority when only the priority changed, including clearing it', () => {
    expect(cellChanges({ note: 'x', priority: null }, { note: 'x', priority: 'low' })).toEqual({ priority: 'low' });
    expect(cellChanges({ note: 'x', priority: 'low' }, { note: 'x', priority: null })).toEqual({ priority: null });
  });

  it('sends both when both changed, and an emptied note as ""', () => {
    expect(cellChanges({ note: 'x', priority: 'high' }, { note: '', priority: 'medium' })).toEqual({ note: '', priority: 'medium' });
  });
});

describe('cell lookup', () => {
  it('reads a cell by profile and need, and treats a missing one as empty', () => {
    const state = withCell(workshopState(), 'lgbti|shelter', 'Albergue seguro', 'high');
    expect(cellValue(cellAt(state, 'lgbti', 'shelter'))).toEqual({ note: 'Albergue seguro', priority: 'high' });
    expect(cellValue(cellAt(state, 'lgbti', 'food'))).toEqual(EMPTY_CELL);
  });

  it('counts the needs a profile has a note or priority for', () => {
    let state = withCell(workshopState(), 'lgbti|shelter', '', 'high');
    state = withCell(state, 'lgbti|food', 'x', null);
    state = withCell(state, 'lgbti|documents', '', null);
    expect(filledCount(state, 'lgbti')).toBe(2);
    expect(filledCount(state, 'older-persons')).toBe(0);
  });

  it('knows an empty value', () => {
    expect(isEmptyCell({ note: '  ', priority: null })).toBe(true);
    expect(isEmptyCell({ note: '', priority: 'low' })).toBe(false);
  });
});

describe('isCellPending', () => {
  it('is pending while the view differs from the confirmed state', () => {
    const confirmed = workshopState();
    const view = withCell(confirmed, 'lgbti|shelter', 'x', null);
    expect(isCellPending(view, confirmed, 'lgbti', 'shelter')).toBe(true);
    expect(isCellPending(view, view, 'lgbti', 'shelter')).toBe(false);
    expect(isCellPending(view, null, 'lgbti', 'shelter')).toBe(false);
  });
});

describe('parsePriority', () => {
  it('accepts the domain priorities and maps anything else to none', () => {
    expect(parsePriority('medium')).toBe('medium');
    expect(parsePriority('')).toBeNull();
    expect(parsePriority('urgent')).toBeNull();
  });
});
