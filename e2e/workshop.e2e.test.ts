import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, type TestServer, startServer, type Workshop } from '../server/testing/harness.js';
import { expectAccessible } from './axe.js';
import { artifact, DESKTOP, launchBrowser, PHONE, PROJECTOR } from './browser.js';
import { JoinPage } from './pages/join-page.js';
import { ProjectorPage } from './pages/projector-page.js';
import { WorkshopPage } from './pages/workshop-page.js';

const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');

let server: TestServer;
let browser: Browser;
let workshop: Workshop & { links: { facilitator: string; projector: string } };
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run "npx vite build" first (npm test does)');
  server = await startServer({ webDir, joinsPerMinute: 1000 });
  workshop = (await createWorkshop(server, 'Taller regional — Grupo 4')) as typeof workshop;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function newPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'es-ES' });
  contexts.push(context);
  return context.newPage();
}

/** Links are built on the request's host; the browser must use the test server's address. */
const local = (link: string) => link.replace(/^http:\/\/[^/]+/, server.url);

describe('a live workshop in Chromium', () => {
  let facilitator: WorkshopPage;
  let ana: WorkshopPage;
  let ben: WorkshopPage;
  let projector: ProjectorPage;

  it('the facilitator opens the link and sees the phases of the guide', async () => {
    facilitator = new WorkshopPage(await newPage(DESKTOP));
    await facilitator.page.goto(local(workshop.links.facilitator));
    await facilitator.waitOnline();
    // The secret leaves the address bar once stored.
    expect(facilitator.page.url()).not.toContain('token=');
    for (const phase of ['preliminary', 'pestle', 'objectives', 'questions', 'profiles', 'working-matrix', 'final-matrix', 'plenary']) {
      await expect(facilitator.phaseLink(phase).isVisible()).resolves.toBe(true);
    }
    await facilitator.openPhase('objectives');
    await facilitator.page.getByText('Borrador Cero', { exact: false }).first().waitFor();
    await facilitator.page.screenshot({ path: artifact('facilitator-objectives-desktop.png'), fullPage: false });
    await expectAccessible(facilitator.page, 'facilitator-objectives');
  });

  it('participants join with the code and land on the current phase', async () => {
    const anaPage = await newPage(DESKTOP);
    await new JoinPage(anaPage).open(server.url, workshop.joinCode.toLowerCase());
    await anaPage.screenshot({ path: artifact('join-desktop.png') });
    await expectAccessible(anaPage, 'join');
    await new JoinPage(anaPage).join({
      name: 'Ana Rojas',
      institution: 'Dirección General de Migración',
      country: 'Costa Rica',
      sector: 'migration',
    });
    ana = new WorkshopPage(anaPage);
    await ana.waitOnline();

    const benPage = await newPage(PHONE);
    await new JoinPage(benPage).open(server.url, workshop.joinCode);
    await new JoinPage(benPage).join({ name: 'Benito Juárez', institution: 'Cancillería', country: 'México', sector: 'foreign_affairs' });
    ben = new WorkshopPage(benPage);
    await ben.waitOnline();
    await expect(ben.page.getByTestId('current-phase-title').textContent()).resolves.toBeTruthy();

    // The roster shows them to the facilitator, live.
    // Ben completes his own line of the roster from his phone; the facilitator sees it at once.
    await ben.openPhase('preliminary');
    await expect(ben.page.getByTestId('roster-edit-who').count()).resolves.toBe(0);
    await ben.page.getByTestId('roster-edit-functions').fill('Jefe del departamento de asuntos consulares');
    await ben.page.getByTestId('roster-edit-save').click();
    await ben.page.getByTestId('roster-editor').getByRole('status').waitFor();
    await ben.page.getByTestId('roster-editor').scrollIntoViewIfNeeded();
    await ben.page.screenshot({ path: artifact('participant-roster-phone.png') });
    await expectAccessible(ben.page, 'participant-roster-phone');

    await facilitator.openPhase('preliminary');
    await facilitator.page.getByTestId('roster').getByText('Benito Juárez').waitFor();
    await facilitator.page.getByTestId('roster').getByText('Jefe del departamento de asuntos consulares').waitFor();
    await facilitator.page.getByTestId('roster').scrollIntoViewIfNeeded();
    await facilitator.page.screenshot({ path: artifact('facilitator-roster-desktop.png') });
    await expectAccessible(facilitator.page, 'facilitator-preliminary');
  });

  it('the facilitator moves the room to PESTLE and everyone follows', async () => {
    await facilitator.openPhase('pestle');
    await facilitator.page.getByTestId('move-room-here').click();
    await ana.board().waitFor();
    await ben.board().waitFor();
    // The facilitator mints a projector link from the header and opens it on "the projector".
    await facilitator.page.getByTestId('share-links').locator('summary').click();
    await facilitator.page.getByTestId('share-mint-projector').click();
    const projectorLink = await facilitator.page.getByTestId('share-link-projector').inputValue();
    expect(projectorLink).toMatch(/\/projector#token=/);
    await facilitator.page.screenshot({ path: artifact('facilitator-share-links.png') });
    await facilitator.page.getByTestId('share-links').locator('summary').click();
    projector = new ProjectorPage(await newPage(PROJECTOR));
    await projector.open(local(projectorLink));
    await expect(projector.joinCode().textContent()).resolves.toContain(workshop.joinCode);
  });

  it('the facilitator holds participants on the room phase, then lets them browse again', async () => {
    await facilitator.page.getByTestId('navigation-toggle').click();
    await ben.page.getByTestId('phase-nav-follow').waitFor();
    await expect(ben.phaseLink('objectives').isDisabled()).resolves.toBe(true);
    await expect(ana.phaseLink('objectives').isDisabled()).resolves.toBe(true);
    await expect(ana.phaseLink('pestle').isDisabled()).resolves.toBe(false);
    // The facilitator still goes anywhere.
    await expect(facilitator.phaseLink('objectives').isDisabled()).resolves.toBe(false);
    await ana.page.screenshot({ path: artifact('participant-follow-desktop.png') });
    await ben.openPhase('pestle');
    await ben.page.screenshot({ path: artifact('participant-follow-phone.png') });
    await ben.page.getByTestId('phase-nav').locator('.phase-nav__toggle').click();
    await expectAccessible(ana.page, 'participant-follow');
    await facilitator.page.getByTestId('navigation-toggle').click();
    await ben.page.getByTestId('phase-nav-follow').waitFor({ state: 'detached' });
    await expect(ana.phaseLink('objectives').isDisabled()).resolves.toBe(false);
  });

  it('an item added by one participant appears on every other browser without reload', async () => {
    const text = 'Corrupción en puestos fronterizos facilita el tráfico';
    await ana.addItem('political', 'challenge', text);
    await ben.item(text).waitFor({ timeout: 5000 });
    await facilitator.item(text).waitFor({ timeout: 5000 });
    await projector.item(text).waitFor({ timeout: 5000 });
    await expect(facilitator.column('political').getByText(text).count()).resolves.toBe(1);
    await ben.addItem('economic', 'opportunity', 'Remesas como fuente de desarrollo local');
    await projector.item('Remesas como fuente de desarrollo local').waitFor({ timeout: 5000 });
    await ana.page.screenshot({ path: artifact('participant-pestle-desktop.png') });
    await ben.page.screenshot({ path: artifact('participant-pestle-phone.png'), fullPage: true });
    await projector.page.screenshot({ path: artifact('projector.png') });
    await expectAccessible(facilitator.page, 'facilitator-pestle');
    await expectAccessible(ben.page, 'participant-pestle-phone');
    await expectAccessible(projector.page, 'projector');
  });

  it('authors edit and delete their own items; others cannot', async () => {
    const own = ana.item('Corrupción en puestos fronterizos');
    await expect(own.getByRole('button').count()).resolves.toBeGreaterThan(0);
    const others = ana.item('Remesas como fuente');
    await expect(others.getByRole('button').count()).resolves.toBe(0);
    // The facilitator may change any item.
    await expect(facilitator.item('Remesas como fuente').getByRole('button').count()).resolves.toBeGreaterThan(0);
  });

  it('in "facilitator records" mode participants cannot write, the facilitator can', async () => {
    await facilitator.toggleMode();
    await ana.page.getByTestId('pestle-locked-notice').waitFor();
    await expect(ana.page.getByTestId('pestle-add-submit').count()).resolves.toBe(0);
    await facilitator.addItem('legal', 'advance', 'Reforma a la ley de migración (relatado por la facilitación)');
    await ana.item('Reforma a la ley de migración').waitFor();
    await facilitator.page.screenshot({ path: artifact('facilitator-pestle-desktop.png') });
    await facilitator.toggleMode();
    await ana.page.getByTestId('pestle-add-submit').first().waitFor();
  });

  it('closing the tab and coming back shows everything as it was', async () => {
    const context = ana.page.context();
    const url = ana.page.url();
    await ana.page.close();
    const again = new WorkshopPage(await context.newPage());
    await again.page.goto(url);
    await again.waitOnline();
    await again.openPhase('pestle');
    await again.item('Corrupción en puestos fronterizos').waitFor();
    await again.item('Reforma a la ley de migración').waitFor();
    ana = again;
  });

  it('a server restart: every browser shows it is reconnecting, then catches up by itself', async () => {
    const port = Number(new URL(server.url).port);
    const dataDir = server.dataDir;
    await server.close();
    await facilitator.page.locator('[data-testid="connection-status"]:not([data-status="online"])').waitFor();
    await ben.page.screenshot({ path: artifact('participant-reconnecting-phone.png') });
    server = await startServer({ webDir, joinsPerMinute: 1000, dataDir, port });
    await Promise.all([facilitator.waitOnline(), ben.waitOnline(), ana.waitOnline()]);
    await ben.addItem('social', 'state', 'Flujos mixtos tras el reinicio');
    await facilitator.item('Flujos mixtos tras el reinicio').waitFor();
    await projector.item('Flujos mixtos tras el reinicio').waitFor();
    await facilitator.item('Corrupción en puestos fronterizos').waitFor();
  });

  it('the facilitator runs a phase timer that every device shows alike', async () => {
    const timerOf = (page: WorkshopPage['page']) => page.getByTestId('phase-timer');
    await facilitator.page.getByTestId('timer-minutes').fill('5');
    await facilitator.page.getByTestId('timer-start').click();
    for (const page of [facilitator.page, ben.page, ana.page, projector.page]) {
      await timerOf(page).waitFor();
      await expect(timerOf(page).getAttribute('data-state')).resolves.toBe('running');
      // 5:00 counting down: 4:5x or 5:00 on every device, however its clock is set.
      await expect(timerOf(page).locator('[role="timer"]').textContent()).resolves.toMatch(/^(5:00|4:5\d)$/);
    }
    await facilitator.page.getByTestId('timer-add-5').click();
    await projector.page.locator('[data-testid="phase-timer"] [role="timer"]', { hasText: /^(10:00|9:5\d)$/ }).waitFor();
    await facilitator.page.getByTestId('timer-pause').click();
    await ben.page.locator('[data-testid="phase-timer"][data-state="paused"]').waitFor();
    await projector.page.locator('[data-testid="phase-timer"][data-state="paused"]').waitFor();
    await expect(ben.page.getByTestId('timer-controls').count()).resolves.toBe(0);
    await facilitator.page.screenshot({ path: artifact('facilitator-timer-desktop.png') });
    await ben.page.evaluate(() => window.scrollTo(0, 0));
    await ben.page.screenshot({ path: artifact('participant-timer-phone.png') });
    await projector.page.screenshot({ path: artifact('projector-timer.png') });
    await expectAccessible(facilitator.page, 'facilitator-timer');
    await expectAccessible(projector.page, 'projector-timer');
    await facilitator.page.getByTestId('timer-resume').click();
    await ben.page.locator('[data-testid="phase-timer"][data-state="running"]').waitFor();
    await facilitator.page.getByTestId('timer-clear').click();
    await projector.page.getByTestId('phase-timer').waitFor({ state: 'detached' });
  });

  it('the accessibility check itself fails on a page with real problems', async () => {
    // Guards the checks above: an axe run that silently checked nothing would pass them too.
    const page = await newPage(DESKTOP);
    await page.setContent('<html lang="es"><body><main><button></button><input type="text"><img src="x.png"></main></body></html>');
    await expect(expectAccessible(page, 'known-bad')).rejects.toThrow(/critical button-name|critical image-alt|critical label/);
    await page.close();
  });

  it('switches the interface to English and French', async () => {
    await ben.switchLanguage('en');
    await ben.page.getByText('Political', { exact: false }).first().waitFor();
    await ben.switchLanguage('fr');
    await ben.page.getByText('Politique', { exact: false }).first().waitFor();
    await ben.switchLanguage('es');
  });
});
