import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/constants.js';
import { createWorkshop, joinAs, RawClient, startServer, type TestServer, uuid, type Workshop } from '../testing/harness.js';

/**
 * Per-connection mutation rate: over it, mutations wait in order; far over it, the socket is
 * cut off. Timing-dependent, so it runs in the sequential fault stage, not among the
 * parallel tests where a busy machine could stretch its waits.
 */
let server: TestServer;
let workshop: Workshop;
let ana: { participantToken: string };

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server);
  ana = await joinAs(server, workshop.joinCode, 'Ana');
});
afterAll(async () => server.close());

describe('mutation rate per connection', () => {
  it('over the rate, mutations wait their turn in order; a flood is cut off with rate_limited', async () => {
    const { client } = await RawClient.join(server.wsUrl, workshop.id, ana.participantToken, 'rate-client-1');
    const over = LIMITS.mutationBurst + 10;
    for (let i = 1; i <= over; i++) {
      client.send({
        t: 'mutate',
        mutationId: i,
        name: 'pestle.add',
        args: { id: uuid(5000 + i), category: 'legal', kind: 'state', text: `n${i}` },
      });
    }
    // Every one is applied, none refused, in the order sent (the last 10 after a short wait).
    const acks: number[] = [];
    while (acks.length < over) {
      const reply = await client.next((m) => m.t === 'ack' || m.t === 'reject', 15_000);
      expect(reply.t).toBe('ack');
      acks.push(reply.mutationId as number);
    }
    expect(acks).toEqual(Array.from({ length: over }, (_, i) => i + 1));
    client.close();

    const { client: flood } = await RawClient.join(server.wsUrl, workshop.id, ana.participantToken, 'flood-client-1');
    // Over burst + backlog by 250: the bucket refills 50 a second while the frames arrive and the
    // first ones run, so a margin of a few frames cut it off only when the machine was quick.
    const flooded = LIMITS.mutationBurst + LIMITS.mutationBacklog + 5 * LIMITS.mutationsPerSecond;
    for (let i = 1; i <= flooded; i++) {
      flood.send({ t: 'mutate', mutationId: i, name: 'pestle.edit', args: { id: uuid(5001), text: 'x' } });
    }
    expect(await flood.next((m) => m.t === 'error', 15_000)).toMatchObject({ code: 'rate_limited' });
    await new Promise((r) => flood.socket.once('close', r));
    expect(flood.closed?.code).toBe(1008);
  });
});
