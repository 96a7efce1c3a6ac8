import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/constants.js';
import { type By, ROLE_TABLE, rowPlan } from '../../shared/domain/role-table.test-util.js';
import { createWorkshop, http, joinAs, startServer, type TestServer } from '../testing/harness.js';

/**
 * The whole authorisation table of docs/api.md, over HTTP against a real server with real
 * tokens: every mutation × role × phase lock. Each row gets a fresh workshop so rows
 * cannot influence each other.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ joinsPerMinute: 10_000 });
});
afterAll(async () => server.close());

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

async function setup() {
  const w = await createWorkshop(server);
  const ana = await joinAs(server, w.joinCode, 'Ana');
  const ben = await joinAs(server, w.joinCode, 'Ben');
  const tokens: Record<Role, string> = {
    facilitator: w.facilitatorToken,
    rapporteur: w.rapporteurToken,
    participant: ana.participantToken,
    observer: w.projectorToken,
  };
  let mutationId = 0;
  const send = (token: string, name: string, args: unknown) =>
    http(
      server,
      'POST',
      `/api/workshops/${w.id}/mutations`,
      { clientId: 'roles-client', mutationId: ++mutationId, name, args },
      { authorization: `Bearer ${token}` },
    );
  // Each seat's member id, as the server tells the holder of its token.
  const memberOf = async (token: string) =>
    (await http(server, 'GET', `/api/workshops/${w.id}/state`, undefined, { authorization: `Bearer ${token}` })).body.memberId as
      | string
      | null;
  return { w, tokens, benToken: ben.participantToken, benId: ben.memberId, send, memberOf };
}

describe('role table over HTTP', () => {
  it.each(ROLE_TABLE)('%s by %s, %s → %s', async (label, role, lock, expected) => {
    const { w, tokens, benToken, benId, send, memberOf } = await setup();
    const plan = rowPlan(label, lock, { item: newId(), fresh: newId(), self: await memberOf(tokens[role]), other: benId });
    const tokenOf: Record<By, string> = { facilitator: w.facilitatorToken, self: tokens[role], other: benToken };
    for (const step of plan.steps) expect((await send(tokenOf[step.by], step.name, step.args)).status).toBe(200);
    const res = await send(tokens[role], plan.mutation.name, plan.mutation.args);
    if (expected === true) {
      expect(res.status).toBe(200);
      expect(typeof res.body.seq).toBe('number');
    } else {
      expect(res.status).toBe(403);
      expect((res.body.error as { code: string }).code).toBe(expected);
    }
  });
});
