import { own } from '../../../shared/domain/decision';

/**
 * Shown but not yet confirmed by the server: a record new or changed here and not yet
 * acknowledged. The reducer keeps unchanged records' identity, so comparing objects is enough.
 */
export function isUnconfirmed(shown: Record<string, unknown>, confirmed: Record<string, unknown> | undefined, id: string): boolean {
  return (confirmed ? own(confirmed, id) : undefined) !== own(shown, id);
}
