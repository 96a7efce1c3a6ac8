import path from 'node:path';
import { MAX_CONNECTIONS_PER_IP } from './realtime/hub.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where the built web app is served from. */
  webDir: string;
  templatesDir: string;
  /** The address printed in links; defaults to http://localhost:PORT. */
  publicUrl: string | null;
  /** Create the demo workshop on an empty store. */
  seedDemo: boolean;
  logLevel: string;
  /** SQLite `synchronous`: FULL makes every acknowledged mutation survive a power cut, NORMAL only a crash. */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Workshop creations and joins allowed per minute per IP address. */
  joinsPerMinute: number;
  /** Open WebSockets allowed per client IP address (0: no limit); loopback addresses are exempt. */
  wsConnectionsPerIp: number;
  /** TRUST_PROXY: "true" or comma-separated proxy addresses; unset = trust none. */
  trustProxy: boolean | string;
}

const root = path.resolve(import.meta.dirname, '..');

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const sync = (env.SQLITE_SYNCHRONOUS ?? 'FULL').toUpperCase();
  if (sync !== 'FULL' && sync !== 'NORMAL') throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${sync}"`);
  return {
    port: int(env.PORT, 8080, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    webDir: path.resolve(env.WEB_DIR || path.join(root, 'web', 'dist')),
    templatesDir: path.resolve(env.TEMPLATES_DIR || path.join(root, 'templates')),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    seedDemo: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL || 'info',
    sqliteSynchronous: sync,
    joinsPerMinute: int(env.JOINS_PER_MINUTE, 120, 'JOINS_PER_MINUTE'),
    wsConnectionsPerIp: int(env.WS_CONNECTIONS_PER_IP, MAX_CONNECTIONS_PER_IP, 'WS_CONNECTIONS_PER_IP'),
    trustProxy: !env.TRUST_PROXY ? false : env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY,
  };
}
