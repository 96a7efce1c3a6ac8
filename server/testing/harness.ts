import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.js';
import { buildApp } from '../app.js';
import type { AppContext } from '../commands/context.js';
import { openContext } from '../context.js';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface TestServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/** A real Mesa server on an ephemeral port with its own data folder. */
export async function startServer(
  options: { dataDir?: string; joinsPerMinute?: number; webDir?: string; port?: number; wsMaxBufferedBytes?: number } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-it-'));
  const ctx = openContext({ dataDir, templatesDir: path.join(root, 'templates'), sqliteSynchronous: 'NORMAL' });
  const app = await buildApp({
    ctx,
    version: 'test',
    publicUrl: null,
    webDir: options.webDir ?? null,
    logLevel: process.env.MESA_TEST_LOG ?? 'silent',
    joinsPerMinute: options.joinsPerMinute ?? 30,
    ...(options.wsMaxBufferedBytes ? { wsMaxBufferedBytes: options.wsMaxBufferedBytes } : {}),
  });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    ctx,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    dataDir,
    async close() {
      await app.close();
      await ctx.store.close();
    },
  };
}

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export async function http<T = Record<string, unknown>>(
  server: { url: string },
  method: string,
  pathname: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<T>> {
  const response = await fetch(server.url + pathname, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** A document of a workshop as the export route serves it (`file`: "report.pdf?lang=en"); the raw response, for binary bodies. */
export function fetchExport(server: { url: string }, workshopId: string, file: string, token: string): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshopId}/exports/${file}`, { headers: { authorization: `Bearer ${token}` } });
}

export interface Workshop {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  rapporteurToken: string;
  projectorToken: string;
}

export async function createWorkshop(server: { url: string }, title = 'Taller de prueba'): Promise<Workshop> {
  const res = await http<Workshop>(server, 'POST', '/api/workshops', { templateId: 'crm-group4', title, language: 'es' });
  if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A workshop with a plenary, to which groups are then added. */
export async function createPlenary(server: { url: string }, title = 'Taller regional'): Promise<Workshop> {
  const res = await http<Workshop>(server, 'POST', '/api/workshops', {
    templateId: 'working-group',
    title,
    language: 'es',
    kind: 'plenary',
  });
  if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface Group {
  id: string;
  joinCode: string;
  links: Record<'facilitator' | 'rapporteur' | 'projector' | 'participant', string>;
  facilitatorToken: string;
  rapporteurToken: string;
}

/** Adds a group to a plenary as its facilitator; the tokens are read from the returned links. */
export async function addGroup(server: { url: string }, plenary: Workshop, name: string, templateId = 'crm-group4'): Promise<Group> {
  const res = await http<Omit<Group, 'facilitatorToken' | 'rapporteurToken'>>(
    server,
    'POST',
    `/api/workshops/${plenary.id}/groups`,
    { name, templateId },
    { authorization: `Bearer ${plenary.facilitatorToken}` },
  );
  if (res.status !== 201) throw new Error(`add group failed: ${JSON.stringify(res.body)}`);
  const token = (link: string) => link.split('#token=')[1] ?? '';
  return { ...res.body, facilitatorToken: token(res.body.links.facilitator), rapporteurToken: token(res.body.links.rapporteur) };
}

let httpMutationId = 0;
/** Sends one mutation over HTTP with a token; the reply's status and body. */
export function mutateHttp(server: { url: string }, workshopId: string, token: string, name: string, args: unknown) {
  httpMutationId += 1;
  return http(
    server,
    'POST',
    `/api/workshops/${workshopId}/mutations`,
    { clientId: 'harness-http', mutationId: httpMutationId, name, args },
    {
      authorization: `Bearer ${token}`,
    },
  );
}

interface Seat {
  workshopId: string;
  memberId: string;
  participantToken: string;
}

export async function joinAs(server: { url: string }, joinCode: string, name: string): Promise<Seat & { plenary?: Seat }> {
  const res = await http<Seat & { plenary?: Seat }>(server, 'POST', '/api/join', {
    joinCode,
    name,
    institution: 'Dirección General de Migración',
    country: 'Costa Rica',
    sector: 'migration',
  });
  if (res.status !== 201) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

type Message = Record<string, unknown> & { t: string };

/** A raw protocol client that records every server message, for precise assertions. */
export class RawClient {
  readonly messages: Message[] = [];
  private waiters: Array<{ match: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  closed: { code: number } | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      this.messages.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(message)) return true;
        w.resolve(message);
        return false;
      });
    });
    socket.on('close', (code) => {
      this.closed = { code };
    });
  }

  static async connect(wsUrl: string): Promise<RawClient> {
    const socket = new WebSocket(wsUrl);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new RawClient(socket);
  }

  /** Connects and says hello; resolves with the welcome. */
  static async join(
    wsUrl: string,
    workshopId: string,
    token: string,
    clientId: string,
    lastSeq = 0,
  ): Promise<{ client: RawClient; welcome: Message }> {
    const client = await RawClient.connect(wsUrl);
    client.send({ t: 'hello', protocol: PROTOCOL_VERSION, workshopId, token, clientId, lastSeq });
    const welcome = await client.next((m) => m.t === 'welcome' || m.t === 'error');
    return { client, welcome };
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message (already received or coming) that matches. */
  next(match: (m: Message) => boolean, timeoutMs = 5000): Promise<Message> {
    const seen = this.messages.find(match);
    if (seen) {
      this.messages.splice(this.messages.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages).slice(0, 500)}`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          this.messages.splice(this.messages.indexOf(m), 1);
          resolve(m);
        },
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
