// Seeded choices, so every run builds the same workshop (its words; the ids are random UUIDs).
import { prng } from '../../server/testing/prng.js';

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = prng(seed);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `n` different items (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }

  /** Sentences from `pool` joined by spaces, as many as asked but never past `max` characters. */
  sentences(pool: readonly string[], count: number, max: number): string {
    let text = '';
    for (const s of this.sample(pool, count)) {
      const next = text === '' ? s : `${text} ${s}`;
      if (next.length > max) break;
      text = next;
    }
    return text || this.pick(pool).slice(0, max).trim();
  }
}
