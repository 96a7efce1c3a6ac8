import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/i18n/errors.js';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.js';
import { buildApp } from '../app.js';
import type { AppContext } from '../commands/context.js';
import { loadConfig } from '../config.js';
import { openContext } from '../context.js';
import { createWorkshop } from '../testing/harness.js';
import { clientAddress, ConnectionCounter, MAX_CONNECTIONS_PER_IP } from './hub.js';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Server {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  wsUrl: string;
  port: number;
}

const servers: Server[] = [];
const sockets: WebSocket[] = [];

async function start(options: { wsConnectionsPerIp?: number; wsLimitLoopback?: boolean }): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-it-'));
  const ctx = openContext({ dataDir, templatesDir: path.join(root, 'templates'), sqliteSynchronous: 'NORMAL' });
  const app = await buildApp({ ctx, version: 'test', publicUrl: null, webDir: null, logLevel: 'silent', ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const server = { app, ctx, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/ws`, port };
  servers.push(server);
  return server;
}

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  for (const server of servers.splice(0)) {
    await server.app.close();
    await server.ctx.store.close();
  }
});

type Attempt = { ws: WebSocket } | { status: number; headers: IncomingHttpHeaders; body: string };

/** Opens a WebSocket from `localAddress` (any 127.x.y.z is this machine); resolves with the socket or the refusal. */
function attempt(url: string, localAddress = '127.0.0.1', headers: Record<string, string> = {}): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { localAddress, headers });
    ws.once('open', () => {
      sockets.push(ws);
      resolve({ ws });
    });
    ws.once('unexpected-response', (request, response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
      });
    });
    ws.once('error', reject);
  });
}

async function open(url: string, localAddress = '127.0.0.1'): Promise<WebSocket> {
  const result = await attempt(url, localAddress);
  if (!('ws' in result)) throw new Error(`refused with ${result.status}: ${result.body}`);
  return result.ws;
}

/** The server frees a slot when the TCP connection closes, a moment after the client sees it close. */
async function openEventually(url: string, localAddress = '127.0.0.1'): Promise<WebSocket> {
  for (let i = 0; ; i++) {
    const result = await attempt(url, localAddress);
    if ('ws' in result) return result.ws;
    if (i >= 100) throw new Error(`still refused: ${result.status} ${result.body}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const closed = (ws: WebSocket) => new Promise((resolve) => (ws.readyState === ws.CLOSED ? resolve(null) : ws.once('close', resolve)));

/** A raw upgrade request that the client resets as soon as it is written. */
function upgradeAndReset(port: number, pathname: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
      setImmediate(() => socket.resetAndDestroy());
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve());
  });
}

/** An upgrade request ws refuses (an unsupported version); resolves with the raw answer. */
function badHandshake(port: number): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n\r\n',
      );
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(answer));
  });
}

describe('WebSocket connections per IP address', () => {
  it('refuses the upgrade past the limit with 429 and a JSON rate_limited, and frees the slot on close', async () => {
    const server = await start({ wsConnectionsPerIp: 3, wsLimitLoopback: true });
    const first = await open(server.wsUrl);
    await open(server.wsUrl);
    await open(server.wsUrl);

    const refused = await attempt(server.wsUrl, '127.0.0.1', { 'accept-language': 'en' });
    expect('status' in refused && refused.status).toBe(429);
    if (!('status' in refused)) return;
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'rate_limited', message: errorMessage('en', 'rate_limited') } });

    // Another address is counted on its own.
    await open(server.wsUrl, '127.0.0.2');

    // Closing one frees its slot.
    first.close();
    await closed(first);
    const again = await openEventually(server.wsUrl);

    // The sockets that got in work normally.
    const pong = new Promise((resolve) => again.once('message', (data) => resolve(JSON.parse(String(data)))));
    again.send(JSON.stringify({ t: 'ping', id: 7 }));
    expect(await pong).toMatchObject({ t: 'pong', id: 7 });
    expect((await attempt(server.wsUrl)) as { status?: number }).toMatchObject({ status: 429 });
  });

  it('counts upgrades arriving together exactly', async () => {
    const server = await start({ wsConnectionsPerIp: 4, wsLimitLoopback: true });
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(server.wsUrl)));
    expect(results.filter((r) => 'ws' in r)).toHaveLength(4);
    expect(results.filter((r) => 'status' in r && r.status === 429)).toHaveLength(8);
  });

  it('authenticated sockets count like any other, and a workshop keeps working at the limit', async () => {
    const server = await start({ wsConnectionsPerIp: 2, wsLimitLoopback: true });
    const workshop = await createWorkshop(server);
    const ws = await open(server.wsUrl);
    const welcome = new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    ws.send(
      JSON.stringify({
        t: 'hello',
        protocol: PROTOCOL_VERSION,
        workshopId: workshop.id,
        token: workshop.facilitatorToken,
        clientId: 'limit-client-1',
        lastSeq: 0,
      }),
    );
    expect(await welcome).toMatchObject({ t: 'welcome', role: 'facilitator' });
    await open(server.wsUrl);
    expect((await attempt(server.wsUrl)) as { status?: number }).toMatchObject({ status: 429 });
    // The HTTP API is not affected by the WebSocket limit.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('failed handshakes, 404s and resets mid-answer free their slots and never crash the server', async () => {
    const server = await start({ wsConnectionsPerIp: 2, wsLimitLoopback: true });
    // Handshakes ws refuses (400) after the slot was taken.
    for (let i = 0; i < 10; i++) expect(await badHandshake(server.port)).toMatch(/^HTTP\/1\.1 400 /);
    // Peers that reset while being answered: before this fix, a reset during the 404 crashed the process (ECONNRESET).
    for (let i = 0; i < 30; i++) {
      await upgradeAndReset(server.port, i % 2 ? '/nope' : '/ws');
    }
    // At the limit, resets during the 429 are survived too.
    const a = await openEventually(server.wsUrl);
    const b = await openEventually(server.wsUrl);
    for (let i = 0; i < 10; i++) await upgradeAndReset(server.port, '/ws');
    expect((await attempt(server.wsUrl)) as { status?: number }).toMatchObject({ status: 429 });
    a.terminate();
    b.terminate();
    await Promise.all([closed(a), closed(b)]);
    await openEventually(server.wsUrl);
    await openEventually(server.wsUrl);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('other paths are still refused with 404 and a JSON not_found', async () => {
    const server = await start({ wsConnectionsPerIp: 1, wsLimitLoopback: true });
    const refused = await attempt(server.wsUrl.replace('/ws', '/nope'), '127.0.0.1', { 'accept-language': 'fr' });
    expect(refused).toMatchObject({ status: 404 });
    if ('body' in refused)
      expect(JSON.parse(refused.body)).toEqual({ error: { code: 'not_found', message: errorMessage('fr', 'not_found') } });
    // … and do not take the address's only slot.
    await open(server.wsUrl);
  });

  it('exempts loopback addresses by default (the fan-out benchmark, a reverse proxy on the same host)', async () => {
    const server = await start({ wsConnectionsPerIp: 2 });
    for (let i = 0; i < 6; i++) await open(server.wsUrl, i % 2 ? '127.0.0.1' : '127.0.0.9');
  });

  it('0 means no limit', async () => {
    const server = await start({ wsConnectionsPerIp: 0, wsLimitLoopback: true });
    for (let i = 0; i < 6; i++) await open(server.wsUrl);
  });
});

describe('who a connection is counted as', () => {
  it('unwraps IPv4-mapped addresses and groups IPv6 by /64', () => {
    expect(clientAddress('203.0.113.7')).toEqual({ key: '203.0.113.7', loopback: false });
    expect(clientAddress('::ffff:203.0.113.7')).toEqual({ key: '203.0.113.7', loopback: false });
    expect(clientAddress('::FFFF:127.0.0.1')).toEqual({ key: '127.0.0.1', loopback: true });
    expect(clientAddress('127.4.5.6').loopback).toBe(true);
    expect(clientAddress('::1')).toEqual({ key: '0:0:0:0::/64', loopback: true });
    expect(clientAddress('0:0:0:0:0:0:0:1').loopback).toBe(true);
    expect(clientAddress('::2').loopback).toBe(false);
    expect(clientAddress('2001:db8:1:2:aaaa::1').key).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee').key).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1').key).toBe('2001:db8:0:0::/64');
    expect(clientAddress('2001:0DB8:0001:0003::1').key).toBe('2001:db8:1:3::/64');
    expect(clientAddress('fe80::1%eth0').key).toBe('fe80:0:0:0::/64');
    expect(clientAddress('64:ff9b::198.51.100.1').key).toBe('64:ff9b:0:0::/64');
  });

  it('counts per key and releases', () => {
    const counter = new ConnectionCounter({ connectionsPerIp: 2, limitLoopback: false });
    expect(counter.counts({ loopback: true })).toBe(false);
    expect(counter.counts({ loopback: false })).toBe(true);
    expect([counter.acquire('a'), counter.acquire('a'), counter.acquire('a'), counter.acquire('b')]).toEqual([true, true, false, true]);
    counter.release('a');
    expect(counter.acquire('a')).toBe(true);
    expect(new ConnectionCounter({ connectionsPerIp: 0, limitLoopback: true }).counts({ loopback: false })).toBe(false);
  });

  it('is configured by WS_CONNECTIONS_PER_IP', () => {
    expect(loadConfig({}).wsConnectionsPerIp).toBe(MAX_CONNECTIONS_PER_IP);
    expect(MAX_CONNECTIONS_PER_IP).toBe(1000);
    expect(loadConfig({ WS_CONNECTIONS_PER_IP: '50' }).wsConnectionsPerIp).toBe(50);
    expect(loadConfig({ WS_CONNECTIONS_PER_IP: '0' }).wsConnectionsPerIp).toBe(0);
    expect(() => loadConfig({ WS_CONNECTIONS_PER_IP: 'many' })).toThrow(/WS_CONNECTIONS_PER_IP/);
  });
});
