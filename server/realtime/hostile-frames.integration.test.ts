import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/constants.js';
import { createWorkshop, http, joinAs, RawClient, startServer, type TestServer, uuid, type Workshop } from '../testing/harness.js';

let server: TestServer;
let workshop: Workshop;
let other: Workshop;
let ana: { participantToken: string };

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server);
  other = await createWorkshop(server, 'Otro');
  ana = await joinAs(server, workshop.joinCode, 'Ana');
});
afterAll(async () => server.close());

const stateNow = async () =>
  (await http(server, 'GET', `/api/workshops/${workshop.id}/state`, undefined, { authorization: `Bearer ${workshop.facilitatorToken}` }))
    .body;

describe('hostile WebSocket frames get a coded error; the connection and the state stay healthy', () => {
  it('handles each bad frame and still works afterwards', async () => {
    const before = await stateNow();
    const { client, welcome } = await RawClient.join(server.wsUrl, workshop.id, ana.participantToken, 'hostile-1');
    expect(welcome.t).toBe('welcome');
    const cases: Array<[string | Buffer, string, 'error' | 'reject']> = [
      ['{"t":', 'invalid_json', 'error'],
      ['[]', 'invalid_message', 'error'],
      ['{"t":"explode"}', 'invalid_message', 'error'],
      [JSON.stringify({ t: 'mutate', mutationId: 1, name: 'pestle.explode', args: {} }), 'unknown_mutation', 'reject'],
      [
        JSON.stringify({ t: 'mutate', mutationId: 2, name: 'pestle.add', args: { id: uuid(1), category: 1, kind: 'state', text: 'x' } }),
        'invalid_args',
        'reject',
      ],
      [
        JSON.stringify({
          t: 'mutate',
          mutationId: 3,
          name: 'pestle.add',
          args: { id: uuid(1), category: 'legal', kind: 'state', text: 'x'.repeat(LIMITS.pestleText + 1) },
        }),
        'too_long',
        'reject',
      ],
      [JSON.stringify({ t: 'mutate', mutationId: 'x', name: 'pestle.add', args: {} }), 'invalid_message', 'error'],
      [JSON.stringify({ t: 'mutate', mutationId: 4, name: 'pestle.add', args: {}, extra: 1 }), 'invalid_message', 'reject'],
      [JSON.stringify({ t: 'mutate', mutationId: 5, name: 'phase.set', args: { phaseId: 'pestle' } }), 'forbidden', 'reject'],
      [
        JSON.stringify({
          t: 'hello',
          protocol: 1,
          workshopId: workshop.id,
          token: ana.participantToken,
          clientId: 'again-123',
          lastSeq: 0,
        }),
        'invalid_message',
        'error',
      ],
      [`{"t":"ping","pad":"${'x'.repeat(LIMITS.messageBytes)}"}`, 'payload_too_large', 'error'],
      [Buffer.from([0, 1, 2, 3]), 'invalid_message', 'error'],
    ];
    for (const [frame, code, kind] of cases) {
      if (Buffer.isBuffer(frame)) client.socket.send(frame, { binary: true });
      else client.send(frame);
      const reply = await client.next((m) => m.t === kind);
      expect({ frame: String(frame).slice(0, 60), code: reply.code }).toEqual({ frame: String(frame).slice(0, 60), code });
      expect(typeof reply.message).toBe('string');
    }
    expect(await stateNow()).toEqual(before);
    // Still healthy: a good mutation goes through on the same connection.
    client.send({ t: 'mutate', mutationId: 10, name: 'pestle.add', args: { id: uuid(2), category: 'legal', kind: 'state', text: 'ok' } });
    expect(await client.next((m) => m.t === 'ack')).toMatchObject({ mutationId: 10 });
    client.close();
  });

  it('upgrades only /ws', async () => {
    await expect(RawClient.connect(server.wsUrl.replace('/ws', '/nope'))).rejects.toThrow(/404/);
  });

  it('mutating before hello is refused', async () => {
    const client = await RawClient.connect(server.wsUrl);
    client.send({ t: 'mutate', mutationId: 1, name: 'pestle.add', args: {} });
    expect(await client.next((m) => m.t === 'reject')).toMatchObject({ code: 'hello_required' });
    client.close();
  });

  it('answers every mutation sent while a hello is being refused', async () => {
    const client = await RawClient.connect(server.wsUrl);
    client.send({ t: 'hello', protocol: 1, workshopId: workshop.id, token: 'x'.repeat(43), clientId: 'early-client-1', lastSeq: 0 });
    // Sent at once, before the hello's answer: they arrive while the token is being checked.
    for (const mutationId of [1, 2]) client.send({ t: 'mutate', mutationId, name: 'pestle.add', args: {} });
    expect(await client.next((m) => m.t === 'error')).toMatchObject({ code: 'unauthorized' });
    expect(await client.next((m) => m.t === 'reject' && m.mutationId === 1)).toMatchObject({ code: 'hello_required' });
    expect(await client.next((m) => m.t === 'reject' && m.mutationId === 2)).toMatchObject({ code: 'hello_required' });
    client.close();
  });

  it("refuses another workshop's token, a wrong token and an old protocol", async () => {
    const foreign = await RawClient.join(server.wsUrl, workshop.id, other.facilitatorToken, 'foreign-1');
    expect(foreign.welcome).toMatchObject({ t: 'error', code: 'unauthorized' });
    const wrong = await RawClient.join(server.wsUrl, workshop.id, 'x'.repeat(43), 'wrong-client-1');
    expect(wrong.welcome).toMatchObject({ t: 'error', code: 'unauthorized' });
    const missing = await RawClient.join(server.wsUrl, '4b1d0000-0000-4000-8000-000000000000', ana.participantToken, 'missing-client-1');
    expect(missing.welcome).toMatchObject({ t: 'error', code: 'workshop_not_found' });
    const old = await RawClient.connect(server.wsUrl);
    old.send({ t: 'hello', protocol: 99, workshopId: workshop.id, token: ana.participantToken, clientId: 'old-proto-1', lastSeq: 0 });
    expect(await old.next((m) => m.t === 'error')).toMatchObject({ code: 'unsupported_protocol' });
    for (const c of [foreign.client, wrong.client, missing.client, old]) c.close();
  });

  it('a frame over the hard limit closes that socket with 1009 and nothing else', async () => {
    const { client } = await RawClient.join(server.wsUrl, workshop.id, ana.participantToken, 'huge-client-1');
    client.send('x'.repeat(LIMITS.hardFrameBytes + 1));
    await new Promise((r) => client.socket.once('close', r));
    expect(client.closed?.code).toBe(1009);
    expect((await http(server, 'GET', '/api/health')).status).toBe(200);
  });
});
