import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createWorkshop, type TestServer, startServer, type Workshop } from '../server/testing/harness.js';
import { expectAccessible } from './axe.js';
import { artifact, DESKTOP, launchBrowser, PHONE } from './browser.js';
import { JoinPage } from './pages/join-page.js';
import { WorkshopPage } from './pages/workshop-page.js';

/**
 * Day 2 begins: participants fill their working matrices (Annex I), saved as they type; the
 * facilitator follows each one's progress. (Consolidation and the plenary come next: issue 5.)
 */
const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');
let server: TestServer;
let browser: Browser;
let workshop: Workshop & { links: { facilitator: string } };
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run "npx vite build" first (npm test does)');
  server = await startServer({ webDir, joinsPerMinute: 1000 });
  workshop = (await createWorkshop(server, 'Taller regional — matrices')) as typeof workshop;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function open(viewport: typeof DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'es-ES' });
  contexts.push(context);
  return context.newPage();
}

describe('working matrices in Chromium', () => {
  it('a participant fills matrix 4.1 on a phone, saved as she types; the facilitator sees her progress', async () => {
    const fac = new WorkshopPage(await open(DESKTOP));
    await fac.page.goto(workshop.links.facilitator.replace(/^http:\/\/[^/]+/, server.url));
    await fac.waitOnline();
    const phone = await open(PHONE);
    await new JoinPage(phone).open(server.url, workshop.joinCode);
    await new JoinPage(phone).join({ name: 'Lucía Pérez', institution: 'Migración', country: 'Panamá', sector: 'migration' });
    const lucia = new WorkshopPage(phone);
    await lucia.waitOnline();

    await fac.openPhase('working-matrix');
    await fac.page.getByTestId('move-room-here').click();
    await lucia.page.getByTestId('current-phase-title').filter({ hasText: 'Matriz de trabajo' }).waitFor();

    const m41 = lucia.page.locator('[data-testid="working-matrix-editor"][data-matrix="wm-4-1"]');
    await m41.getByTestId('wm-commitment').fill('Protocolo regional común de atención');
    await m41.locator('[data-testid="wm-action-comment"][data-slot="1"]').fill('Campañas en las rutas migratorias');
    await m41.getByTestId('wm-proposal-add-text').fill('Red regional de albergues');
    await m41.getByTestId('wm-proposal-add-submit').click();
    await m41.getByTestId('wm-proposal').first().waitFor();
    await m41.locator('[data-testid="wm-save-status"][data-state="saved"]').waitFor();
    await lucia.page.screenshot({ path: artifact('matrices-participant-phone.png') });
    await expectAccessible(lucia.page, 'matrices-participant-phone');

    // Filled: the commitment and one comment (of 5 + 2), with one proposal.
    await fac.page.locator('[data-testid="wm-progress-cell"][data-matrix="wm-4-1"][data-filled="2"]').waitFor();
    await fac.page.getByTestId('wm-progress').screenshot({ path: artifact('matrices-progress-desktop.png') });
    await fac.page.screenshot({ path: artifact('matrices-facilitator-desktop.png') });
    await expectAccessible(fac.page, 'matrices-facilitator');

    // Nothing typed is lost: a reload shows the matrix as she left it.
    await lucia.page.reload();
    await lucia.waitOnline();
    await m41.getByTestId('wm-commitment').and(lucia.page.locator('textarea')).waitFor();
    await lucia.page.waitForFunction(
      () =>
        (document.querySelector('[data-matrix="wm-4-1"] [data-testid="wm-commitment"]') as HTMLTextAreaElement | null)?.value ===
        'Protocolo regional común de atención',
    );
  });
});
