import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, startServer, type TestServer, type Workshop } from '../server/testing/harness.js';
import { artifact, DESKTOP, launchBrowser } from './browser.js';
import { WorkshopPage } from './pages/workshop-page.js';

const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run "npx vite build" first (npm test does)');
  server = await startServer({ webDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presses Tab until the element with this data-testid has focus: proves it can be reached without a mouse. */
async function tabTo(page: Page, testId: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} cannot be reached with Tab (${max} presses)`);
}

describe('the facilitator, by keyboard only', () => {
  it('opens a phase, brings the room there, runs the timer, locks the board and adds an item', async () => {
    const workshop = (await createWorkshop(server, 'Taller por teclado')) as Workshop & { links: { facilitator: string } };
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'es-ES' });
    const page = await context.newPage();
    const facilitator = new WorkshopPage(page);
    await page.goto(workshop.links.facilitator.replace(/^http:\/\/[^/]+/, server.url));
    await facilitator.waitOnline();

    await tabTo(page, 'phase-pestle');
    await page.keyboard.press('Enter');
    await tabTo(page, 'move-room-here');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="phase-pestle"][data-current="true"]').waitFor();

    await tabTo(page, 'timer-minutes');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="phase-timer"][data-state="running"]').waitFor();
    await tabTo(page, 'timer-pause');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="phase-timer"][data-state="paused"]').waitFor();

    await tabTo(page, 'pestle-mode-toggle');
    const before = await page.getByTestId('pestle-mode-toggle').getAttribute('aria-checked');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('pestle-mode-toggle').getAttribute('aria-checked')).not.toBe(before);

    await tabTo(page, 'pestle-add-text');
    await page.keyboard.type('Registrado por la facilitación, sin ratón');
    await page.keyboard.press('Enter');
    await facilitator.item('Registrado por la facilitación, sin ratón').waitFor();
    await page.screenshot({ path: artifact('facilitator-keyboard.png') });
    await context.close();
  });
});
