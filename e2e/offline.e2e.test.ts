import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, http, type TestServer, startServer, type Workshop } from '../server/testing/harness.js';
import { expectAccessible } from './axe.js';
import { artifact, DESKTOP, PHONE } from './browser.js';
import { launchBrowserForAppShell, serveAppShellFromDisk } from './pages/app-shell.js';
import { JoinPage } from './pages/join-page.js';
import { WorkshopPage } from './pages/workshop-page.js';

/**
 * Offline-first browsers (issue 3): unsent changes live in IndexedDB, survive closing the tab,
 * and are sent exactly once when the connection returns; two live tabs never share a clientId.
 */

const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');
/** Generous: the machine is shared and slow; nothing here depends on tight timing. */
const SLOW = { timeout: 30_000 };

let server: TestServer;
let browser: Browser;
let workshop: Workshop & { links: { facilitator: string } };
let facilitator: WorkshopPage;
const contexts: BrowserContext[] = [];
/** Console warnings of the participants' pages: the IndexedDB fallback must not have been taken. */
const warnings: string[] = [];

const local = (link: string) => link.replace(/^http:\/\/[^/]+/, server.url);

async function newContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'es-ES' });
  contexts.push(context);
  context.on('page', watch);
  return context;
}

function watch(page: Page): void {
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
}

/** The same server on the same port and data folder, as after a crash or a redeploy. */
async function restartServer(): Promise<void> {
  const port = Number(new URL(server.url).port);
  const dataDir = server.dataDir;
  // The app cuts every HTTP connection on close (forceCloseConnections in server/app.ts).
  await server.close();
  server = await startServer({ webDir, joinsPerMinute: 1000, dataDir, port });
}

async function addedEvents(): Promise<{ text: string; clientId: string | null }[]> {
  const events = await server.ctx.store.readEvents(workshop.id, 0);
  return events.filter((e) => e.type === 'pestle.added').map((e) => ({ text: (e.data as { text: string }).text, clientId: e.clientId }));
}

async function joinOnPhone(name: string): Promise<WorkshopPage> {
  const context = await newContext(PHONE);
  const page = await context.newPage();
  await new JoinPage(page).open(server.url, workshop.joinCode);
  await new JoinPage(page).join({ name, institution: 'Dirección General de Migración', country: 'Honduras', sector: 'migration' });
  const participant = new WorkshopPage(page);
  await participant.waitOnline();
  await participant.board().waitFor();
  return participant;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run "npx vite build" first (npm test does)');
  server = await startServer({ webDir, joinsPerMinute: 1000 });
  workshop = (await createWorkshop(server, 'Taller sin conexión — Grupo 4')) as typeof workshop;
  // The facilitator moves the room to PESTLE over HTTP.
  const moved = await http(
    server,
    'POST',
    `/api/workshops/${workshop.id}/mutations`,
    { clientId: 'e2e-facilitator-http', mutationId: 1, name: 'phase.set', args: { phaseId: 'pestle' } },
    { authorization: `Bearer ${workshop.facilitatorToken}` },
  );
  expect(moved.status).toBe(200);
  browser = await launchBrowserForAppShell();
  facilitator = new WorkshopPage(await (await newContext(DESKTOP)).newPage());
  await facilitator.page.goto(local(workshop.links.facilitator));
  await facilitator.waitOnline();
  await facilitator.board().waitFor();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('offline-first browsers', () => {
  it('changes made offline survive closing the tab and arrive exactly once when the network returns', async () => {
    const ana = await joinOnPhone('Ana Offline');
    const context = ana.page.context();
    const url = ana.page.url();

    // The phone loses the network. Chromium's offline emulation does not cut a WebSocket that is
    // already open, so the server restarts meanwhile (same port and data): the socket drops and
    // the offline phone cannot reconnect, while the facilitator's laptop can.
    await context.setOffline(true);
    await restartServer();
    await ana.waitDisconnected();
    await facilitator.waitOnline();

    const texts = [
      'Sin conexión: red de albergues saturada',
      'Sin conexión: ferias de empleo regionales',
      'Sin conexión: protocolo de retorno',
    ];
    for (const text of texts) await ana.addItem('social', 'challenge', text);
    for (const text of texts) await expect(ana.item(text).getAttribute('data-pending')).resolves.toBe('true');
    await expect(ana.unsent().getAttribute('data-count')).resolves.toBe('3');
    await expect(ana.unsent().textContent()).resolves.toContain('3');
    await expect(ana.connection().getAttribute('data-status')).resolves.toMatch(/^(reconnecting|offline)$/);
    await ana.column('social').scrollIntoViewIfNeeded();
    await ana.page.screenshot({ path: artifact('offline-participant-phone.png') });
    await expectAccessible(ana.page, 'offline-participant-phone');
    await expect(addedEvents()).resolves.toEqual([]);

    // She closes the tab, and opens the workshop again, still without network.
    await ana.page.close();
    const stopServingShell = await serveAppShellFromDisk(context, server.url, webDir);
    const again = new WorkshopPage(await context.newPage());
    await again.page.goto(url);
    for (const text of texts) await again.item(text).waitFor(SLOW);
    for (const text of texts) await expect(again.item(text).getAttribute('data-pending')).resolves.toBe('true');
    await again.unsent().waitFor();
    await expect(again.unsent().getAttribute('data-count')).resolves.toBe('3');
    await expect(again.connection().getAttribute('data-status')).resolves.not.toBe('online');
    await again.column('social').scrollIntoViewIfNeeded();
    await again.page.screenshot({ path: artifact('offline-reopened-phone.png') });
    await expect(addedEvents()).resolves.toEqual([]);

    // The network returns.
    await stopServingShell();
    await context.setOffline(false);
    for (const text of texts) await facilitator.item(text).waitFor(SLOW);
    await again.waitOnline();
    await again.unsent().waitFor({ state: 'detached', ...SLOW });
    await again.page.screenshot({ path: artifact('offline-back-online-phone.png') });

    const added = (await addedEvents()).filter((e) => texts.includes(e.text));
    // Exactly one event per item, all under the clientId of the tab that made them.
    expect(added.map((e) => e.text).sort()).toEqual([...texts].sort());
    expect(new Set(added.map((e) => e.clientId)).size).toBe(1);
    for (const text of texts) await expect(facilitator.column('social').getByText(text).count()).resolves.toBe(1);
  });

  it('two tabs of one participant, opened together, both send their items once, under different clientIds', async () => {
    const ben = await joinOnPhone('Benito Dos Pestañas');
    const context = ben.page.context();
    const url = ben.page.url();
    // The join tab hands its outbox back on close; two tabs then start at the same moment.
    await ben.page.close();
    const [one, two] = await Promise.all(
      [0, 1].map(async () => {
        const tab = new WorkshopPage(await context.newPage());
        await tab.page.goto(url);
        return tab;
      }),
    );
    await Promise.all([one!.waitOnline(), two!.waitOnline()]);

    const fromOne = ['Pestaña uno: remesas digitales', 'Pestaña uno: visas de trabajo temporal'];
    const fromTwo = ['Pestaña dos: corredores humanitarios', 'Pestaña dos: registro biométrico'];
    for (let i = 0; i < 2; i++) {
      await Promise.all([one!.addItem('economic', 'opportunity', fromOne[i]!), two!.addItem('economic', 'opportunity', fromTwo[i]!)]);
    }
    for (const text of [...fromOne, ...fromTwo]) {
      await facilitator.item(text).waitFor(SLOW);
      await one!.item(text).waitFor(SLOW);
      await two!.item(text).waitFor(SLOW);
    }
    await one!.unsent().waitFor({ state: 'detached', ...SLOW });
    await two!.unsent().waitFor({ state: 'detached', ...SLOW });

    const added = await addedEvents();
    const clientOf = (texts: string[]) => {
      const mine = added.filter((e) => texts.includes(e.text));
      expect(mine.map((e) => e.text).sort()).toEqual([...texts].sort());
      const ids = new Set(mine.map((e) => e.clientId));
      expect(ids.size).toBe(1);
      return [...ids][0];
    };
    expect(clientOf(fromOne)).not.toBe(clientOf(fromTwo));
  });

  it('an edit made offline to an item deleted meanwhile is listed on return, kept across a reload, and goes when dismissed', async () => {
    const carla = await joinOnPhone('Carla Conflicto');
    const context = carla.page.context();
    const original = 'Conflicto: coordinación consular pendiente';
    await carla.addItem('legal', 'challenge', original);
    await facilitator.item(original).waitFor(SLOW);
    await carla.page.locator('[data-testid="pestle-item"]:not([data-pending])', { hasText: original }).waitFor(SLOW);

    // Carla loses the network (see the first test) and rewrites her item.
    await context.setOffline(true);
    await restartServer();
    await carla.waitDisconnected();
    await facilitator.waitOnline();
    const typed =
      'Coordinación consular: protocolo común de retorno asistido, con intérpretes y registro compartido — reescrito sin conexión';
    await carla.editItem(original, typed);
    await carla.item(typed).waitFor();
    await expect(carla.unsent().getAttribute('data-count')).resolves.toBe('1');
    // Meanwhile the facilitator deletes it.
    await facilitator.deleteItem(original);
    await facilitator.item(original).waitFor({ state: 'detached', ...SLOW });

    // The network returns: the edit is refused, and listed with the text she typed.
    await context.setOffline(false);
    await carla.waitOnline();
    await carla.conflictsButton().waitFor(SLOW);
    await expect(carla.conflictsButton().getAttribute('data-count')).resolves.toBe('1');
    await carla.page.screenshot({ path: artifact('conflicts-badge-phone.png') });
    await carla.item(typed).waitFor({ state: 'detached' });
    await carla.openConflicts();
    await expect(carla.conflicts().count()).resolves.toBe(1);
    await expect(carla.conflicts().first().getAttribute('data-code')).resolves.toBe('item_missing');
    await expect(carla.conflicts().first().textContent()).resolves.toContain('Ese aporte ya no existe');
    await expect(carla.conflicts().first().getByTestId('conflict-text').inputValue()).resolves.toBe(typed);
    await expect(carla.conflictsDialog().getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await carla.page.screenshot({ path: artifact('conflicts-phone.png') });
    await carla.conflicts().first().getByTestId('conflict-dismiss').scrollIntoViewIfNeeded();
    await carla.page.screenshot({ path: artifact('conflicts-phone-scrolled.png') });
    // Escape closes the dialog and gives focus back to the button that opened it.
    await carla.page.keyboard.press('Escape');
    await carla.conflictsDialog().waitFor({ state: 'hidden' });
    await carla.waitForFocus('conflicts-open');

    await carla.page.setViewportSize(DESKTOP);
    await carla.page.keyboard.press('Enter');
    await carla.conflictsDialog().waitFor();
    await carla.page.screenshot({ path: artifact('conflicts-desktop.png') });
    await expectAccessible(carla.page, 'conflicts-dialog');
    await carla.conflictsDialog().getByTestId('conflicts-close').click();

    // Two more refusals are stored beside it (as another tab of hers would record them), to try "dismiss all" too.
    await carla.page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('mesa.conflicts.'));
      if (!key) throw new Error('no stored list of refused changes');
      const list = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[];
      for (const n of [1, 2]) {
        const args = {
          id: `00000000-0000-4000-8000-00000000000${n}`,
          category: 'economic',
          kind: 'opportunity',
          text: `Otra pestaña ${n}`,
        };
        list.push({
          id: `other-tab:${n}`,
          name: 'pestle.add',
          args,
          code: 'board_locked',
          message: '…',
          madeAt: 1,
          rejectedAt: Date.now(),
        });
      }
      localStorage.setItem(key, JSON.stringify(list));
    });

    // After a reload the entry is still there; dismissing it removes it for good.
    await carla.page.reload();
    await carla.waitOnline();
    await expect(carla.conflictsButton().getAttribute('data-count')).resolves.toBe('3');
    await carla.openConflicts();
    await expect(carla.conflicts().count()).resolves.toBe(3);
    await expect(carla.conflicts().first().getByTestId('conflict-text').inputValue()).resolves.toBe(typed);
    await carla.conflicts().first().getByTestId('conflict-dismiss').click();
    await carla.conflicts().nth(2).waitFor({ state: 'detached' });
    await expect(carla.conflicts().count()).resolves.toBe(2);
    await expect(carla.conflictsDialog().textContent()).resolves.not.toContain('reescrito sin conexión');
    // Focus moved on to the next entry's Dismiss button; "dismiss all" asks first, by keyboard too.
    await carla.waitForFocus('conflict-dismiss');
    await carla.conflictsDialog().getByTestId('conflicts-dismiss-all').click();
    await carla.waitForFocus('conflicts-confirm-all');
    await carla.page.keyboard.press('Enter');
    await carla.conflictsDialog().getByTestId('conflicts-empty').waitFor();
    await carla.waitForFocus('conflicts-close');
    await carla.page.keyboard.press('Escape');
    await carla.conflictsDialog().waitFor({ state: 'hidden' });
    await expect(carla.conflictsButton().count()).resolves.toBe(0);
    await carla.page.reload();
    await carla.waitOnline();
    await carla.board().waitFor();
    await expect(carla.conflictsButton().count()).resolves.toBe(0);
  });

  it('kept unsent changes in IndexedDB, not in the sessionStorage fallback', () => {
    expect(warnings.filter((w) => /IndexedDB/.test(w))).toEqual([]);
  });
});
