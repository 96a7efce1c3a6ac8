import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openContext } from './context.js';
import { ensureDemoWorkshop } from './demo.js';
import { warmUpDocuments } from './exports/render-worker.js';
import { lanIPv4Addresses } from './http/join-base.js';

const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string })
  .version;

/** Other devices cannot use "localhost": list the addresses they can, unless PUBLIC_URL is set. */
function lanAddresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  const addresses = lanIPv4Addresses().map((a) => `http://${a}:${port}`);
  return addresses.length ? [`  On the local network, use ${addresses.join(' or ')} instead of localhost (or set PUBLIC_URL).`] : [];
}

async function main() {
  const config = loadConfig();
  const ctx = openContext(config);
  const app = await buildApp({
    ctx,
    version,
    publicUrl: config.publicUrl,
    joinsPerMinute: config.joinsPerMinute,
    webDir: config.webDir,
    logLevel: config.logLevel,
    listenHost: config.host,
    wsConnectionsPerIp: config.wsConnectionsPerIp,
    trustProxy: config.trustProxy,
  });
  if (!fs.existsSync(path.join(config.webDir, 'index.html'))) {
    app.log.warn(`no web app in ${config.webDir}: run "npm run build:web" (npm start does it)`);
  }
  await app.listen({ port: config.port, host: config.host });
  warmUpDocuments();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  if (config.seedDemo) {
    const seeded = await ensureDemoWorkshop(ctx, config.dataDir, base);
    if (seeded) {
      const { demo, created } = seeded;
      console.log(
        [
          '',
          `Mesa ${version} — ${created ? 'demo workshop created' : 'demo workshop'} (data in ${config.dataDir})`,
          `  Facilitator: ${demo.links.facilitator}`,
          `  Rapporteur:  ${demo.links.rapporteur}`,
          `  Projector:   ${demo.links.projector}`,
          `  Participants join with code ${demo.joinCode} at ${demo.links.participant}`,
          ...(config.publicUrl ? [] : lanAddresses(config.host, port)),
          '',
        ].join('\n'),
      );
    }
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close();
    await ctx.store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
