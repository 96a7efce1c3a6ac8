import { describe, expect, it } from 'vitest';
import { toggledScope } from './scheme';

describe('an action’s scope', () => {
  it('keeps the guide’s order whatever order the boxes are ticked in, and each scope once', () => {
    expect(toggledScope(['regional'], 'local', true)).toEqual(['local', 'regional']);
    expect(toggledScope(['local', 'regional'], 'local', false)).toEqual(['regional']);
    expect(toggledScope(['national'], 'national', true)).toEqual(['national']);
  });
});
