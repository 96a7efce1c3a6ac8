import type { RoomRegistry } from '../rooms/registry.js';
import type { EventStore } from '../store/event-store.js';
import type { TemplateCatalog } from '../templates/catalog.js';

/** What every command needs; built once at startup and passed in (no globals). */
export interface AppContext {
  store: EventStore;
  rooms: RoomRegistry;
  templates: TemplateCatalog;
}
