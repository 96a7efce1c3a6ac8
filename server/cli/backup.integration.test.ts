import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../shared/domain/state-hash.js';
import type { BackupFile } from '../exports/backup-format.js';
import { readPdf } from '../exports/pdf-text.test-util.js';
import {
  addGroup,
  createPlenary,
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
 * The full backup and its restore, through the HTTP export and the `npx mesa` command line: a
 * workshop with a plenary and two groups goes into one file and comes back in another Mesa with
 * the same states (hashes) and working links; damaged, foreign or already-present backups
 * change nothing.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
let server: TestServer;
let plenary: Workshop;
let group: Group;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-backup-'));
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** `npx mesa …` as a person runs it, against `dataDir`; never throws, answers code and output. */
async function mesa(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin', 'mesa.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  server = await startServer({ joinsPerMinute: 1000 });
  plenary = await createPlenary(server, 'Taller regional — copia de seguridad');
  group = await addGroup(server, plenary, 'Grupo 4');
  await addGroup(server, plenary, 'Grupo 1', 'working-group');
  const ana = await joinAs(server, group.joinCode, 'Ana Pérez');
  await mutateHttp(server, group.id, ana.participantToken, 'matrix.set', {
    matrixId: 'wm-4-1',
    field: 'commitment',
    text: 'Atención ñ «integral»',
  });
  await mutateHttp(server, group.id, group.rapporteurToken, 'final.setText', {
    finalId: 'care-prevention',
    actionId: 'a1',
    field: 'text',
    text: 'Protocolo regional',
    baseRev: 0,
  });
  await http(server, 'POST', `/api/workshops/${group.id}/send-to-plenary`, undefined, auth(group.facilitatorToken));
}, 60_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('full backup and restore', () => {
  it('is downloaded by those who lead the workshop, with its groups, and refused to others', async () => {
    const res = await fetchExport(server, plenary.id, 'backup.json', plenary.facilitatorToken);
    expect(res.status).toBe(200);
    expect(((await res.json()) as BackupFile).workshops.map((w) => w.id)).toEqual([plenary.id, group.id, expect.any(String)]);
    const participant = await joinAs(server, plenary.joinCode, 'Observadora');
    expect((await fetchExport(server, plenary.id, 'backup.json', participant.participantToken)).status).toBe(403);
    const unknown = await fetchExport(server, plenary.id, 'nothing.txt', plenary.facilitatorToken);
    expect(unknown.status).toBe(404);
  });

  it('comes back in another Mesa with the same states and working links', { timeout: 60_000 }, async () => {
    const file = path.join(tmp, 'backup.json');
    const exported = await mesa(server.dataDir, 'export', plenary.id, '--kind', 'backup', '--format', 'json', '--out', file);
    expect(exported.out).toMatch(/backup\.json, \d+ bytes/);
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as BackupFile).workshops).toHaveLength(3);
    const elsewhere = path.join(tmp, 'elsewhere');
    const restored = await mesa(elsewhere, 'restore', file);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain(`restored ${group.id}`);

    const other = await startServer({ dataDir: elsewhere });
    try {
      for (const id of [plenary.id, group.id]) {
        const original = (await server.ctx.rooms.get(id))?.state;
        const rebuilt = (await other.ctx.rooms.get(id))?.state;
        expect(rebuilt && stateHash(rebuilt)).toBe(original && stateHash(original));
      }
      // The group's facilitator link still opens the group, with everything in it.
      const state = await http<{ state: { finals: Record<string, unknown>; plenaryId: string } }>(
        other,
        'GET',
        `/api/workshops/${group.id}/state`,
        undefined,
        auth(group.facilitatorToken),
      );
      expect(state.status).toBe(200);
      expect(state.body.state.plenaryId).toBe(plenary.id);
    } finally {
      await other.close();
    }

    // Restoring the same file again changes nothing, and says why.
    const again = await mesa(elsewhere, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already holds workshop/);
  });

  it('refuses a damaged, foreign or unreadable file and changes nothing', { timeout: 60_000 }, async () => {
    const file = path.join(tmp, 'good.json');
    await mesa(server.dataDir, 'export', group.id, '--kind', 'backup', '--format', 'json', '--out', file);
    const backup = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupFile;
    const tampered = structuredClone(backup);
    const event = tampered.workshops[0]?.events.find((e) => e.type === 'final.textSet') as { data: { text: string } };
    event.data.text = 'Otro texto';
    const cases: Array<[string, string]> = [
      ['tampered.json', JSON.stringify(tampered)],
      ['foreign.json', JSON.stringify({ hello: 'world' })],
      ['truncated.json', JSON.stringify(backup).slice(0, 500)],
      ['newer.json', JSON.stringify({ ...backup, eventVersion: 999 })],
    ];
    const target = path.join(tmp, 'untouched');
    for (const [name, text] of cases) {
      fs.writeFileSync(path.join(tmp, name), text);
      const res = await mesa(target, 'restore', path.join(tmp, name));
      expect(res.code, name).toBe(1);
      expect(res.out, name).toMatch(/not a Mesa backup that can be restored .*Nothing was changed/);
    }
    const check = await startServer({ dataDir: target });
    try {
      expect(await check.ctx.store.listWorkshops()).toEqual([]);
    } finally {
      await check.close();
    }
  });

  it('writes a group’s session report as PDF, labels in the language asked', { timeout: 60_000 }, async () => {
    const file = path.join(tmp, 'report.pdf');
    const exported = await mesa(server.dataDir, 'export', group.id, '--kind', 'report', '--format', 'pdf', '--lang', 'en', '--out', file);
    expect(exported.code, exported.out).toBe(0);
    const text = (await readPdf(fs.readFileSync(file))).map((p) => p.text).join(' ');
    expect(text).toContain('Group session report');
    const wrongRoom = await mesa(server.dataDir, 'export', plenary.id, '--kind', 'report', '--format', 'pdf', '--out', file);
    expect(wrongRoom.code).toBe(1);
  });

  it('explains itself', async () => {
    const help = await mesa(tmp, '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('npx mesa restore <file>');
    expect(help.out).toMatch(/handouts\s+docx, pdf, xlsx, md/);
    const wrong = await mesa(tmp, 'export', plenary.id);
    expect(wrong.code).toBe(2);
  });
});
