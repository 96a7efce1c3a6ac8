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

  it('sets attribution, runs a dot vote, clusters and rates, highlights, marks a key point, locks a phase and prepares the guide', async () => {
    const workshop = (await createWorkshop(server, 'Taller por teclado 2')) as Workshop & { links: { facilitator: string } };
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'es-ES' });
    const page = await context.newPage();
    const facilitator = new WorkshopPage(page);
    await page.goto(workshop.links.facilitator.replace(/^http:\/\/[^/]+/, server.url));
    await facilitator.waitOnline();
    const press = async (testId: string, key = 'Enter') => {
      await tabTo(page, testId, 400);
      await page.keyboard.press(key);
    };

    await press('phase-pestle');
    await press('move-room-here');
    await page.locator('[data-testid="phase-pestle"][data-current="true"]').waitFor();
    await press('attribution-select', 'ArrowDown');
    await expect.poll(() => page.getByTestId('attribution-select').inputValue()).toBe('institution');
    await tabTo(page, 'pestle-add-text', 400);
    await page.keyboard.type('Corrupción en pasos fronterizos');
    await page.keyboard.press('Enter');
    await facilitator.item('Corrupción en pasos fronterizos').waitFor();

    await tabTo(page, 'pestle-vote-dots', 400);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2');
    await press('pestle-vote-open');
    await press('pestle-dot-add');
    await page.locator('[data-testid="pestle-dot-mine"][data-dots="1"]').waitFor();
    await press('pestle-votes-reveal');
    await page.locator('[data-testid="pestle-item-votes"][data-votes="1"]').waitFor();
    await press('pestle-item-impact', 'ArrowDown');
    await expect.poll(() => page.getByTestId('pestle-item-impact').inputValue()).not.toBe('');
    await press('pestle-cluster-add');
    await page.keyboard.type('Frontera');
    await page.keyboard.press('Enter');
    await page.getByTestId('pestle-cluster').filter({ hasText: 'Frontera' }).first().waitFor();

    await press('phase-objectives');
    await press('move-room-here');
    await press('objective-highlight');
    await page.getByTestId('objective-highlighted').first().waitFor();

    await press('phase-questions');
    await press('move-room-here');
    await tabTo(page, 'question-contribution-input', 400);
    await page.keyboard.type('Criterio: contexto del país de origen');
    await page.keyboard.press('Enter');
    await press('contribution-key-toggle');
    await page.locator('[data-testid="contribution"][data-key="true"]').waitFor();
    await press('phase-lock-toggle', 'Space');
    await page.locator('[data-testid="phase-lock-toggle"][data-mode="locked"]').waitFor();

    await press('prepare-toggle');
    await tabTo(page, 'prepare-minutes', 400);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('20');
    await press('prepare-save');
    await facilitator.phaseLink('preliminary').filter({ hasText: '20 min' }).waitFor();
    await page.screenshot({ path: artifact('facilitator-keyboard-prepare.png') });
    await context.close();
  });
});
