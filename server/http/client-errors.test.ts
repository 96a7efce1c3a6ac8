import { describe, expect, it } from 'vitest';
import { answerClientError, type ClientError } from './errors.js';

/** A socket that records what the handler does to it. */
function fakeSocket(state: { writable?: boolean; destroyed?: boolean; headersSent?: boolean } = {}) {
  const calls: string[] = [];
  let written = '';
  const socket = {
    writable: state.writable ?? true,
    writableEnded: false,
    destroyed: state.destroyed ?? false,
    _httpMessage: state.headersSent === undefined ? null : { headersSent: state.headersSent },
    end(data?: unknown) {
      calls.push('end');
      if (typeof data === 'string') written += data;
      socket.writableEnded = true;
      socket.writable = false;
      return socket;
    },
    destroy() {
      calls.push('destroy');
      socket.destroyed = true;
      return socket;
    },
    destroySoon() {
      calls.push('destroySoon');
    },
  };
  return { socket, calls, written: () => written };
}

const error = (code: string, rawPacket?: Buffer): ClientError =>
  Object.assign(new Error(code), { code, ...(rawPacket ? { rawPacket } : {}) });

describe('answerClientError', () => {
  it('answers a parse error with the coded JSON reply, then closes once it is flushed', () => {
    const { socket, calls, written } = fakeSocket();
    answerClientError(error('HPE_INVALID_HEADER_TOKEN'), socket as never);
    expect(calls).toEqual(['end', 'destroySoon']);
    expect(written()).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(written()).toContain('\r\nConnection: close\r\n');
    expect(JSON.parse(written().split('\r\n\r\n')[1]!).error.code).toBe('invalid_message');
  });

  it('a request that never arrived in full gets 408 request_timeout', () => {
    const { socket, written } = fakeSocket();
    answerClientError(error('ERR_HTTP_REQUEST_TIMEOUT'), socket as never);
    expect(written()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(JSON.parse(written().split('\r\n\r\n')[1]!).error.code).toBe('request_timeout');
  });

  it('words the message after the Accept-Language Node had read, with a correct byte length', () => {
    const { socket, written } = fakeSocket();
    const raw = Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: fr-CA,fr;q=0.9\r\nBad line\r\n');
    answerClientError(error('HPE_INVALID_HEADER_TOKEN', raw), socket as never);
    const [head, body = ''] = written().split('\r\n\r\n');
    expect(JSON.parse(body).error.message).toMatch(/n’a pas la forme attendue/);
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
  });

  it('writes nothing to a socket that is not writable, or was reset, and destroys it', () => {
    for (const [state, code] of [
      [{ writable: false }, 'HPE_INVALID_METHOD'],
      [{ destroyed: true }, 'HPE_INVALID_METHOD'],
      [{}, 'ECONNRESET'],
    ] as const) {
      const { socket, calls, written } = fakeSocket(state);
      answerClientError(error(code), socket as never);
      expect(written()).toBe('');
      expect(calls).toEqual(['destroy']);
    }
  });

  it('never writes into a reply already under way on the connection', () => {
    const { socket, calls, written } = fakeSocket({ headersSent: true });
    answerClientError(error('HPE_INVALID_METHOD'), socket as never);
    expect(written()).toBe('');
    expect(calls).toEqual(['destroy']);
  });

  it('leaves a connection that is already closing alone: one answer at most', () => {
    const { socket, calls } = fakeSocket();
    answerClientError(error('HPE_HEADER_OVERFLOW'), socket as never);
    answerClientError(error('HPE_HEADER_OVERFLOW'), socket as never);
    expect(calls).toEqual(['end', 'destroySoon']);
  });
});
