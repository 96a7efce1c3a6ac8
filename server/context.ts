import path from 'node:path';
import type { AppContext } from './commands/context.js';
import type { Config } from './config.js';
import { RoomRegistry } from './rooms/registry.js';
import { SqliteEventStore } from './store/sqlite/sqlite-store.js';
import { loadTemplates } from './templates/catalog.js';

/** Opens the configured store and templates: the one place that picks implementations. */
export function openContext(config: Pick<Config, 'dataDir' | 'templatesDir' | 'sqliteSynchronous'>): AppContext {
  const store = new SqliteEventStore({ filename: path.join(config.dataDir, 'mesa.db'), synchronous: config.sqliteSynchronous });
  return { store, rooms: new RoomRegistry(store), templates: loadTemplates(config.templatesDir) };
}
