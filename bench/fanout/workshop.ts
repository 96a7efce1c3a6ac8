// The workshop the clients join: created on Mesa through its HTTP API (the floor needs none).
import { HOST } from './constants.js';

export interface Workshop {
  id: string;
  writerToken: string;
  observerToken: string;
  /** The seq a client that is up to date has (lastSeq in its hello). */
  head: number;
}

export async function createWorkshop(port: number): Promise<Workshop> {
  const res = await fetch(`http://${HOST}:${port}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ templateId: 'crm-group4', title: 'bench', language: 'es' }),
  });
  if (res.status !== 201) throw new Error(`POST /api/workshops: ${res.status} ${await res.text()}`);
  const w = (await res.json()) as { id: string; facilitatorToken: string; projectorToken: string };
  const state = await fetch(`http://${HOST}:${port}/api/workshops/${w.id}/state`, {
    headers: { authorization: `Bearer ${w.facilitatorToken}` },
  });
  if (!state.ok) throw new Error(`GET state: ${state.status}`);
  const { seq } = (await state.json()) as { seq: number };
  return { id: w.id, writerToken: w.facilitatorToken, observerToken: w.projectorToken, head: seq };
}
