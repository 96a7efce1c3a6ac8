import { type EventType, eventData, EVENT_VERSION, type NewEvent } from '../../shared/domain/events.js';
import { fold } from '../../shared/domain/reducer.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import { upgradeEvent } from '../../shared/domain/upgrade.js';
import { newJoinCode } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import { type BackupWorkshop, backupFile } from '../exports/backup-format.js';
import type { AppContext } from './context.js';

export interface Restored {
  id: string;
  title: string;
  joinCode: string;
  events: number;
}

/** Why a file is not a backup Mesa can restore: the first problem, for the person who chose the file. */
const damaged = (reason: string) => new MesaError('invalid_backup', { reason: reason.slice(0, 300) });

/**
 * Rebuilds the workshops of a backup file in this Mesa: same ids, same logs, same state (the
 * hash is checked), and the same links keep working. Everything is checked before anything is
 * written, so a damaged or foreign file, or a workshop this Mesa already holds, changes nothing.
 */
export async function restoreBackup(ctx: AppContext, data: unknown): Promise<Restored[]> {
  const parsed = backupFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw damaged(`${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'not a Mesa backup'}`);
  }
  const file = parsed.data;
  if (file.eventVersion > EVENT_VERSION) throw damaged(`written by a newer Mesa (event version ${file.eventVersion})`);
  const plans = file.workshops.map((w) => planOf(w, file.eventVersion));
  const ids = new Set<string>();
  for (const { workshop } of plans) {
    if (ids.has(workshop.id)) throw damaged(`workshop ${workshop.id} appears twice`);
    ids.add(workshop.id);
    if (await ctx.store.findWorkshop(workshop.id)) throw new MesaError('workshop_exists', { id: workshop.id });
    for (const token of workshop.tokens) {
      if (await ctx.store.findToken(token.hash)) throw new MesaError('workshop_exists', { id: workshop.id });
    }
  }
  const restored: Restored[] = [];
  for (const { workshop, events } of plans) {
    // The code people were given, unless this Mesa already uses it for another workshop.
    const joinCode = (await ctx.store.findWorkshopByJoinCode(workshop.joinCode)) ? newJoinCode() : workshop.joinCode;
    const record = { id: workshop.id, joinCode, title: workshop.title, templateId: workshop.templateId, createdAt: workshop.createdAt };
    const tokens = workshop.tokens.map((t) => ({ ...t, workshopId: workshop.id }));
    await ctx.store.createWorkshop(record, events, tokens);
    restored.push({ id: workshop.id, title: workshop.title, joinCode, events: events.length });
  }
  return restored;
}

/** One workshop's events, lifted to this Mesa's version and validated one by one, and the state they fold to. */
function planOf(workshop: BackupWorkshop, eventVersion: number): { workshop: BackupWorkshop; events: NewEvent[] } {
  const events: NewEvent[] = [];
  workshop.events.forEach((raw, i) => {
    if (raw.seq !== i + 1) throw damaged(`workshop ${workshop.id}: event ${i + 1} has seq ${raw.seq}`);
    let lifted: ReturnType<typeof upgradeEvent>;
    try {
      lifted = upgradeEvent(raw);
    } catch (error) {
      throw damaged(`workshop ${workshop.id}: ${error instanceof Error ? error.message : 'event version'}`);
    }
    const type = lifted.type as EventType;
    if (!Object.hasOwn(eventData, type) || type === 'redacted')
      throw damaged(`workshop ${workshop.id}: event ${raw.seq} has unknown type "${raw.type}"`);
    const data = eventData[type].safeParse(lifted.data);
    if (!data.success)
      throw damaged(
        `workshop ${workshop.id}: event ${raw.seq} (${type}) ${data.error.issues[0]?.path.join('.')}: ${data.error.issues[0]?.message}`,
      );
    const { seq: _seq, v: _v, ...event } = { ...lifted, data: data.data };
    events.push(event as NewEvent);
  });
  const first = events[0];
  if (first?.type !== 'workshop.created' || first.data.id !== workshop.id)
    throw damaged(`workshop ${workshop.id}: its log does not start by creating it`);
  const state = fold(events);
  // The same version folds to the same hash; an older file's state has another shape, so its hash cannot match.
  if (!state || (eventVersion === EVENT_VERSION && stateHash(state) !== workshop.stateHash)) {
    throw damaged(`workshop ${workshop.id}: its events do not rebuild the state recorded in the file`);
  }
  return { workshop, events };
}
