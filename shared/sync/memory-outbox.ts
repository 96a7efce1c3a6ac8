import type { OutboxState, OutboxStorage } from './client.js';

/** An outbox kept in memory: for tests and for tools that need no persistence. */
export class MemoryOutbox implements OutboxStorage {
  private state: OutboxState | null = null;

  load(): OutboxState | null {
    return this.state ? structuredClone(this.state) : null;
  }

  save(state: OutboxState): void {
    this.state = structuredClone(state);
  }
}
