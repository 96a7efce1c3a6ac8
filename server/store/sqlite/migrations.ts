import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Never edit a shipped migration: add a new one.
 */
export const migrations: string[] = [
  `CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     join_code TEXT NOT NULL UNIQUE,
     title TEXT NOT NULL,
     template_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     head_seq INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE events (
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     seq INTEGER NOT NULL,
     v INTEGER NOT NULL,
     type TEXT NOT NULL,
     data TEXT NOT NULL,
     actor_id TEXT,
     client_id TEXT,
     mutation_id INTEGER,
     at INTEGER NOT NULL,
     PRIMARY KEY (workshop_id, seq)
   ) WITHOUT ROWID;
   CREATE UNIQUE INDEX events_by_mutation ON events(workshop_id, client_id, mutation_id) WHERE client_id IS NOT NULL;
   CREATE TABLE tokens (
     hash TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     role TEXT NOT NULL,
     member_id TEXT,
     created_at INTEGER NOT NULL
   );`,
  // 2: the idempotency key includes the member. clientIds travel in every broadcast event, so
  // without the member anyone could pre-empt another person's (clientId, mutationId) and have
  // that person's real mutation acknowledged as a "duplicate" and silently dropped.
  `DROP INDEX events_by_mutation;
   CREATE UNIQUE INDEX events_by_mutation ON events(workshop_id, actor_id, client_id, mutation_id) WHERE client_id IS NOT NULL;`,
  // 3: state snapshots, one per workshop (the last saved), so a long workshop loads without
  // replaying its whole log. A rowid table, not WITHOUT ROWID: a row holds a whole state (up to
  // about a megabyte), far above the small rows WITHOUT ROWID is made for.
  `CREATE TABLE snapshots (
     workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
     seq INTEGER NOT NULL,
     event_version INTEGER NOT NULL,
     hash TEXT NOT NULL,
     state TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );`,
];

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`the database schema (version ${current}) is newer than this Mesa (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return migrations.length;
}
