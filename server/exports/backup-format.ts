import { z } from 'zod';
import { ROLES } from '../../shared/domain/constants.js';
import { storedEventEnvelope } from '../../shared/domain/events.js';

/**
 * A full backup: every event of a workshop (and, for a workshop with a plenary, of each of its
 * groups), its metadata and its access tokens' hashes, as one JSON file. Restoring it in another
 * Mesa rebuilds the same workshops, whose state hash the file records, and the same links work.
 */
export const BACKUP_FORMAT = 'mesa-backup';
export const BACKUP_VERSION = 1;

const backupWorkshop = z.strictObject({
  id: z.string().min(1).max(64),
  joinCode: z.string().min(1).max(32),
  title: z.string().min(1).max(500),
  templateId: z.string().min(1).max(64),
  createdAt: z.number(),
  /** stateHash of the folded log, as the exporting Mesa computed it (at `eventVersion`). */
  stateHash: z.string().min(1),
  events: z.array(storedEventEnvelope).min(1),
  tokens: z.array(z.strictObject({ hash: z.string().min(1).max(200), role: z.enum(ROLES), memberId: z.string().nullable() })),
});

export const backupFile = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  mesaVersion: z.string(),
  eventVersion: z.number().int().positive(),
  /** The workshop exported first, then its groups. */
  workshops: z.array(backupWorkshop).min(1),
});

export type BackupFile = z.infer<typeof backupFile>;
export type BackupWorkshop = z.infer<typeof backupWorkshop>;
