// The PESTLE phase of one group: the brainstorm, then the room organises it (clusters, duplicates, ratings, a dot vote).
import { randomUUID } from 'node:crypto';
import { PESTLE_CATEGORIES, type PestleCategory } from '../../shared/domain/constants.js';
import { type GroupSeats, toPhase } from './seats.js';
import { CLUSTERS, remarks, STATEMENTS } from './texts/pestle.js';
import { COUNTRIES } from './texts/people.js';
import { inParallel } from './writer.js';

export const PESTLE_ITEMS = 400;
const DUPLICATES = 20;
const VOTING_DOTS = 5;

interface Added {
  id: string;
  category: PestleCategory;
  statement: number;
  text: string;
}

/** Each statement alone or with a remark, within 200 characters (items run 80–200), in random order. */
function variants(seats: GroupSeats, category: PestleCategory): Array<Omit<Added, 'id'>> {
  const all = STATEMENTS[category].flatMap(([, statement], i) =>
    [statement, ...remarks(COUNTRIES).map((r) => `${statement} ${r}`)]
      .filter((t) => t.length <= 200)
      .map((text) => ({ category, statement: i, text })),
  );
  return seats.random.sample(all, all.length);
}

export async function buildPestle(seats: GroupSeats): Promise<void> {
  const { random, participants, rapporteur, facilitator } = seats;
  await toPhase(seats, 'pestle');
  // The brainstorm: every participant adds items, the six categories in turn, no two alike.
  const pools = Object.fromEntries(PESTLE_CATEGORIES.map((c) => [c, variants(seats, c)])) as Record<
    PestleCategory,
    Array<Omit<Added, 'id'>>
  >;
  const items: Added[] = Array.from({ length: PESTLE_ITEMS }, (_, i) => {
    const category = PESTLE_CATEGORIES[i % PESTLE_CATEGORIES.length] as PestleCategory;
    const variant = pools[category].pop();
    if (!variant) throw new Error(`not enough distinct ${category} items`);
    return { id: randomUUID(), ...variant };
  });
  // Some say what someone already said: the same statement in other words, by another; merged later.
  const duplicates = random.sample(items, DUPLICATES).map((of) => {
    const variant = pools[of.category].find((v) => v.statement === of.statement) ?? of;
    return { of, id: randomUUID(), text: variant.text };
  });
  const adds = [
    ...items.map((item) => ({ item, id: item.id, text: item.text })),
    ...duplicates.map((d) => ({ item: d.of, id: d.id, text: d.text })),
  ];
  await inParallel(
    adds.map(({ item, id, text }) => () => {
      const [kind] = STATEMENTS[item.category][item.statement] as [string, string];
      return random.pick(participants).send('pestle.add', { id, category: item.category, kind, text });
    }),
  );
  // The facilitator takes the pen for the organising.
  await facilitator.send('pestle.setMode', { mode: 'facilitator' });
  const clusters = Object.fromEntries(
    PESTLE_CATEGORIES.map((category) => [category, CLUSTERS[category].map((label) => ({ id: randomUUID(), label }))]),
  ) as Record<PestleCategory, Array<{ id: string; label: string }>>;
  await inParallel(
    PESTLE_CATEGORIES.flatMap((category) =>
      clusters[category].map((c) => () => rapporteur.send('pestle.addCluster', { id: c.id, category, label: c.label })),
    ),
  );
  await inParallel(duplicates.map((d) => () => rapporteur.send('pestle.merge', { id: d.id, intoId: d.of.id })));
  // Every item placed in its cluster (most: a few fit none) and rated.
  await inParallel(
    items.map((item) => () => {
      const cluster = random.chance(0.85) ? (clusters[item.category][item.statement % 5]?.id ?? null) : null;
      return rapporteur.send('pestle.edit', { id: item.id, impact: random.int(1, 5), likelihood: random.int(1, 5), clusterId: cluster });
    }),
  );
  // The dot vote: everyone spends their dots, results hidden until the reveal.
  await facilitator.send('pestle.openVoting', { dots: VOTING_DOTS });
  await inParallel(
    participants.flatMap((p) => {
      const [a, b, c] = random.sample(items, 3);
      return [
        () => p.send('pestle.vote', { itemId: a!.id, dots: 2 }),
        () => p.send('pestle.vote', { itemId: b!.id, dots: 2 }),
        () => p.send('pestle.vote', { itemId: c!.id, dots: 1 }),
      ];
    }),
  );
  await facilitator.send('pestle.revealVotes', {});
}
