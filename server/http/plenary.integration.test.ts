import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopState } from '../../shared/domain/state.js';
import {
  addGroup,
  createPlenary,
  createWorkshop,
  fetchExport,
  type Group,
  http,
  joinAs,
  mutateHttp,
  startServer,
  type TestServer,
  type Workshop,
} from '../testing/harness.js';

/**
 * A workshop with groups, over HTTP: the plenary facilitator adds groups (each a room on its own
 * guide), participants choose their group with the workshop's code and get a plenary seat too,
 * a group sends its final matrices, and the plenary steps through them, comments and adopts.
 */
let server: TestServer;
let plenary: Workshop;
let group4: Group;
let group1: Group;

const codeOf = (res: { body: unknown }) => (res.body as { error?: { code?: string } }).error?.code;
const memberOf = async (id: string, token: string) =>
  (await http<{ memberId: string }>(server, 'GET', `/api/workshops/${id}/state`, undefined, { authorization: `Bearer ${token}` })).body
    .memberId;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const stateOf = async (id: string, token: string) =>
  (await http<{ state: WorkshopState }>(server, 'GET', `/api/workshops/${id}/state`, undefined, auth(token))).body.state;

beforeAll(async () => {
  server = await startServer({ joinsPerMinute: 1000 });
  plenary = await createPlenary(server, 'Taller regional San José');
  group4 = await addGroup(server, plenary, 'Grupo 4 — Protección', 'crm-group4');
  group1 = await addGroup(server, plenary, 'Grupo 1 — Inteligencia', 'working-group');
});
afterAll(async () => server?.close());

describe('a workshop with groups and a plenary', () => {
  it('lists its groups behind the workshop’s code, each on its own guide', async () => {
    const lookup = await http<{ kind: string; groups: Array<{ id: string; name: string; joinCode: string }> }>(
      server,
      'GET',
      `/api/join/${plenary.joinCode}`,
    );
    expect(lookup.body.kind).toBe('plenary');
    expect(lookup.body.groups.map((g) => [g.id, g.name, g.joinCode])).toEqual([
      [group4.id, 'Grupo 4 — Protección', group4.joinCode],
      [group1.id, 'Grupo 1 — Inteligencia', group1.joinCode],
    ]);
    const g1 = await stateOf(group1.id, group1.facilitatorToken);
    expect([g1.kind, g1.plenaryId, g1.groupName, g1.templateId]).toEqual(['group', plenary.id, 'Grupo 1 — Inteligencia', 'working-group']);
  });

  it('seats a participant who joins a group in the plenary too', async () => {
    const joined = await http<{ workshopId: string; plenary?: { workshopId: string; participantToken: string } }>(
      server,
      'POST',
      '/api/join',
      {
        joinCode: group4.joinCode,
        name: 'Lucía Pérez',
        institution: 'Migración',
        country: 'Panamá',
        sector: 'migration',
      },
    );
    expect(joined.status).toBe(201);
    expect(joined.body.workshopId).toBe(group4.id);
    expect(joined.body.plenary?.workshopId).toBe(plenary.id);
    const seen = await stateOf(plenary.id, joined.body.plenary?.participantToken ?? '');
    expect(Object.values(seen.members).map((m) => m.name)).toContain('Lucía Pérez');
  });

  it('takes a group’s final matrices to the plenary, which presents, comments and adopts', async () => {
    const write = (args: object) =>
      mutateHttp(server, group4.id, group4.rapporteurToken, 'final.setText', { finalId: 'care-prevention', baseRev: 0, ...args });
    expect((await write({ actionId: null, field: 'commitment', text: 'Atención integral' })).status).toBe(200);
    expect((await write({ actionId: 'a1', field: 'text', text: 'Protocolo regional de atención' })).status).toBe(200);

    const participant = await joinAs(server, group4.joinCode, 'Ben');
    const refused = await http(
      server,
      'POST',
      `/api/workshops/${group4.id}/send-to-plenary`,
      undefined,
      auth(participant.participantToken),
    );
    expect(refused.status).toBe(403);
    const sent = await http<{ version: number }>(
      server,
      'POST',
      `/api/workshops/${group4.id}/send-to-plenary`,
      undefined,
      auth(group4.facilitatorToken),
    );
    expect(sent.body).toEqual({ version: 1, plenaryId: plenary.id });
    expect((await stateOf(group4.id, group4.facilitatorToken)).finalSentVersion).toBe(1);

    const fac = plenary.facilitatorToken;
    let s = await stateOf(plenary.id, fac);
    const result = s.plenary.results[group4.id];
    expect(result?.matrices.map((m) => [m.finalId, m.commitment, m.actions.map((a) => a.text)])).toEqual([
      ['care-prevention', 'Atención integral', ['Protocolo regional de atención']],
      ['migration-solutions', '', []],
    ]);
    expect((await mutateHttp(server, plenary.id, fac, 'plenary.present', { groupId: group4.id })).status).toBe(200);
    const target = { groupId: group4.id, finalId: 'care-prevention', actionId: 'a1' };
    const comment = { id: '00000000-0000-4000-8000-000000000001', ...target, text: 'Incluir a la niñez no acompañada' };
    expect((await mutateHttp(server, plenary.id, plenary.rapporteurToken, 'plenary.comment', comment)).status).toBe(200);
    expect((await mutateHttp(server, plenary.id, fac, 'plenary.setAdoption', { ...target, status: 'adopted_with_changes' })).status).toBe(
      200,
    );
    // Group 1 has sent nothing yet: it cannot be presented.
    const early = await mutateHttp(server, plenary.id, fac, 'plenary.present', { groupId: group1.id });
    expect([early.status, codeOf(early)]).toEqual([409, 'target_missing']);
    s = await stateOf(plenary.id, fac);
    expect(s.plenary.presenting).toBe(group4.id);
    expect(s.plenary.adoption[`${group4.id}|care-prevention|a1`]).toBe('adopted_with_changes');
    expect(Object.values(s.plenary.comments).map((c) => c.text)).toEqual(['Incluir a la niñez no acompañada']);
  });

  it('seats a group’s facilitator in the plenary under their name, on request', async () => {
    const named = await mutateHttp(server, group1.id, group1.facilitatorToken, 'member.update', {
      id: await memberOf(group1.id, group1.facilitatorToken),
      name: 'Marie Tremblay',
    });
    expect(named.status).toBe(200);
    const seat = await http<{ workshopId: string; participantToken: string }>(
      server,
      'POST',
      `/api/workshops/${group1.id}/plenary-seat`,
      undefined,
      auth(group1.facilitatorToken),
    );
    expect([seat.status, seat.body.workshopId]).toEqual([201, plenary.id]);
    const s = await stateOf(plenary.id, seat.body.participantToken);
    expect(Object.values(s.members).find((m) => m.name === 'Marie Tremblay')).toMatchObject({
      role: 'participant',
      institution: 'Grupo 1 — Inteligencia',
    });
    const alone = await createWorkshop(server, 'Sola');
    const refused = await http(server, 'POST', `/api/workshops/${alone.id}/plenary-seat`, undefined, auth(alone.facilitatorToken));
    expect(codeOf(refused)).toBe('no_plenary');
  });

  it('gives the leads the final matrices and the Work Plan as Markdown, labels in the language asked', async () => {
    const get = (id: string, file: string, token: string) => fetchExport(server, id, file, token);
    const matrices = await get(group4.id, 'final-matrices.md?lang=en', group4.rapporteurToken);
    expect(matrices.status).toBe(200);
    expect(matrices.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(matrices.headers.get('content-disposition')).toMatch(/attachment; filename=".*-final-matrices-\d{4}-\d{2}-\d{2}\.md"/);
    const text = await matrices.text();
    expect(text).toContain('# Final matrices');
    expect(text).toContain('| Action 1 | Protocolo regional de atención |');
    const plan = await (await get(plenary.id, 'workplan.md', plenary.facilitatorToken)).text();
    expect(plan).toContain('Adoptada con cambios');
    expect(plan).toContain('Incluir a la niñez no acompañada');
    const participant = await joinAs(server, group4.joinCode, 'Carla');
    expect((await get(group4.id, 'final-matrices.md', participant.participantToken)).status).toBe(403);
    const unavailable = await get(group4.id, 'workplan.md', group4.facilitatorToken);
    expect([unavailable.status, ((await unavailable.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'export_unavailable',
    ]);
    expect((await get(group4.id, 'backup.pdf', group4.facilitatorToken)).status).toBe(404);
    expect((await get(plenary.id, 'handouts.pdf', plenary.facilitatorToken)).status).toBe(404);
    const badLang = await get(group4.id, 'final-matrices.md?lang=de', group4.facilitatorToken);
    expect([badLang.status, ((await badLang.json()) as { error: { code: string } }).error.code]).toEqual([400, 'invalid_args']);
    const word = await get(plenary.id, 'workplan.docx?lang=fr', plenary.rapporteurToken);
    expect(word.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // A zip (the .docx container), named for the workshop.
    expect(
      Buffer.from(await word.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(word.headers.get('content-disposition')).toMatch(/filename="taller-regional-san-jose-workplan-.*\.docx"/);
  });

  it('refuses groups outside a plenary, and sending from a room that has none, in the caller’s language', async () => {
    const alone = await createWorkshop(server, 'Sin plenaria');
    const add = await http(
      server,
      'POST',
      `/api/workshops/${alone.id}/groups`,
      { name: 'G', templateId: 'crm-group4' },
      {
        ...auth(alone.facilitatorToken),
        'accept-language': 'en',
      },
    );
    expect([add.status, codeOf(add)]).toEqual([409, 'not_a_plenary']);
    expect((add.body as { error?: { message?: string } }).error?.message).toMatch(/no groups/);
    const send = await http(server, 'POST', `/api/workshops/${alone.id}/send-to-plenary`, undefined, auth(alone.facilitatorToken));
    expect(codeOf(send)).toBe('no_plenary');
    const byRapporteur = await http(
      server,
      'POST',
      `/api/workshops/${plenary.id}/groups`,
      { name: 'G', templateId: 'crm-group4' },
      auth(plenary.rapporteurToken),
    );
    expect(byRapporteur.status).toBe(403);
    const badTemplate = await http(
      server,
      'POST',
      `/api/workshops/${plenary.id}/groups`,
      { name: 'G', templateId: 'nope' },
      auth(plenary.facilitatorToken),
    );
    expect(codeOf(badTemplate)).toBe('unknown_template');
    const blank = await http(
      server,
      'POST',
      `/api/workshops/${plenary.id}/groups`,
      { name: '  ', templateId: 'crm-group4' },
      auth(plenary.facilitatorToken),
    );
    expect([blank.status, codeOf(blank)]).toEqual([400, 'invalid_args']);
  });
});
