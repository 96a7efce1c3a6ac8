import { describe, expect, it } from 'vitest';
import type { PendingMutation } from '../../../shared/sync/client';
import {
  acquireTx,
  chooseOutbox,
  claimOrphansTx,
  garbage,
  LeaseLostError,
  releaseTx,
  renewedSince,
  type Scope,
  type TxBody,
  writeTx,
} from './lease';
import { MemoryOutboxDb } from './memoryOutboxDb';
import { GC_AFTER_MS, LEASE_MS, type OutboxRecord, parseRecord } from './outboxRecord';

const scope: Scope = { workshopId: 'w1', tokenKey: 'tk1' };
const NOW = 1_000_000_000;

function pending(mutationId: number, createdAt = NOW - 1000): PendingMutation {
  return { mutationId, name: 'pestle.add', args: { id: `i${mutationId}` }, createdAt };
}

function record(clientId: string, over: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    clientId,
    lastMutationId: 0,
    pending: [],
    ...scope,
    leaseOwner: null,
    leaseUntil: 0,
    updatedAt: NOW - 60_000,
    ...over,
  };
}

const live = (owner: string) => ({ leaseOwner: owner, leaseUntil: NOW + 3000 });
const expired = (owner: string) => ({ leaseOwner: owner, leaseUntil: NOW - 1 });

function run<T>(records: OutboxRecord[], body: TxBody<T>) {
  return body(records);
}

describe('chooseOutbox', () => {
  it('adopts an expired outbox with pending mutations before anything else, the oldest work first', () => {
    const records = [
      record('emptyRecent', { ...expired('t0'), updatedAt: NOW - 10 }),
      record('newerWork1', { ...expired('t1'), lastMutationId: 2, pending: [pending(2, NOW - 500)] }),
      record('olderWork1', { ...expired('t2'), lastMutationId: 5, pending: [pending(5, NOW - 5000)] }),
    ];
    const choice = chooseOutbox(records, scope, NOW);
    expect(choice.kind === 'adopt' && choice.record.clientId).toBe('olderWork1');
  });

  it('never adopts a live lease, nor another workshop’s or another token’s outbox', () => {
    const records = [
      record('liveWork1', { ...live('t1'), pending: [pending(1)], lastMutationId: 1 }),
      record('otherWs01', { ...expired('t2'), workshopId: 'w2', pending: [pending(1)], lastMutationId: 1 }),
      record('otherTok1', { ...expired('t3'), tokenKey: 'tk2', pending: [pending(1)], lastMutationId: 1 }),
      record('liveIdle1', live('t4')),
    ];
    expect(chooseOutbox(records, scope, NOW)).toEqual({ kind: 'new' });
  });

  it('reuses the most recently used released outbox when none has pending mutations', () => {
    const records = [
      record('old000001', { updatedAt: NOW - 9000 }),
      record('recent001', { updatedAt: NOW - 100 }),
      record('live00001', live('t')),
    ];
    const choice = chooseOutbox(records, scope, NOW);
    expect(choice.kind === 'adopt' && choice.record.clientId).toBe('recent001');
  });

  it('a lease expires at leaseUntil', () => {
    const r = record('edge00001', { leaseOwner: 't', leaseUntil: NOW, pending: [pending(1)], lastMutationId: 1 });
    expect(chooseOutbox([r], scope, NOW - 1)).toEqual({ kind: 'new' });
    expect(chooseOutbox([r], scope, NOW).kind).toBe('adopt');
  });

  it('when patient, waits for a leased outbox with pending mutations unless its owner is known alive', () => {
    const records = [record('maybeGone', { ...live('t1'), pending: [pending(1)], lastMutationId: 1 }), record('idle00001')];
    expect(chooseOutbox(records, scope, NOW, { patient: true })).toEqual({ kind: 'wait', clientIds: ['maybeGone'] });
    const alive = new Set(['maybeGone']);
    expect(chooseOutbox(records, scope, NOW, { patient: true, alive }).kind).toBe('adopt');
    expect(chooseOutbox(records, scope, NOW, { patient: false }).kind).toBe('adopt');
  });

  it('tells a live owner by its renewed lease', () => {
    const first = new Map([
      ['a', NOW + 1000],
      ['b', NOW + 1000],
    ]);
    const later = new Map([
      ['a', NOW + 3000],
      ['b', NOW + 1000],
      ['c', NOW + 5000],
    ]);
    expect([...renewedSince(first, later)]).toEqual(['a']);
  });
});

describe('garbage', () => {
  it('deletes only empty, released records untouched for days', () => {
    const old = NOW - GC_AFTER_MS - 1;
    const records = [
      record('oldEmpty1', { updatedAt: old }),
      record('oldWork01', { updatedAt: old, pending: [pending(1)], lastMutationId: 1 }),
      record('oldLive01', { updatedAt: old, ...live('t') }),
      record('newEmpty1', { updatedAt: NOW - 1000 }),
    ];
    expect(garbage(records, NOW)).toEqual(['oldEmpty1']);
  });
});

describe('acquireTx', () => {
  const params = { scope, tabId: 'tabA', now: NOW, newClientId: () => 'fresh0001' };

  it('takes the chosen record with a fresh lease', () => {
    const out = run([record('closed001', { ...expired('tabX'), lastMutationId: 3, pending: [pending(3)] })], acquireTx(params));
    expect(out.result).toMatchObject({
      kind: 'owned',
      adopted: true,
      record: { clientId: 'closed001', lastMutationId: 3, leaseOwner: 'tabA' },
    });
    expect(out.put?.[0]?.leaseUntil).toBe(NOW + LEASE_MS);
  });

  it('makes a new record when nothing can be taken', () => {
    const out = run([record('busy00001', live('tabB'))], acquireTx(params));
    expect(out.result).toMatchObject({ kind: 'owned', adopted: false, record: { clientId: 'fresh0001', lastMutationId: 0, pending: [] } });
    expect(out.put).toHaveLength(1);
  });

  it('imports a legacy sessionStorage outbox with pending mutations, and adopts it', () => {
    const legacy = { clientId: 'legacy001', lastMutationId: 4, pending: [pending(4)] };
    const out = run([], acquireTx({ ...params, legacy }));
    expect(out.result).toMatchObject({
      kind: 'owned',
      record: { clientId: 'legacy001', lastMutationId: 4, workshopId: 'w1', tokenKey: 'tk1' },
    });
  });

  it('does not import a legacy outbox twice, nor an empty one', () => {
    const legacy = { clientId: 'legacy001', lastMutationId: 4, pending: [pending(4)] };
    const already = record('legacy001', { ...live('tabB'), lastMutationId: 6, pending: [pending(6)] });
    const out = run([already], acquireTx({ ...params, legacy }));
    expect(out.put?.map((r) => r.clientId)).toEqual(['fresh0001']);
    const empty = run([], acquireTx({ ...params, legacy: { ...legacy, pending: [] } }));
    expect(empty.put?.map((r) => r.clientId)).toEqual(['fresh0001']);
  });

  it('collects garbage on the way', () => {
    const out = run([record('oldEmpty1', { updatedAt: NOW - GC_AFTER_MS - 1 })], acquireTx(params));
    expect(out.remove).toEqual(['oldEmpty1']);
    expect(out.result).toMatchObject({ kind: 'owned', adopted: false });
  });

  it('when waiting, writes no lease and reports the leases it saw', () => {
    const out = run(
      [record('maybeGone', { ...live('tabB'), pending: [pending(1)], lastMutationId: 1 })],
      acquireTx({ ...params, patient: true }),
    );
    expect(out.result).toEqual({ kind: 'wait', clientIds: ['maybeGone'], leases: new Map([['maybeGone', NOW + 3000]]) });
    expect(out.put).toEqual([]);
  });
});

describe('writeTx and releaseTx', () => {
  const state = { clientId: 'mine00001', lastMutationId: 2, pending: [pending(2)] };

  it('the owner writes and renews', () => {
    const out = run(
      [record('mine00001', { leaseOwner: 'tabA', leaseUntil: NOW - 5000, lastMutationId: 1 })],
      writeTx('mine00001', 'tabA', state, NOW),
    );
    // Even a lapsed lease is still ours while nobody took it over.
    expect(out.put?.[0]).toMatchObject({
      lastMutationId: 2,
      pending: state.pending,
      leaseOwner: 'tabA',
      leaseUntil: NOW + LEASE_MS,
      updatedAt: NOW,
    });
  });

  it('refuses once another tab owns the record, or it is gone, or its counter is ahead', () => {
    expect(() => run([record('mine00001', live('tabB'))], writeTx('mine00001', 'tabA', state, NOW))).toThrow(LeaseLostError);
    expect(() => run([], writeTx('mine00001', 'tabA', state, NOW))).toThrow(LeaseLostError);
    expect(() => run([record('mine00001', { ...live('tabA'), lastMutationId: 3 })], writeTx('mine00001', 'tabA', state, NOW))).toThrow(
      LeaseLostError,
    );
  });

  it('release writes the last state and frees the record at once; a no-op when not ours', () => {
    const out = run([record('mine00001', live('tabA'))], releaseTx('mine00001', 'tabA', state, NOW));
    expect(out.result).toBe(true);
    expect(out.put?.[0]).toMatchObject({ lastMutationId: 2, leaseOwner: null, leaseUntil: 0 });
    expect(run([record('mine00001', live('tabB'))], releaseTx('mine00001', 'tabA', state, NOW))).toEqual({ result: false });
  });
});

describe('claimOrphansTx', () => {
  it('takes expired records of the scope that still have pending mutations, oldest first, up to the limit', () => {
    const records = [
      record('orphanNew', { ...expired('t1'), pending: [pending(1, NOW - 10)], lastMutationId: 1 }),
      record('orphanOld', { ...expired('t2'), pending: [pending(1, NOW - 99)], lastMutationId: 1 }),
      record('idleEmpty', expired('t3')),
      record('liveWork1', { ...live('t4'), pending: [pending(1)], lastMutationId: 1 }),
    ];
    const out = run(records, claimOrphansTx(scope, 'tabA', NOW, 1));
    expect(out.result.map((r) => [r.clientId, r.leaseOwner])).toEqual([['orphanOld', 'tabA']]);
    expect(run(records, claimOrphansTx(scope, 'tabA', NOW, 0)).result).toEqual([]);
  });
});

describe('parseRecord', () => {
  it('accepts a record and refuses what is not one', () => {
    const r = record('valid0001', { lastMutationId: 1, pending: [pending(1)] });
    expect(parseRecord(structuredClone(r))).toEqual(r);
    expect(parseRecord(null)).toBeNull();
    expect(parseRecord({ ...r, clientId: 'x' })).toBeNull();
    expect(parseRecord({ ...r, leaseUntil: '1' })).toBeNull();
    expect(parseRecord({ ...r, tokenKey: undefined })).toBeNull();
  });
});

describe('adoption is atomic across tabs', () => {
  it('two tabs starting together never take the same outbox', async () => {
    const db = new MemoryOutboxDb();
    db.records.set('closed001', record('closed001', { ...expired('gone'), lastMutationId: 3, pending: [pending(3)] }));
    let n = 0;
    const start = (tabId: string) => db.transact(acquireTx({ scope, tabId, now: NOW, newClientId: () => `fresh000${++n}` }));
    const [a, b] = await Promise.all([start('tabA'), start('tabB')]);
    const ids = [a, b].map((x) => (x.kind === 'owned' ? x.record.clientId : null));
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('closed001');
    expect(db.records.get('closed001')?.leaseOwner).toBe('tabA');
  });

  it('a tab that lost its outbox cannot write it any more', async () => {
    const db = new MemoryOutboxDb();
    db.records.set('mine00001', record('mine00001', { leaseOwner: 'tabA', leaseUntil: NOW - 1, lastMutationId: 1, pending: [pending(1)] }));
    // tabA was frozen: its lease ran out and tabB took the outbox over.
    await db.transact(acquireTx({ scope, tabId: 'tabB', now: NOW, newClientId: () => 'unused001' }));
    await expect(
      db.transact(writeTx('mine00001', 'tabA', { clientId: 'mine00001', lastMutationId: 2, pending: [pending(1), pending(2)] }, NOW)),
    ).rejects.toBeInstanceOf(LeaseLostError);
    expect(db.records.get('mine00001')).toMatchObject({ leaseOwner: 'tabB', lastMutationId: 1 });
  });
});
