import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/constants.js';
import { createWorkshop, http, joinAs, startServer, type TestServer, uuid, type Workshop } from '../testing/harness.js';

let server: TestServer;
let workshop: Workshop;
let other: Workshop;
let participant: { participantToken: string; memberId: string };

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server);
  other = await createWorkshop(server, 'Otro taller');
  participant = await joinAs(server, workshop.joinCode, 'Ana');
});
afterAll(async () => server.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const mutate = (token: string, body: unknown, id = workshop.id) =>
  http(server, 'POST', `/api/workshops/${id}/mutations`, body, bearer(token));
let nextMutation = 1;
const envelope = (name: string, args: unknown) => ({ clientId: 'http-client-1', mutationId: nextMutation++, name, args });
const add = (n: number, text = 'x') => ({ id: uuid(n), category: 'economic', kind: 'opportunity', text });

async function stateOf(token = workshop.facilitatorToken) {
  return (
    await http<{ seq: number; state: Record<string, unknown> }>(
      server,
      'GET',
      `/api/workshops/${workshop.id}/state`,
      undefined,
      bearer(token),
    )
  ).body;
}

describe('HTTP API', () => {
  it('GET /api/health reports the store and version', async () => {
    expect(await http(server, 'GET', '/api/health')).toEqual({ status: 200, body: { status: 'ok', store: 'sqlite', version: 'test' } });
  });

  it('GET /api/server-info gives no LAN address when listening on loopback only', async () => {
    expect((await http(server, 'GET', '/api/server-info')).body).toEqual({ joinBaseUrl: null });
  });

  it('GET /api/templates lists the group 4 guide with its titles per language', async () => {
    const res = await http<Array<{ id: string; title: Record<string, string> }>>(server, 'GET', '/api/templates');
    expect(res.body.map((t) => t.id)).toContain('crm-group4');
    expect(res.body[0]?.title.es).toMatch(/Tráfico Ilícito de Migrantes/);
    expect(res.body[0]?.title.en).toBeTruthy();
  });

  it('POST /api/workshops returns secrets and links; the state is readable with the token', async () => {
    expect(workshop.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect((workshop as unknown as { links: Record<string, string> }).links.participant).toMatch(new RegExp(`/join/${workshop.joinCode}$`));
    const body = await stateOf();
    expect(body.seq).toBeGreaterThan(0);
    expect(body.state).toMatchObject({ id: workshop.id, templateId: 'crm-group4', currentPhaseId: 'preliminary' });
  });

  it('POST /api/join takes a seat that everyone sees in the roster', async () => {
    const { state } = await stateOf();
    const members = state.members as Record<string, { name: string; role: string; sector: string }>;
    expect(members[participant.memberId]).toMatchObject({ name: 'Ana', role: 'participant', sector: 'migration' });
    const lower = await http(server, 'POST', '/api/join', {
      joinCode: workshop.joinCode.toLowerCase(),
      name: 'Ben',
      institution: 'SRE',
      country: 'México',
      sector: 'foreign_affairs',
    });
    expect(lower.status).toBe(201);
  });

  it('mutations over HTTP return the seq and change the state', async () => {
    const res = await mutate(participant.participantToken, envelope('pestle.add', add(1, 'Remesas')));
    expect(res.status).toBe(200);
    const { seq, state } = await stateOf();
    expect(res.body.seq).toBe(seq);
    expect((state.pestle as { items: Record<string, { text: string }> }).items[uuid(1)]?.text).toBe('Remesas');
  });

  it("another member reusing someone's clientId and mutationId cannot swallow their mutation", async () => {
    const victim = await joinAs(server, workshop.joinCode, 'Victim');
    // clientIds travel in broadcast events, so anyone can copy one.
    const spoof = await mutate(participant.participantToken, {
      clientId: 'victim-tab-0001',
      mutationId: 1,
      name: 'pestle.add',
      args: add(901, 'spoof'),
    });
    expect(spoof.status).toBe(200);
    const real = await mutate(victim.participantToken, {
      clientId: 'victim-tab-0001',
      mutationId: 1,
      name: 'pestle.add',
      args: add(902, 'real'),
    });
    expect(real.body.duplicate).toBeUndefined();
    expect(real.body.seq).toBe((spoof.body.seq as number) + 1);
    const { state } = await stateOf();
    expect((state.pestle as { items: Record<string, { text: string }> }).items[uuid(902)]?.text).toBe('real');
  });

  describe('bad input gets a coded error and changes nothing', () => {
    const cases: Array<[string, () => Promise<{ status: number; body: Record<string, unknown> }>, number, string]> = [
      ['malformed JSON', () => http(server, 'POST', '/api/join', '{"joinCode":'), 400, 'invalid_json'],
      ['unknown mutation', () => mutate(participant.participantToken, envelope('pestle.explode', {})), 400, 'unknown_mutation'],
      ['wrong types', () => mutate(participant.participantToken, envelope('pestle.add', { ...add(2), text: 7 })), 400, 'invalid_args'],
      [
        'text over the limit',
        () => mutate(participant.participantToken, envelope('pestle.add', add(3, 'x'.repeat(LIMITS.pestleText + 1)))),
        400,
        'too_long',
      ],
      [
        'envelope without mutationId',
        () => mutate(participant.participantToken, { clientId: 'http-client-1', name: 'pestle.add', args: add(4) }),
        400,
        'invalid_args',
      ],
      [
        'no token',
        () => http(server, 'POST', `/api/workshops/${workshop.id}/mutations`, envelope('pestle.add', add(5))),
        401,
        'unauthorized',
      ],
      ['a wrong token', () => mutate('not-a-token', envelope('pestle.add', add(6))), 401, 'unauthorized'],
      ["another workshop's token", () => mutate(other.facilitatorToken, envelope('pestle.add', add(7))), 401, 'unauthorized'],
      ['a role that may not', () => mutate(workshop.projectorToken, envelope('pestle.add', add(8))), 403, 'forbidden'],
      [
        'a participant moving the room',
        () => mutate(participant.participantToken, envelope('phase.set', { phaseId: 'pestle' })),
        403,
        'forbidden',
      ],
      [
        'unknown workshop',
        () => mutate(workshop.facilitatorToken, envelope('pestle.add', add(9)), '4b1d0000-0000-4000-8000-000000000000'),
        404,
        'workshop_not_found',
      ],
      [
        'unknown join code',
        () => http(server, 'POST', '/api/join', { joinCode: 'ZZZZZZ', name: 'A', institution: 'B', country: 'C', sector: 'other' }),
        404,
        'join_code_not_found',
      ],
      [
        'unknown template',
        () => http(server, 'POST', '/api/workshops', { templateId: 'nope', title: 'T', language: 'es' }),
        400,
        'unknown_template',
      ],
      [
        'a body over 64 KB',
        () => mutate(participant.participantToken, envelope('pestle.add', add(10, 'x'.repeat(70_000)))),
        413,
        'payload_too_large',
      ],
      ['an unknown route', () => http(server, 'GET', '/api/nothing'), 404, 'not_found'],
    ];
    it.each(cases)('%s', async (_, call, status, code) => {
      const before = await stateOf();
      const res = await call();
      expect(res.status).toBe(status);
      expect((res.body.error as { code: string }).code).toBe(code);
      expect(typeof (res.body.error as { message: string }).message).toBe('string');
      expect(await stateOf()).toEqual(before);
    });

    it('messages follow Accept-Language', async () => {
      const res = await http(server, 'POST', '/api/join', '{', { 'accept-language': 'fr-CA,fr;q=0.9' });
      expect(res.body).toEqual({ error: { code: 'invalid_json', message: 'Le message n’est pas du JSON valide.' } });
    });
  });

  it('only the facilitator mints projector and rapporteur links', async () => {
    const ok = await http<{ link: string; token: string }>(
      server,
      'POST',
      `/api/workshops/${workshop.id}/links`,
      { role: 'projector' },
      bearer(workshop.facilitatorToken),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.link).toContain('/projector#token=');
    const projectorState = await stateOf(ok.body.token);
    expect(projectorState.seq).toBeGreaterThan(0);
    const no = await http(
      server,
      'POST',
      `/api/workshops/${workshop.id}/links`,
      { role: 'projector' },
      bearer(participant.participantToken),
    );
    expect(no.status).toBe(403);
  });

  it('join attempts per IP are limited (429)', async () => {
    let last = 0;
    for (let i = 0; i < 80 && last !== 429; i++) {
      last = (await http(server, 'GET', '/api/join/ABCDEF')).status;
    }
    expect(last).toBe(429);
    const res = await http(server, 'GET', '/api/join/ABCDEF');
    expect((res.body.error as { code: string }).code).toBe('rate_limited');
  });
});
