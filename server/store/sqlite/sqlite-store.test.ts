import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { eventStoreContract } from '../event-store.contract.js';
import { migrate, migrations } from './migrations.js';
import { SqliteEventStore } from './sqlite-store.js';

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-store-')), 'mesa.db');
}

eventStoreContract('sqlite', async () => {
  const filename = tempFile();
  return {
    store: new SqliteEventStore({ filename }),
    reopen: async () => new SqliteEventStore({ filename }),
  };
});

describe('sqlite migrations', () => {
  it('migrates an empty database to the latest version and is idempotent', () => {
    const db = new Database(tempFile());
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(migrate(db)).toBe(migrations.length);
    db.close();
  });

  it('migrates a version 2 database to the latest, keeping its workshops, and snapshots then work', async () => {
    const file = tempFile();
    const db = new Database(file);
    // A database as Mesa left it at version 2: the first two migrations and one workshop.
    db.exec(migrations[0] as string);
    db.exec(migrations[1] as string);
    db.pragma('user_version = 2');
    db.prepare("INSERT INTO workshops (id, join_code, title, template_id, created_at, head_seq) VALUES ('w', 'JC', 'T', 't', 1, 1)").run();
    db.prepare(`INSERT INTO events (workshop_id, seq, v, type, data, at) VALUES ('w', 1, 1, 'phase.set', '{"phaseId":"a"}', 1)`).run();
    const tables = () => db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(tables().map((t) => t.name)).not.toContain('snapshots');
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    expect(tables().map((t) => t.name)).toContain('snapshots');
    db.close();
    const store = new SqliteEventStore({ filename: file });
    expect(await store.headSeq('w')).toBe(1);
    expect(await store.latestSnapshot('w')).toBeNull();
    await store.saveSnapshot('w', { seq: 1, eventVersion: 1, hash: 'h', state: { phase: 'a' } });
    expect(await store.latestSnapshot('w')).toMatchObject({ seq: 1, state: { phase: 'a' } });
    await store.close();
  });

  it('refuses a database written by a newer Mesa', () => {
    const db = new Database(tempFile());
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this Mesa/);
    db.close();
  });

  it('uses WAL so readers never block the writer', () => {
    const file = tempFile();
    const store = new SqliteEventStore({ filename: file });
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    void store.close();
  });
});
