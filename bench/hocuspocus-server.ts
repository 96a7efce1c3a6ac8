/**
 * Hocuspocus for bench/fanout.ts: `@hocuspocus/server` 3.4.4 (the last release for Node 20)
 * set up the way its documentation sets it up for production, doing the work closest to
 * Mesa's:
 * - one document ("bench") shared by every client; each client authenticates with a token
 *   (`onAuthenticate` compares it, as Mesa checks a token in its `hello`);
 * - persistence the Hocuspocus way: `onLoadDocument` / `onStoreDocument` keep the whole Yjs
 *   state in SQLite (better-sqlite3, WAL, synchronous=FULL, like Mesa's store), stored after
 *   Hocuspocus's default debounce (2 s, at most 10 s). Hocuspocus acknowledges an update
 *   (SyncStatus) as soon as it is applied in memory, so an acknowledged update can still be
 *   lost in a crash; Mesa acknowledges after the fsync. This favours Hocuspocus.
 * - no schema validation (Yjs has none), no per-item authorisation.
 *
 * Run: PORT=<port> HOST=127.0.0.1 DATA_DIR=<dir> node --import tsx bench/hocuspocus-server.ts
 * Any HTTP request gets 200 (used as the readiness check); exits on SIGTERM/SIGINT.
 */
import path from 'node:path';
import { Server } from '@hocuspocus/server';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.DATA_DIR ?? '.';
const TOKENS = new Set(['w', 'o']);

const db = new Database(path.join(dataDir, 'hocuspocus.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const load = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
const store = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');

const server = new Server({
  port,
  address: host,
  quiet: true,
  stopOnSignals: false,
  async onAuthenticate({ token }) {
    if (!TOKENS.has(token)) throw new Error('unauthorized');
  },
  async onLoadDocument({ document, documentName }) {
    const row = load.get(documentName);
    if (row) Y.applyUpdate(document, row.data);
    return document;
  },
  async onStoreDocument({ document, documentName }) {
    store.run(documentName, Buffer.from(Y.encodeStateAsUpdate(document)));
  },
});

await server.listen();
console.log(`listening ${port}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void server.destroy().finally(() => {
      db.close();
      process.exit(0);
    });
  });
}
