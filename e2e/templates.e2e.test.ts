import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, startServer, type TestServer, type Workshop } from '../server/testing/harness.js';
import { expectAccessible } from './axe.js';
import { ARTIFACTS, artifact, DESKTOP, launchBrowser, PHONE } from './browser.js';
import { WorkshopPage } from './pages/workshop-page.js';

const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run "npx vite build" first (npm test does)');
  server = await startServer({ webDir, joinsPerMinute: 1000 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('templates as files, in the browser', () => {
  it('the facilitator downloads the guide; another organiser imports it and starts a workshop from it', async () => {
    const workshop = (await createWorkshop(server, 'Taller de origen')) as Workshop & { links: { facilitator: string } };
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'es-ES', acceptDownloads: true });
    const page = await context.newPage();
    const facilitator = new WorkshopPage(page);
    await page.goto(workshop.links.facilitator.replace(/^http:\/\/[^/]+/, server.url));
    await facilitator.waitOnline();
    await page.getByTestId('share-links').locator('summary').click();
    await page.screenshot({ path: artifact('template-export-desktop.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-export').click()]);
    const file = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^crm-group4-w[0-9a-f]{8}\.json$/);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string; phases: unknown[] };
    expect(exported.phases.length).toBe(8);

    // A broken copy is refused with the field paths named; nothing is added.
    await page.goto(server.url);
    const broken = path.join(ARTIFACTS, 'broken-template.json');
    fs.writeFileSync(broken, JSON.stringify({ ...exported, id: 'rota', phases: [{ id: 'x', kind: 'nope', title: { es: 'X' } }] }));
    await page.getByTestId('template-import').setInputFiles(broken);
    const result = page.getByTestId('template-import-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('phases.0.kind');
    await page.screenshot({ path: artifact('template-import-error.png') });
    await expectAccessible(page, 'template-import-error');
    await page.setViewportSize(PHONE);
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('template-import-error-phone.png') });
    await page.setViewportSize(DESKTOP);

    await page.getByTestId('template-import').setInputFiles(file);
    await expect.poll(() => result.textContent()).toContain(exported.id);
    await page.getByTestId('create-title').fill('Desde la guía adaptada');
    await page.getByTestId('create-submit').click();
    await page.getByTestId('created-links').waitFor();
    await page.screenshot({ path: artifact('template-imported-created.png') });
    const created = await server.ctx.store.listWorkshops();
    expect(created.find((w) => w.title === 'Desde la guía adaptada')?.templateId).toBe(exported.id);
    await context.close();
  });
});
