import { EVENT_VERSION } from '../../shared/domain/events.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import type { AppContext } from '../commands/context.js';
import { MesaError } from '../errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupWorkshop } from './backup-format.js';

/**
 * The full backup of a workshop: its log, metadata and token hashes, and those of its groups
 * when it is a plenary. Read from the store as committed, so it is exactly what a restart
 * would load; the recorded state hash is that of the committed state.
 */
export async function buildBackup(ctx: AppContext, workshopId: string, mesaVersion: string): Promise<BackupFile> {
  const room = await ctx.rooms.get(workshopId);
  if (!room) throw new MesaError('workshop_not_found');
  const ids = [workshopId, ...(room.state.kind === 'plenary' ? room.state.plenary.groupOrder : [])];
  const workshops: BackupWorkshop[] = [];
  for (const id of ids) workshops.push(await backupOf(ctx, id));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    mesaVersion,
    eventVersion: EVENT_VERSION,
    workshops,
  };
}

async function backupOf(ctx: AppContext, id: string): Promise<BackupWorkshop> {
  const record = await ctx.store.findWorkshop(id);
  const room = await ctx.rooms.get(id);
  if (!record || !room) throw new MesaError('workshop_not_found');
  // The committed state and its head, taken together; the log is then read up to that head, so
  // what is appended meanwhile is left out of both.
  const head = room.seq;
  const hash = stateHash(room.state);
  const events = await ctx.store.readEvents(id, 0, head);
  const tokens = (await ctx.store.listTokens(id)).map(({ hash, role, memberId }) => ({ hash, role, memberId }));
  return { ...record, stateHash: hash, events, tokens };
}
