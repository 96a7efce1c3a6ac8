import { describe, expect, it } from 'vitest';
import { uuid, workshopState } from './fixtures.test-util.js';
import { apply } from './reducer.js';
import { canonicalJson, stateHash } from './state-hash.js';

describe('stateHash', () => {
  it('ignores key order and undefined fields, and sees every change', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
    const s = workshopState();
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(s)[0]);
    expect(stateHash(reordered)).toBe(stateHash(s));
    expect(stateHash(s)).toMatch(/^[0-9a-f]{14}$/);
    const changed = apply(s, {
      type: 'pestle.added',
      data: { id: uuid(1), category: 'social', kind: 'state', text: 'x' },
      actorId: null,
      clientId: null,
      mutationId: null,
      at: 1,
    });
    expect(stateHash(changed)).not.toBe(stateHash(s));
  });
});
