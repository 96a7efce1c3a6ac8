import { describe, expect, it } from 'vitest';
import type { WorkingSource } from '../../../shared/domain/final-matrix-model';
import { group4Template, ids, workshopState } from '../../../shared/domain/fixtures.test-util';
import { sourceAuthor, workingMatrixName } from './provenance';

const members = workshopState().members;
const source = (over: Partial<WorkingSource>): WorkingSource => ({
  authorId: ids.ana,
  attribution: 'name',
  matrixId: 'wm-4-1',
  part: { field: 'commitment' },
  text: 'Atender',
  at: 1,
  ...over,
});

describe('where a promoted text came from', () => {
  it('names the author the viewer may know, else the byline of an institution attribution, else nobody', () => {
    expect(sourceAuthor(source({}), members)).toMatchObject({ kind: 'member', member: { name: 'Ana' } });
    // Those who consolidate see the author even under another attribution.
    expect(sourceAuthor(source({ attribution: 'anonymous' }), members)).toMatchObject({ kind: 'member' });
    const byline = { institution: 'Migración', country: 'Panamá' };
    expect(sourceAuthor(source({ authorId: '', attribution: 'institution', byline }), members)).toEqual({ kind: 'institution', ...byline });
    expect(sourceAuthor(source({ authorId: '', attribution: 'anonymous' }), members)).toEqual({ kind: 'anonymous' });
    expect(sourceAuthor(source({ authorId: 'gone' }), members)).toEqual({ kind: 'gone' });
  });

  it('names the working matrix by its Annex I number', () => {
    expect(workingMatrixName(group4Template(), 'wm-4-2', 'es')).toBe('4.2');
    expect(workingMatrixName(group4Template(), 'nope', 'es')).toBe('nope');
  });
});
