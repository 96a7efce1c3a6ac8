import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, type NewEvent } from '../../shared/domain/events.js';
import { DuplicateMutationError, type EventStore, type WorkshopRecord } from './event-store.js';

/**
 * The behaviour every EventStore backend must have. Each backend's test file calls this with
 * a factory that gives a fresh, empty store (tldraw's storageContractSuite pattern).
 */
export function eventStoreContract(backend: string, open: () => Promise<{ store: EventStore; reopen?: () => Promise<EventStore> }>) {
  const workshop = (over: Partial<WorkshopRecord> = {}): WorkshopRecord => ({
    id: randomUUID(),
    joinCode: randomUUID().slice(0, 8).toUpperCase(),
    title: 'Taller',
    templateId: 'crm-group4',
    createdAt: 1_700_000_000_000,
    ...over,
  });
  const phase = (phaseId: string, clientId: string | null = null, mutationId: number | null = null): NewEvent => ({
    type: 'phase.set',
    data: { phaseId },
    actorId: 'm1',
    clientId,
    mutationId,
    at: 1_700_000_000_001,
  });

  describe(`EventStore contract: ${backend}`, () => {
    it('creates a workshop with its first events starting at seq 1', async () => {
      const { store } = await open();
      const w = workshop();
      const stored = await store.createWorkshop(w, [phase('a'), phase('b')], []);
      expect(stored.map((e) => e.seq)).toEqual([1, 2]);
      expect(await store.headSeq(w.id)).toBe(2);
      expect(await store.findWorkshop(w.id)).toEqual(w);
      expect(await store.findWorkshopByJoinCode(w.joinCode)).toEqual(w);
      expect(await store.headSeq('nope')).toBeNull();
      await store.close();
    });

    it('assigns gapless seq per workshop across concurrent appends', async () => {
      const { store } = await open();
      const a = workshop();
      const b = workshop();
      await store.createWorkshop(a, [phase('x')], []);
      await store.createWorkshop(b, [], []);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.append(i % 2 ? a.id : b.id, [phase(`p${i}`, `c${i % 3}`, i + 1)])),
      );
      const seqA = results.filter((_, i) => i % 2).flatMap((r) => r.map((e) => e.seq));
      const seqB = results.filter((_, i) => i % 2 === 0).flatMap((r) => r.map((e) => e.seq));
      expect(seqA).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
      expect(seqB).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      const read = await store.readEvents(a.id, 0);
      expect(read.map((e) => e.seq)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
      expect(read[1]).toMatchObject({ type: 'phase.set', data: { phaseId: 'p1' }, clientId: 'c1', mutationId: 2, v: EVENT_VERSION });
      await store.close();
    });

    it('reads events after a seq, with a limit', async () => {
      const { store } = await open();
      const w = workshop();
      await store.createWorkshop(w, [phase('a'), phase('b'), phase('c'), phase('d')], []);
      expect((await store.readEvents(w.id, 2)).map((e) => e.seq)).toEqual([3, 4]);
      expect((await store.readEvents(w.id, 0, 2)).map((e) => e.seq)).toEqual([1, 2]);
      expect(await store.readEvents(w.id, 4)).toEqual([]);
      await store.close();
    });

    it('refuses a repeated (clientId, mutationId) and writes nothing of that append', async () => {
      const { store } = await open();
      const w = workshop();
      await store.createWorkshop(w, [], []);
      await store.append(w.id, [phase('a', 'client-1', 1)]);
      await expect(store.append(w.id, [phase('b', 'client-2', 1), phase('c', 'client-1', 1)])).rejects.toBeInstanceOf(
        DuplicateMutationError,
      );
      expect(await store.headSeq(w.id)).toBe(1);
      expect(await store.findMutation(w.id, 'm1', 'client-1', 1)).toBe(1);
      expect(await store.findMutation(w.id, 'm1', 'client-2', 1)).toBeNull();
      // Another member's mutation with the same client key is another mutation.
      expect(await store.findMutation(w.id, 'someone-else', 'client-1', 1)).toBeNull();
      const [other1] = await store.append(w.id, [{ ...phase('x', 'client-1', 1), actorId: 'someone-else' }]);
      expect(await store.findMutation(w.id, 'someone-else', 'client-1', 1)).toBe(other1?.seq);
      // The same key in another workshop is another mutation.
      const other = workshop();
      await store.createWorkshop(other, [phase('a', 'client-1', 1)], []);
      expect(await store.findMutation(other.id, 'm1', 'client-1', 1)).toBe(1);
      await store.close();
    });

    it('a failing append in a group commit does not take the others down', async () => {
      const { store } = await open();
      const w = workshop();
      await store.createWorkshop(w, [phase('a', 'k', 1)], []);
      const [good, bad, good2] = await Promise.allSettled([
        store.append(w.id, [phase('b', 'k', 2)]),
        store.append(w.id, [phase('c', 'k', 1)]),
        store.append(w.id, [phase('d', 'k', 3)]),
      ]);
      expect(good.status).toBe('fulfilled');
      expect(bad.status).toBe('rejected');
      expect(good2.status).toBe('fulfilled');
      expect((await store.readEvents(w.id, 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
      await store.close();
    });

    it('rejects an append to an unknown workshop', async () => {
      const { store } = await open();
      await expect(store.append('missing', [phase('a')])).rejects.toThrow();
      await store.close();
    });

    it('stores tokens with the events that grant them and tracks the last mutation per client', async () => {
      const { store } = await open();
      const w = workshop();
      await store.createWorkshop(w, [], [{ hash: 'h-fac', workshopId: w.id, role: 'facilitator', memberId: 'f' }]);
      await store.append(w.id, [phase('a', 'cl', 7)], [{ hash: 'h-p', workshopId: w.id, role: 'participant', memberId: 'p' }]);
      expect(await store.findToken('h-fac')).toEqual({ hash: 'h-fac', workshopId: w.id, role: 'facilitator', memberId: 'f' });
      expect(await store.findToken('h-p')).toMatchObject({ role: 'participant', memberId: 'p' });
      expect(await store.findToken('nope')).toBeNull();
      await store.addToken({ hash: 'h-proj', workshopId: w.id, role: 'observer', memberId: null });
      expect(await store.findToken('h-proj')).toEqual({ hash: 'h-proj', workshopId: w.id, role: 'observer', memberId: null });
      await expect(store.addToken({ hash: 'h-x', workshopId: 'missing', role: 'observer', memberId: null })).rejects.toThrow();
      expect((await store.listTokens(w.id)).map((t) => t.hash)).toEqual(['h-fac', 'h-p', 'h-proj']);
      expect(await store.listTokens('missing')).toEqual([]);
      expect((await store.listWorkshops()).map((x) => x.id)).toContain(w.id);
      await store.close();
    });

    it('saves a state snapshot and returns it as the latest', async () => {
      const { store } = await open();
      const w = workshop();
      await store.createWorkshop(w, [phase('a'), phase('b')], []);
      expect(await store.latestSnapshot(w.id)).toBeNull();
      const state = { id: w.id, title: 'Taller ñ', nested: { list: [1, 'dos', null, { tres: true }] } };
      await store.saveSnapshot(w.id, { seq: 2, eventVersion: 1, hash: 'h2', state });
      expect(await store.latestSnapshot(w.id)).toEqual({ seq: 2, eventVersion: 1, hash: 'h2', state });
      await store.close();
    });

    it('keeps only the last snapshot saved, per workshop', async () => {
      const { store } = await open();
      const a = workshop();
      const b = workshop();
      await store.createWorkshop(a, [phase('a'), phase('b'), phase('c')], []);
      await store.createWorkshop(b, [phase('x')], []);
      await store.saveSnapshot(a.id, { seq: 1, eventVersion: 1, hash: 'a1', state: { at: 1 } });
      await store.saveSnapshot(b.id, { seq: 1, eventVersion: 1, hash: 'b1', state: { at: 'b' } });
      await store.saveSnapshot(a.id, { seq: 3, eventVersion: 2, hash: 'a3', state: { at: 3 } });
      expect(await store.latestSnapshot(a.id)).toEqual({ seq: 3, eventVersion: 2, hash: 'a3', state: { at: 3 } });
      expect(await store.latestSnapshot(b.id)).toEqual({ seq: 1, eventVersion: 1, hash: 'b1', state: { at: 'b' } });
      // The last saved wins even with a lower seq: a reader checks it against the log anyway.
      await store.saveSnapshot(a.id, { seq: 2, eventVersion: 1, hash: 'a2', state: { at: 2 } });
      expect(await store.latestSnapshot(a.id)).toMatchObject({ seq: 2, hash: 'a2' });
      await store.close();
    });

    it('has no snapshot for an unknown workshop and refuses to save one', async () => {
      const { store } = await open();
      expect(await store.latestSnapshot('missing')).toBeNull();
      await expect(store.saveSnapshot('missing', { seq: 1, eventVersion: 1, hash: 'h', state: {} })).rejects.toThrow();
      expect(await store.latestSnapshot('missing')).toBeNull();
      await store.close();
    });

    it('a snapshot saved, or failing, while appends are queued leaves them all committed', async () => {
      const { store } = await open();
      const w = workshop();
      await store.createWorkshop(w, [phase('a')], []);
      const appends = Array.from({ length: 10 }, (_, i) => store.append(w.id, [phase(`p${i}`, 'c', i + 1)]));
      const saves = await Promise.allSettled([
        store.saveSnapshot(w.id, { seq: 1, eventVersion: 1, hash: 'h', state: { big: 'x'.repeat(100_000) } }),
        store.saveSnapshot('missing', { seq: 1, eventVersion: 1, hash: 'h', state: {} }),
      ]);
      expect(saves.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
      expect((await Promise.all(appends)).flat().map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 2));
      expect(await store.headSeq(w.id)).toBe(11);
      expect(await store.latestSnapshot(w.id)).toMatchObject({ seq: 1, hash: 'h' });
      await store.close();
    });

    it('keeps everything across a close and reopen', async () => {
      const { store, reopen } = await open();
      if (!reopen) return;
      const w = workshop();
      await store.createWorkshop(w, [phase('a')], [{ hash: 'h', workshopId: w.id, role: 'observer', memberId: null }]);
      await store.append(w.id, [phase('b', 'c', 1)]);
      await store.saveSnapshot(w.id, { seq: 2, eventVersion: 1, hash: 'h2', state: { phase: 'b' } });
      await store.close();
      const again = await reopen();
      expect(await again.headSeq(w.id)).toBe(2);
      expect(await again.latestSnapshot(w.id)).toEqual({ seq: 2, eventVersion: 1, hash: 'h2', state: { phase: 'b' } });
      expect((await again.readEvents(w.id, 0)).map((e) => e.data)).toEqual([{ phaseId: 'a' }, { phaseId: 'b' }]);
      expect(await again.findToken('h')).toMatchObject({ role: 'observer' });
      await again.append(w.id, [phase('c')]);
      expect(await again.headSeq(w.id)).toBe(3);
      await again.close();
    });
  });
}
