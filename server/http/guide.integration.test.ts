import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type SocketLike, SyncClient } from '../../shared/sync/client.js';
import { MemoryOutbox } from '../../shared/sync/memory-outbox.js';
import { createWorkshop, http, joinAs, startServer, type TestServer, uuid, type Workshop } from '../testing/harness.js';

/** Prepare mode over a real server: the facilitator's changes to the guide reach everyone live; refusals change nothing. */
let server: TestServer;
let w: Workshop;
let ana: { memberId: string; participantToken: string };
let mutationId = 0;

beforeAll(async () => {
  server = await startServer();
  w = await createWorkshop(server);
  ana = await joinAs(server, w.joinCode, 'Ana');
});
afterAll(async () => server.close());

const send = (token: string, name: string, args: unknown, lang = 'es') =>
  http(
    server,
    'POST',
    `/api/workshops/${w.id}/mutations?lang=${lang}`,
    { clientId: 'guide-test', mutationId: ++mutationId, name, args },
    { authorization: `Bearer ${token}` },
  );

const stateAs = async (token: string) =>
  (await http(server, 'GET', `/api/workshops/${w.id}/state`, undefined, { authorization: `Bearer ${token}` })).body as {
    seq: number;
    state: { template: { needs: Array<{ id: string; label: { es: string } }>; phases: Array<{ id: string; plannedMinutes?: number }> } };
  };

describe('prepare mode', () => {
  it('a participant’s open screen shows the facilitator’s edit to the guide without reloading', async () => {
    const client = new SyncClient({
      url: server.wsUrl,
      workshopId: w.id,
      token: ana.participantToken,
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      storage: new MemoryOutbox(),
      newClientId: () => 'client-ana-guide',
    });
    client.start();
    expect((await send(w.facilitatorToken, 'guide.edit', { list: 'need', id: 'food', text: 'Alimentación y agua potable' })).status).toBe(
      200,
    );
    expect((await send(w.facilitatorToken, 'guide.edit', { list: 'phase', id: 'pestle', plannedMinutes: 90 })).status).toBe(200);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('edit never arrived')), 5000);
      const check = () => {
        const pestle = client.view?.template.phases.find((p) => p.id === 'pestle');
        if (pestle?.plannedMinutes !== 90) return;
        clearTimeout(timer);
        stop();
        resolve();
      };
      const stop = client.subscribe(check);
      check();
    });
    expect(client.view?.template.needs.find((n) => n.id === 'food')?.label.es).toBe('Alimentación y agua potable');
    client.stop();
  });

  it('refuses to remove what the room already used, in the caller’s language, and keeps it', async () => {
    expect(
      (await send(ana.participantToken, 'grid.setCell', { profileId: 'lgbti', needId: 'shelter', note: 'Espacio seguro' })).status,
    ).toBe(200);
    const before = await stateAs(w.facilitatorToken);
    const res = await send(w.facilitatorToken, 'guide.remove', { list: 'need', id: 'shelter' }, 'en');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'in_use', message: expect.stringContaining('cannot be removed') });
    const after = await stateAs(w.facilitatorToken);
    expect(after.seq).toBe(before.seq);
    expect(after.state.template.needs.some((n) => n.id === 'shelter')).toBe(true);
  });

  it('is refused to participants, and a malformed change names its field', async () => {
    expect((await send(ana.participantToken, 'guide.add', { list: 'need', id: 'x1', text: 'x' })).body.error).toMatchObject({
      code: 'forbidden',
    });
    const bad = await send(w.facilitatorToken, 'guide.add', { list: 'need', id: uuid(1), text: '   ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_args', params: { field: 'text' } });
  });
});
