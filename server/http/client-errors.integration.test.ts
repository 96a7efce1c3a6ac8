import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/i18n/errors.js';
import { http, startServer, type TestServer } from '../testing/harness.js';

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (server/http/errors.ts,
 * answerClientError): sent over raw TCP, they must get Mesa's coded JSON error, close the
 * connection, and leave the server serving everyone else.
 */

let server: TestServer;
let port: number;

beforeAll(async () => {
  server = await startServer();
  port = Number(new URL(server.url).port);
});
afterAll(async () => server.close());

interface RawReply {
  statusLine: string;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection (within the time allowed). */
  closed: boolean;
}

/** Writes `request` on a new connection and reads until the server closes it (or 5 s pass). */
function rawRequest(request: string | Buffer): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let closed = false;
    const timer = setTimeout(() => socket.destroy(), 5000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      closed = true;
    });
    // A reset after the reply (the server closed with unread bytes) still leaves the reply read.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ statusLine, headers, body: rest.join('\r\n\r\n'), closed: closed || chunks.length > 0 });
    });
  });
}

async function expectServing(): Promise<void> {
  await expect(http(server, 'GET', '/api/health')).resolves.toMatchObject({ status: 200, body: { status: 'ok' } });
}

describe('malformed HTTP gets Mesa’s coded error', () => {
  it('a malformed header line: 400 invalid_message, JSON, Connection: close', async () => {
    const reply = await rawRequest('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nThis is not a header\r\n\r\n');
    expect(reply.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers.connection).toBe('close');
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(reply.body));
    expect(JSON.parse(reply.body)).toEqual({
      error: {
        code: 'invalid_message',
        message: errorMessage('es', 'invalid_message', { field: 'request' }),
        params: { field: 'request' },
      },
    });
    expect(reply.closed).toBe(true);
    await expectServing();
  });

  it('a malformed request line: 400 invalid_message', async () => {
    const reply = await rawRequest('GET /api/health HTTP/9 nonsense\r\n\r\n');
    expect(reply.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(reply.body).error.code).toBe('invalid_message');
    await expectServing();
  });

  it('headers over 16 KiB: 431 headers_too_large, in the language the request asked for', async () => {
    const request = `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`;
    const reply = await rawRequest(request);
    expect(reply.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(reply.headers.connection).toBe('close');
    expect(JSON.parse(reply.body)).toEqual({
      error: { code: 'headers_too_large', message: errorMessage('en', 'headers_too_large', { max: 16_384 }), params: { max: 16_384 } },
    });
    await expectServing();
  });

  it('a chunk extension over Node’s limit: 413 payload_too_large', async () => {
    const request =
      'POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n' +
      `1;ext=${'x'.repeat(20_000)}\r\n{\r\n0\r\n\r\n`;
    const reply = await rawRequest(request);
    expect(reply.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(JSON.parse(reply.body).error.code).toBe('payload_too_large');
    await expectServing();
  });

  it('many bad requests at once leave the server serving', async () => {
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rawRequest(i % 2 ? `GET / HTTP/1.1\r\nX: ${'b'.repeat(17_000)}\r\n\r\n` : 'GET / HTTP/1.1\r\nBroken\r\n\r\n'),
      ),
    );
    expect(replies.map((r) => `${r.statusLine.split(' ')[1]} ${JSON.parse(r.body).error?.code}`)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? '431 headers_too_large' : '400 invalid_message')),
    );
    await expectServing();
  });
});
