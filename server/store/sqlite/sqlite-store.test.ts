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
