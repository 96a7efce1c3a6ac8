import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '../testing/harness.js';

describe('shutdown', () => {
  it('cuts connections a browser opened ahead of need instead of waiting for them', async () => {
    const server = await startServer();
    const port = Number(new URL(server.url).port);
    // A preconnected socket that never sends a request: Node would wait for it until its
    // headers timeout (60 s) unless the app cuts it.
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await server.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
