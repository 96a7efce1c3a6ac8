import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../exports/pdf-text.test-util.js';
import {
  addGroup,
  createPlenary,
  fetchExport,
  type Group,
  joinAs,
  mutateHttp,
  startServer,
  type TestServer,
  type Workshop,
} from '../testing/harness.js';

/**
 * Every document over HTTP, the way the facilitator's download menu asks for it: each kind in
 * each format from the room that makes it, with the file a reader expects, and a contribution
 * made anonymously still anonymous in the document.
 */
let server: TestServer;
let plenary: Workshop;
let group: Group;

const get = (id: string, file: string, token: string) => fetchExport(server, id, file, token);

/** The first bytes each format starts with: a zip for Office files, the PDF header, Markdown's title. */
const MAGIC: Record<string, string> = { docx: 'PK', xlsx: 'PK', pdf: '%PDF-', md: '# ' };

beforeAll(async () => {
  server = await startServer({ joinsPerMinute: 1000 });
  plenary = await createPlenary(server, 'Taller regional San José');
  group = await addGroup(server, plenary, 'Grupo 4 — Protección', 'crm-group4');
  const ana = await joinAs(server, group.joinCode, 'Ana Quesada');
  const mutate = (token: string, name: string, args: unknown) => mutateHttp(server, group.id, token, name, args);
  await mutate(group.facilitatorToken, 'phase.set', { phaseId: 'pestle' });
  await mutate(group.facilitatorToken, 'phase.setAttribution', { phaseId: 'pestle', mode: 'anonymous' });
  const added = await mutate(ana.participantToken, 'pestle.add', {
    id: '00000000-0000-4000-8000-000000000001',
    category: 'social',
    kind: 'challenge',
    text: 'Xenofobia en comunidades de tránsito',
  });
  expect(added.status).toBe(200);
});
afterAll(async () => server?.close());

describe('documents over HTTP', () => {
  it.each([
    ['group', 'report'],
    ['group', 'final-matrices'],
    ['group', 'handouts'],
    ['plenary', 'workplan'],
  ] as const)('a %s gives its %s in every format', async (room, kind) => {
    const [id, token] = room === 'group' ? [group.id, group.rapporteurToken] : [plenary.id, plenary.facilitatorToken];
    for (const format of ['docx', 'pdf', 'xlsx', 'md']) {
      const res = await get(id, `${kind}.${format}?lang=en`, token);
      expect(res.status, `${kind}.${format}`).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`filename=".*-${kind}-\\d{4}-\\d{2}-\\d{2}\\.${format}"`));
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.subarray(0, MAGIC[format]?.length).toString('latin1')).toBe(MAGIC[format]);
    }
  });

  it('report an anonymous PESTLE item without its author, and the PDF reads back in the language asked', async () => {
    const res = await get(group.id, 'report.md', group.facilitatorToken);
    // Each group's file has a name of its own: the workshop's, then the group's.
    expect(res.headers.get('content-disposition')).toMatch(/filename="taller-regional-san-jose-grupo-4-proteccion-report-[\d-]+\.md"/);
    const md = await res.text();
    const row = md.split('\n').find((line) => line.includes('Xenofobia en comunidades de tránsito'));
    expect(row).toBeDefined();
    expect(row).not.toContain('Ana');
    expect(row).toContain('anónimo');
    const pdf = Buffer.from(await (await get(group.id, 'report.pdf?lang=fr', group.facilitatorToken)).arrayBuffer());
    const text = (await readPdf(pdf))
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Xenofobia en comunidades de tránsito');
    expect(text).toContain('Taller regional San José');
  });

  it('refuses documents to a participant, and a document the room does not make', async () => {
    const carla = await joinAs(server, group.joinCode, 'Carla');
    expect((await get(group.id, 'report.pdf', carla.participantToken)).status).toBe(403);
    const res = await get(plenary.id, 'report.pdf', plenary.facilitatorToken);
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([404, 'export_unavailable']);
  });
});
