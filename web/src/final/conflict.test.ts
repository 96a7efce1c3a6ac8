import { describe, expect, it } from 'vitest';
import type { TextCell } from '../../../shared/domain/final-matrix-model';
import { alternativeOf, cellVersions, hasConflict, mergeDraft } from './conflict';

const cell: TextCell = {
  text: 'Protocolo regional',
  rev: 2,
  by: 'fac',
  alternatives: { ben: { text: 'Red de albergues', at: 30 }, rap: { text: 'Protocolo común de atención', at: 20 } },
};

describe('a contested cell', () => {
  it('lists the current text first, then each alternative oldest first, with who wrote it', () => {
    expect(cellVersions(cell)).toEqual([
      { author: 'current', by: 'fac', text: 'Protocolo regional' },
      { author: 'rap', by: 'rap', text: 'Protocolo común de atención' },
      { author: 'ben', by: 'ben', text: 'Red de albergues' },
    ]);
    expect(hasConflict(cell)).toBe(true);
    expect(hasConflict({ ...cell, alternatives: {} })).toBe(false);
  });

  it('offers a merge that starts from every distinct version, none empty', () => {
    const same = { ...cell, text: '', alternatives: { rap: { text: ' Uno ', at: 1 }, ben: { text: 'Uno', at: 2 } } };
    expect(mergeDraft(cell)).toBe('Protocolo regional\nProtocolo común de atención\nRed de albergues');
    expect(mergeDraft(same)).toBe('Uno');
  });

  it('knows the text a member has waiting beside the current one', () => {
    expect(alternativeOf(cell, 'rap')).toBe('Protocolo común de atención');
    expect(alternativeOf(cell, 'fac')).toBeNull();
    expect(alternativeOf(cell, null)).toBeNull();
  });
});
