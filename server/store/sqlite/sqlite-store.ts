import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_VERSION, type NewEvent, type WorkshopEvent } from '../../../shared/domain/events.js';
import { upgradeEvent } from '../../../shared/domain/upgrade.js';
import type { Role } from '../../../shared/domain/constants.js';
import {
  DuplicateMutationError,
  type EventStore,
  type StateSnapshot,
  type TokenRecord,
  UnknownWorkshopError,
  type WorkshopRecord,
} from '../event-store.js';
import { Checkpointer } from './checkpointer.js';
import { migrate } from './migrations.js';

interface EventRow {
  seq: number;
  v: number;
  type: string;
  data: string;
  actor_id: string | null;
  client_id: string | null;
  mutation_id: number | null;
  at: number;
}

interface SnapshotRow {
  seq: number;
  event_version: number;
  hash: string;
  state: string;
}

interface WorkshopRow {
  id: string;
  join_code: string;
  title: string;
  template_id: string;
  created_at: number;
}

interface PendingAppend {
  workshopId: string;
  events: NewEvent[];
  tokens: TokenRecord[];
  resolve: (events: WorkshopEvent[]) => void;
  reject: (error: unknown) => void;
}

export interface SqliteStoreOptions {
  /** A file path, or ":memory:". */
  filename: string;
  synchronous?: 'FULL' | 'NORMAL';
  /** Told about background checkpoint trouble (see checkpointer.ts). */
  warn?: (message: string) => void;
}

const toWorkshop = (row: WorkshopRow): WorkshopRecord => ({
  id: row.id,
  joinCode: row.join_code,
  title: row.title,
  templateId: row.template_id,
  createdAt: row.created_at,
});

const toEvent = (row: EventRow): WorkshopEvent =>
  upgradeEvent({
    seq: row.seq,
    v: row.v,
    type: row.type,
    data: JSON.parse(row.data),
    actorId: row.actor_id,
    clientId: row.client_id,
    mutationId: row.mutation_id,
    at: row.at,
  });

/**
 * SQLite event store (better-sqlite3, WAL). Appends made in the same tick are committed
 * together in one transaction (group commit): one fsync for many mutations, each append in
 * its own savepoint so one bad append cannot take the others down.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private readonly stmt;
  private readonly checkpointer: Checkpointer | null = null;

  constructor(options: SqliteStoreOptions) {
    if (options.filename !== ':memory:') fs.mkdirSync(path.dirname(options.filename), { recursive: true });
    this.db = new Database(options.filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    if (options.filename !== ':memory:') {
      // Checkpoints run in a worker thread, not inside our commits (see checkpointer.ts).
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new Checkpointer({ filename: options.filename, ...(options.warn ? { warn: options.warn } : {}) });
    }
    const db = this.db;
    this.stmt = {
      head: db.prepare<[string], { head_seq: number }>('SELECT head_seq FROM workshops WHERE id = ?'),
      setHead: db.prepare<[number, string]>('UPDATE workshops SET head_seq = ? WHERE id = ?'),
      insertEvent: db.prepare(
        'INSERT INTO events (workshop_id, seq, v, type, data, actor_id, client_id, mutation_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertToken: db.prepare('INSERT INTO tokens (hash, workshop_id, role, member_id, created_at) VALUES (?, ?, ?, ?, ?)'),
      insertWorkshop: db.prepare('INSERT INTO workshops (id, join_code, title, template_id, created_at) VALUES (?, ?, ?, ?, ?)'),
      readEvents: db.prepare<[string, number, number], EventRow>(
        'SELECT seq, v, type, data, actor_id, client_id, mutation_id, at FROM events WHERE workshop_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      ),
      workshop: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
      workshopByCode: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE join_code = ?'),
      workshops: db.prepare<[], WorkshopRow>('SELECT * FROM workshops ORDER BY created_at'),
      token: db.prepare<[string], { hash: string; workshop_id: string; role: Role; member_id: string | null }>(
        'SELECT hash, workshop_id, role, member_id FROM tokens WHERE hash = ?',
      ),
      tokens: db.prepare<[string], { hash: string; workshop_id: string; role: Role; member_id: string | null }>(
        'SELECT hash, workshop_id, role, member_id FROM tokens WHERE workshop_id = ? ORDER BY created_at, rowid',
      ),
      mutation: db.prepare<[string, string | null, string, number], { seq: number }>(
        'SELECT seq FROM events WHERE workshop_id = ? AND actor_id IS ? AND client_id = ? AND mutation_id = ?',
      ),
      saveSnapshot: db.prepare<[string, number, number, string, string, number]>(
        `INSERT INTO snapshots (workshop_id, seq, event_version, hash, state, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (workshop_id) DO UPDATE SET seq = excluded.seq, event_version = excluded.event_version,
           hash = excluded.hash, state = excluded.state, created_at = excluded.created_at`,
      ),
      snapshot: db.prepare<[string], SnapshotRow>('SELECT seq, event_version, hash, state FROM snapshots WHERE workshop_id = ?'),
    };
  }

  async init(): Promise<void> {
    // Migrations run in the constructor so a store is never half-ready; kept for the interface.
  }

  async createWorkshop(workshop: WorkshopRecord, events: NewEvent[], tokens: TokenRecord[]): Promise<WorkshopEvent[]> {
    return this.db.transaction(() => {
      this.stmt.insertWorkshop.run(workshop.id, workshop.joinCode, workshop.title, workshop.templateId, workshop.createdAt);
      return this.appendNow(workshop.id, events, tokens);
    })();
  }

  append(workshopId: string, events: NewEvent[], tokens: TokenRecord[] = []): Promise<WorkshopEvent[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ workshopId, events, tokens, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // setImmediate runs after the I/O callbacks of this loop turn, so every mutation read
        // from the sockets in this turn joins the same transaction.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: true; events: WorkshopEvent[] } | { ok: false; error: unknown }> = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            // A nested transaction is a savepoint: a failing append rolls back alone.
            outcomes.push({ ok: true, events: this.db.transaction(() => this.appendNow(item.workshopId, item.events, item.tokens))() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the batch is durable.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.events);
      else item.reject(outcome?.error);
    });
  }

  /** Runs inside a transaction: assigns seq from the stored head, so it is gapless by construction. */
  private appendNow(workshopId: string, events: NewEvent[], tokens: TokenRecord[]): WorkshopEvent[] {
    const head = this.stmt.head.get(workshopId);
    if (!head) throw new UnknownWorkshopError(workshopId);
    let seq = head.head_seq;
    const stored: WorkshopEvent[] = [];
    for (const event of events) {
      seq += 1;
      try {
        this.stmt.insertEvent.run(
          workshopId,
          seq,
          EVENT_VERSION,
          event.type,
          JSON.stringify(event.data),
          event.actorId,
          event.clientId,
          event.mutationId,
          event.at,
        );
      } catch (error) {
        if (event.clientId !== null && event.mutationId !== null && String(error).includes('UNIQUE')) {
          throw new DuplicateMutationError(event.clientId, event.mutationId);
        }
        throw error;
      }
      stored.push({ ...event, seq, v: EVENT_VERSION } as WorkshopEvent);
    }
    for (const token of tokens) {
      this.stmt.insertToken.run(token.hash, token.workshopId, token.role, token.memberId, Date.now());
    }
    this.stmt.setHead.run(seq, workshopId);
    return stored;
  }

  async readEvents(workshopId: string, afterSeq: number, limit = 1_000_000): Promise<WorkshopEvent[]> {
    return this.stmt.readEvents.all(workshopId, afterSeq, limit).map(toEvent);
  }

  async headSeq(workshopId: string): Promise<number | null> {
    return this.stmt.head.get(workshopId)?.head_seq ?? null;
  }

  async findWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.stmt.workshop.get(id);
    return row ? toWorkshop(row) : null;
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const row = this.stmt.workshopByCode.get(joinCode);
    return row ? toWorkshop(row) : null;
  }

  async listWorkshops(): Promise<WorkshopRecord[]> {
    return this.stmt.workshops.all().map(toWorkshop);
  }

  async findToken(hash: string): Promise<TokenRecord | null> {
    const row = this.stmt.token.get(hash);
    return row ? tokenRecord(row) : null;
  }

  async listTokens(workshopId: string): Promise<TokenRecord[]> {
    return this.stmt.tokens.all(workshopId).map(tokenRecord);
  }

  async addToken(token: TokenRecord): Promise<void> {
    if (!this.stmt.head.get(token.workshopId)) throw new UnknownWorkshopError(token.workshopId);
    this.stmt.insertToken.run(token.hash, token.workshopId, token.role, token.memberId, Date.now());
  }

  async findMutation(workshopId: string, actorId: string | null, clientId: string, mutationId: number): Promise<number | null> {
    return this.stmt.mutation.get(workshopId, actorId, clientId, mutationId)?.seq ?? null;
  }

  async saveSnapshot(workshopId: string, snapshot: StateSnapshot): Promise<void> {
    // Outside the group commit: one statement is its own small transaction, and a failure here
    // (disk full, an unknown workshop) reaches only the caller, never a queued append.
    if (!this.stmt.head.get(workshopId)) throw new UnknownWorkshopError(workshopId);
    const state = JSON.stringify(snapshot.state);
    this.stmt.saveSnapshot.run(workshopId, snapshot.seq, snapshot.eventVersion, snapshot.hash, state, Date.now());
  }

  async latestSnapshot(workshopId: string): Promise<StateSnapshot | null> {
    const row = this.stmt.snapshot.get(workshopId);
    if (!row) return null;
    return { seq: row.seq, eventVersion: row.event_version, hash: row.hash, state: JSON.parse(row.state) };
  }

  async close(): Promise<void> {
    if (this.queue.length > 0) this.flush();
    await this.checkpointer?.stop();
    // The last connection to close checkpoints the whole WAL and removes it.
    this.db.close();
  }
}

/** A row of the tokens table as the store's interface gives it. */
function tokenRecord(row: { hash: string; workshop_id: string; role: Role; member_id: string | null }): TokenRecord {
  return { hash: row.hash, workshopId: row.workshop_id, role: row.role, memberId: row.member_id };
}
