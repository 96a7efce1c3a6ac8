import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { http, joinAs, RawClient, uuid } from './testing/harness.js';
import { killAll, startServerProcess, stopProcess } from './testing/server-process.js';

const children = new Set<ChildProcess>();
// A failing assertion must not leave a server running.
afterEach(() => killAll(children));
const startProcess = (dataDir: string) => startServerProcess(dataDir, children);
const stop = stopProcess;

describe('a server process stopped and started again on the same data folder', () => {
  it('keeps the workshop, its members, tokens and items, and prints the same demo links', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-restart-'));
    const first = await startProcess(dataDir);
    const links = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-secrets.json'), 'utf8')) as {
      id: string;
      joinCode: string;
      facilitatorToken: string;
    };
    expect(first.output()).toContain('demo workshop created');
    expect(first.output()).toContain(`${first.url}/w/${links.id}#token=${links.facilitatorToken}`);
    const facilitatorToken = links.facilitatorToken;
    const ana = await joinAs({ url: first.url }, links.joinCode, 'Ana');
    const { client } = await RawClient.join(`${first.url.replace('http', 'ws')}/ws`, links.id, ana.participantToken, 'restart-client-1');
    client.send({
      t: 'mutate',
      mutationId: 1,
      name: 'pestle.add',
      args: { id: uuid(1), category: 'technological', kind: 'opportunity', text: 'Registro biométrico' },
    });
    const ack = await client.next((m) => m.t === 'ack');
    client.close();
    // SIGKILL: no graceful shutdown; an acknowledged mutation must already be durable.
    await stop(first.child, 'SIGKILL');

    const second = await startProcess(dataDir);
    try {
      expect(second.output()).toContain('demo workshop');
      expect(second.output()).not.toContain('demo workshop created');
      expect(second.output()).toContain(`${second.url}/w/${links.id}#token=${facilitatorToken}`);
      const state = await http<{
        seq: number;
        state: { pestle: { items: Record<string, { text: string }> }; members: Record<string, { name: string }> };
      }>({ url: second.url }, 'GET', `/api/workshops/${links.id}/state`, undefined, { authorization: `Bearer ${facilitatorToken}` });
      expect(state.status).toBe(200);
      expect(state.body.seq).toBe(ack.seq);
      expect(state.body.state.pestle.items[uuid(1)]?.text).toBe('Registro biométrico');
      expect(state.body.state.members[ana.memberId]?.name).toBe('Ana');
      // The participant's token still works, and the same mutation is recognised as a repeat.
      const again = await http(
        { url: second.url },
        'POST',
        `/api/workshops/${links.id}/mutations`,
        {
          clientId: 'restart-client-1',
          mutationId: 1,
          name: 'pestle.add',
          args: { id: uuid(1), category: 'technological', kind: 'opportunity', text: 'Registro biométrico' },
        },
        { authorization: `Bearer ${ana.participantToken}` },
      );
      expect(again.body).toEqual({ seq: ack.seq, duplicate: true });
    } finally {
      await stop(second.child, 'SIGTERM');
    }
  }, 60_000);
});
