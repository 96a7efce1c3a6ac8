import { describe, expect, it } from 'vitest';
import type { PlenaryComment } from '../../../shared/domain/plenary';
import { commentsByAction } from './comments';
import { plenaryWith } from './fixtures.test-util';

const comment = (id: string, actionId: string): PlenaryComment => ({
  id,
  groupId: 'g1',
  finalId: 'm1',
  actionId,
  text: id,
  createdAt: 0,
  authorId: '',
  attribution: 'name',
});

describe('comments by action', () => {
  it('groups the comments per action in the order they were written, skipping removed ones', () => {
    const p = plenaryWith(
      ['g1'],
      {},
      {
        comments: { c1: comment('c1', 'a1'), c2: comment('c2', 'a2'), c3: comment('c3', 'a1') },
        commentOrder: ['c3', 'c2', 'gone', 'c1'],
      },
    );
    const index = commentsByAction(p);
    expect(index.get('g1|m1|a1')?.map((c) => c.id)).toEqual(['c3', 'c1']);
    expect(index.get('g1|m1|a2')?.map((c) => c.id)).toEqual(['c2']);
    expect(index.size).toBe(2);
  });
});
