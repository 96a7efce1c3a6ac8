import path from 'node:path';
import type { AppContext } from './commands/context.js';
import type { Config } from './config.js';
import { RoomRegistry } from './rooms/registry.js';
import { SqliteEventStore } from './store/sqlite/sqlite-store.js';
import { loadTemplates } from './templates/catalog.js';

/** Where the store and rooms report trouble they recover from (a snapshot ignored, a checkpoint failed). */
export type Warn = (message: string, error?: unknown) => void;

const warnToStderr: Warn = (message, error) => process.emitWarning(error ? `${message}: ${String(error)}` : message, 'MesaWarning');

/** Opens the configured store and templates: the one place that picks implementations. */
export function openContext(config: Pick<Config, 'dataDir' | 'templatesDir' | 'sqliteSynchronous'>, warn: Warn = warnToStderr): AppContext {
  const store = new SqliteEventStore({ filename: path.join(config.dataDir, 'mesa.db'), synchronous: config.sqliteSynchronous, warn });
  return {
    store,
    rooms: new RoomRegistry(store, warn),
    templates: loadTemplates(config.templatesDir, path.join(config.dataDir, 'templates')),
  };
}
