import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/constants.js';
import { actionSpec, type By, ROLE_TABLE, rowPlan } from '../../shared/domain/role-table.test-util.js';
import { addGroup, createPlenary, createWorkshop, http, joinAs, mutateHttp, startServer, type TestServer } from '../testing/harness.js';

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

/**
 * A fresh room for one row, with Ana (the row's participant) and Ben seated. A plenary row gets a
 * plenary that received a group's final matrices (action a1 of care-prevention), and the
 * plenary seats Ana and Ben got by joining that group.
 */
async function setup(room: 'group' | 'plenary') {
  const plenary = room === 'plenary' ? await createPlenary(server) : null;
  const group = plenary ? await addGroup(server, plenary, 'Grupo 4') : null;
  const w = plenary ?? (await createWorkshop(server));
  const seatOf = async (name: string) => {
    const joined = await joinAs(server, group?.joinCode ?? w.joinCode, name);
    return joined.plenary ?? joined;
  };
  const ana = await seatOf('Ana');
  const ben = await seatOf('Ben');
  if (group) {
    const write = { finalId: 'care-prevention', actionId: 'a1', field: 'text', text: 'Protocolo', baseRev: 0 };
    expect((await mutateHttp(server, group.id, group.rapporteurToken, 'final.setText', write)).status).toBe(200);
    const sent = await http(server, 'POST', `/api/workshops/${group.id}/send-to-plenary`, undefined, {
      authorization: `Bearer ${group.facilitatorToken}`,
    });
    expect(sent.status).toBe(200);
  }
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
  return { w, tokens, benToken: ben.participantToken, benId: ben.memberId, groupId: group?.id ?? '', send, memberOf };
}

describe('role table over HTTP', () => {
  it.each(ROLE_TABLE)('%s by %s, %s → %s', async (label, role, lock, expected) => {
    const { w, tokens, benToken, benId, groupId, send, memberOf } = await setup(actionSpec(label).room ?? 'group');
    const plan = rowPlan(label, lock, { item: newId(), fresh: newId(), self: await memberOf(tokens[role]), other: benId, group: groupId });
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
