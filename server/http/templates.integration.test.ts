import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, http, joinAs, startServer, type TestServer, type Workshop } from '../testing/harness.js';

let server: TestServer;
let workshop: Workshop;
beforeAll(async () => {
  server = await startServer({ joinsPerMinute: 1000 });
  workshop = await createWorkshop(server);
});
afterAll(async () => server.close());

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('templates as files', () => {
  it('exports the workshop guide as a new template that imports, lists and starts a workshop', async () => {
    const exported = await http(server, 'GET', `/api/workshops/${workshop.id}/template`, undefined, auth(workshop.facilitatorToken));
    expect(exported.status).toBe(200);
    const template = exported.body as { id: string; phases: unknown[]; title: { es: string } };
    expect(template.id).toMatch(/^crm-group4-w[0-9a-f]{8}$/);
    expect(template.phases.length).toBe(8);

    const imported = await http(server, 'POST', '/api/templates', template);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ id: template.id, title: template.title });
    const listed = (await http(server, 'GET', '/api/templates')).body as unknown as Array<{ id: string }>;
    expect(listed.map((t) => t.id)).toContain(template.id);
    const created = await http(server, 'POST', '/api/workshops', {
      templateId: template.id,
      title: 'Desde la plantilla importada',
      language: 'es',
    });
    expect(created.status).toBe(201);
    // Kept in the data folder: a restarted server still has it.
    expect(fs.existsSync(path.join(server.dataDir, 'templates', `${template.id}.json`))).toBe(true);
  });

  it('lets only the facilitator and the rapporteur export', async () => {
    const ana = await joinAs(server, workshop.joinCode, 'Ana');
    for (const token of [ana.participantToken, workshop.projectorToken]) {
      const res = await http(server, 'GET', `/api/workshops/${workshop.id}/template`, undefined, auth(token));
      expect(res.status).toBe(403);
    }
    expect((await http(server, 'GET', `/api/workshops/${workshop.id}/template`, undefined, auth(workshop.rapporteurToken))).status).toBe(
      200,
    );
    expect((await http(server, 'GET', `/api/workshops/${workshop.id}/template`)).status).toBe(401);
  });

  it('refuses a broken template naming each problem by its field path, and a built-in id', async () => {
    const good = (await http(server, 'GET', `/api/workshops/${workshop.id}/template`, undefined, auth(workshop.facilitatorToken)))
      .body as Record<string, unknown>;
    const broken = { ...good, id: 'roto', phases: [{ id: 'x', kind: 'nope', title: { es: 'X' } }] };
    const res = await http(server, 'POST', '/api/templates', broken, { 'accept-language': 'es' });
    expect(res.status).toBe(400);
    const error = res.body.error as { code: string; message: string; params: { errors: string; count: number } };
    expect(error.code).toBe('invalid_template');
    expect(error.params.errors).toContain('phases.0.kind');
    expect(error.params.errors).toContain('phases.0.title.en');
    expect(error.message).toContain('phases.0.kind');
    const builtIn = await http(server, 'POST', '/api/templates', { ...good, id: 'crm-group4' });
    expect(builtIn.status).toBe(409);
    expect((builtIn.body.error as { code: string }).code).toBe('template_exists');
    const listed = (await http(server, 'GET', '/api/templates')).body as unknown as Array<{ id: string }>;
    expect(listed.map((t) => t.id)).not.toContain('roto');
    const huge = await http(server, 'POST', '/api/templates', {
      ...good,
      id: 'enorme',
      description: { es: 'x'.repeat(1_100_000), en: 'x' },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ code: 'payload_too_large', params: { max: 1024 * 1024 } });
  });
});
