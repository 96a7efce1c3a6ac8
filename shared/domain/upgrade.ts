import { EVENT_VERSION, type WorkshopEvent } from './events.js';

type RawEvent = { v: number; type: string; data: unknown } & Omit<WorkshopEvent, 'v' | 'type' | 'data'>;

/**
 * Lifts an event stored by an older Mesa to the current event version, one step at a time,
 * so a workshop recorded today still opens next year. Add a step here whenever an event's
 * data changes shape, and bump EVENT_VERSION.
 */
const steps: Record<number, (event: RawEvent) => RawEvent> = {
  // 2 added the phase timer to the state (and its events): version 1 events are unchanged,
  // but the bump makes snapshots of the old state shape (without `timer`) be ignored.
  1: (event) => ({ ...event, v: 2 }),
  // 3 records how each PESTLE item was attributed when written; every earlier item was by name.
  2: (event) =>
    event.type === 'pestle.added' ? { ...event, v: 3, data: { ...(event.data as object), attribution: 'name' } } : { ...event, v: 3 },
  // 4 added working and final matrices, groups and the plenary to the state: version 3 events
  // are unchanged (`workshop.created` without `kind` is a group), but the bump makes snapshots
  // of the old state shape be ignored and the log replayed.
  3: (event) => ({ ...event, v: 4 }),
};

export function upgradeEvent(raw: RawEvent): WorkshopEvent {
  let event = raw;
  if (event.v > EVENT_VERSION) {
    throw new Error(`event ${event.seq} has version ${event.v}, newer than this Mesa (${EVENT_VERSION})`);
  }
  while (event.v < EVENT_VERSION) {
    const step = steps[event.v];
    if (!step) throw new Error(`no upgrade from event version ${event.v}`);
    event = step(event);
  }
  return event as WorkshopEvent;
}
