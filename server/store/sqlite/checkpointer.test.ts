import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../../shared/domain/events.js';
import { SqliteEventStore } from './sqlite-store.js';

const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

async function fill(store: SqliteEventStore, id: string): Promise<void> {
  const created = { type: 'workshop.created', data: {}, actorId: null, clientId: null, mutationId: null, at: 1 } as unknown as NewEvent;
  await store.createWorkshop({ id, joinCode: 'CKPT', title: 't', templateId: 'x', createdAt: 1 }, [created], []);
  const event = { type: 'test.filler', data: { text: 'x'.repeat(1000) }, actorId: null, clientId: null, mutationId: null, at: 1 };
  for (let i = 0; i < 40; i++)
    await store.append(
      id,
      Array.from({ length: 50 }, () => event as unknown as NewEvent),
    );
}

describe('WAL checkpoints in a worker thread', () => {
  it('copies committed pages into the database file while the store is open, off the writing connection', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-ckpt-')), 'mesa.db');
    const warnings: string[] = [];
    const store = new SqliteEventStore({ filename: file, warn: (m) => warnings.push(m) });
    const before = size(file);
    await fill(store, crypto.randomUUID());
    // 2,000 events of 1 KB: without checkpoints they would all sit in the WAL, and the
    // writing connection has automatic checkpoints off.
    await until(() => size(file) > before + 1_000_000, 5000);
    expect(size(file)).toBeGreaterThan(before + 1_000_000);
    await store.close();
    // Closing the last connection checkpoints the rest and removes the WAL.
    expect(size(`${file}-wal`)).toBe(0);
    expect(warnings).toEqual([]);
    const reopened = new SqliteEventStore({ filename: file });
    const [workshop] = await reopened.listWorkshops();
    expect(await reopened.headSeq(workshop?.id ?? '')).toBe(2001);
    await reopened.close();
  });
});
