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
      data: { id: uuid(1), category: 'social', kind: 'state', text: 'x', attribution: 'name' },
      actorId: null,
      clientId: null,
      mutationId: null,
      at: 1,
    });
    expect(stateHash(changed)).not.toBe(stateHash(s));
  });
});

describe('stateHash of states that share subtrees', () => {
  const add = (s: ReturnType<typeof workshopState>, n: number) =>
    apply(s, {
      type: 'pestle.added',
      data: { id: uuid(100 + n), category: 'economic', kind: 'challenge', text: `item ${n} ${'x'.repeat(100)}`, attribution: 'name' },
      actorId: null,
      clientId: null,
      mutationId: null,
      at: n,
    });

  it('equals the hash of an unshared copy after every event, so cached digests never go stale', () => {
    let s = workshopState();
    for (let n = 0; n < 30; n++) {
      s = add(s, n);
      expect(stateHash(s)).toBe(stateHash(structuredClone(s)));
    }
  });

  it('sees a change deep inside a subtree that was already hashed', () => {
    const s = add(workshopState(), 1);
    const before = stateHash(s);
    const copy = structuredClone(s);
    const id = copy.pestle.order[0] as string;
    const item = copy.pestle.items[id];
    if (!item) throw new Error('no item');
    copy.pestle.items[id] = { ...item, text: `${item.text}!` };
    expect(stateHash(copy)).not.toBe(before);
  });
});
