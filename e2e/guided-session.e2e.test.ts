import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, type TestServer, startServer, type Workshop } from '../server/testing/harness.js';
import { expectAccessible } from './axe.js';
import { artifact, DESKTOP, launchBrowser, PHONE, PROJECTOR } from './browser.js';
import { JoinPage } from './pages/join-page.js';
import { WorkshopPage } from './pages/workshop-page.js';

/**
 * The first day of the guide, phase by phase, as the room lives it: a facilitator, a
 * rapporteur, three participants (one on a phone) and the projector. Each phase is checked
 * with axe and photographed at desktop and phone width (e2e/artifacts/session-*.png).
 */
const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');

let server: TestServer;
let browser: Browser;
let workshop: Workshop & { links: { facilitator: string; rapporteur: string; projector: string } };
const contexts: BrowserContext[] = [];

let fac: WorkshopPage;
let rap: WorkshopPage;
let ana: WorkshopPage;
let ben: WorkshopPage;
let carla: WorkshopPage;
let projector: Page;

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

const local = (link: string) => link.replace(/^http:\/\/[^/]+/, server.url);

async function join(viewport: typeof DESKTOP, profile: { name: string; institution: string; country: string; sector: string }) {
  const page = await newPage(viewport);
  await new JoinPage(page).open(server.url, workshop.joinCode);
  await new JoinPage(page).join(profile);
  const p = new WorkshopPage(page);
  await p.waitOnline();
  return p;
}

/** The facilitator opens a phase and brings the room there; everyone's screen follows. */
async function bring(phaseId: string, title: string) {
  await fac.openPhase(phaseId);
  await fac.page.getByTestId('move-room-here').click();
  for (const p of [fac, rap, ana, ben, carla]) {
    await p.page.getByTestId('current-phase-title').filter({ hasText: title }).waitFor();
  }
  await projector.getByTestId('current-phase-title').filter({ hasText: title }).waitFor();
}

/** Desktop views as they are; the phone once whole and once scrolled to the phase's own work (`focus`, a data-testid). */
async function photograph(phase: string, focus?: string) {
  await fac.page.screenshot({ path: artifact(`session-${phase}-facilitator-desktop.png`) });
  await ana.page.screenshot({ path: artifact(`session-${phase}-participant-desktop.png`) });
  await ben.page.screenshot({ path: artifact(`session-${phase}-participant-phone-full.png`), fullPage: true });
  if (focus) await ben.page.getByTestId(focus).first().scrollIntoViewIfNeeded();
  await ben.page.screenshot({ path: artifact(`session-${phase}-participant-phone.png`) });
  await projector.screenshot({ path: artifact(`session-${phase}-projector.png`) });
}

async function checkAccessible(phase: string) {
  await expectAccessible(fac.page, `session-${phase}-facilitator`);
  await expectAccessible(ben.page, `session-${phase}-participant-phone`);
  await expectAccessible(projector, `session-${phase}-projector`);
}

const byTestId = (scope: Page | Locator, id: string) => scope.getByTestId(id);

describe('the first day of the guide, live', () => {
  it('0. prepare mode: the facilitator adapts the agenda and the guide before anyone joins', async () => {
    fac = new WorkshopPage(await newPage(DESKTOP));
    await fac.page.goto(local(workshop.links.facilitator));
    await fac.waitOnline();
    await byTestId(fac.page, 'prepare-toggle').click();
    await byTestId(fac.page, 'prepare-panel').waitFor();
    await fac.page.screenshot({ path: artifact('session-0-prepare-agenda-desktop.png') });
    const objectivesRow = fac.page.locator('[data-testid="prepare-row"][data-list="phase"][data-id="objectives"]');
    await byTestId(objectivesRow, 'prepare-minutes').fill('60');
    await byTestId(objectivesRow, 'prepare-save').click();
    const needs = fac.page.locator('[data-testid="prepare-add-form"][data-list="need"]');
    await byTestId(needs, 'prepare-add-text').fill('Acompañamiento psicológico');
    await byTestId(needs, 'prepare-add-submit').click();
    await fac.page.locator('[data-testid="prepare-row"][data-list="need"]').last().locator('input, textarea').first().waitFor();
    const groups = fac.page.locator('[data-testid="prepare-add-form"][data-list="objectiveGroup"]');
    await byTestId(groups, 'prepare-add-label').fill('C');
    await byTestId(groups, 'prepare-add-text').fill('Prevención en los países de origen');
    await byTestId(groups, 'prepare-add-submit').click();
    const newGroup = fac.page.locator('[data-testid="prepare-add-form"][data-list="objective"]').last();
    await byTestId(newGroup, 'prepare-add-label').fill('a)');
    await byTestId(newGroup, 'prepare-add-text').fill('Campañas de información en comunidades de origen');
    await byTestId(newGroup, 'prepare-add-submit').click();
    await fac.page
      .locator('[data-testid="prepare-row"][data-list="objective"]')
      .filter({ has: fac.page.locator('textarea') })
      .last()
      .waitFor();
    await byTestId(fac.page, 'prepare-section-objective').screenshot({ path: artifact('session-0-prepare-objectives-desktop.png') });
    await fac.page.screenshot({ path: artifact('session-0-prepare-facilitator-desktop.png') });
    await expectAccessible(fac.page, 'session-0-prepare-facilitator');
    await fac.page.setViewportSize(PHONE);
    await fac.page.screenshot({ path: artifact('session-0-prepare-facilitator-phone.png') });
    await fac.page.setViewportSize(DESKTOP);
    await byTestId(fac.page, 'prepare-toggle').click();
    await fac.phaseLink('objectives').filter({ hasText: '60 min' }).waitFor();
  });

  it('1. preliminary activity: everyone joins and the roster fills', async () => {
    rap = new WorkshopPage(await newPage(DESKTOP));
    await rap.page.goto(local(workshop.links.rapporteur));
    await rap.waitOnline();
    ana = await join(DESKTOP, {
      name: 'Ana Rojas',
      institution: 'Dirección General de Migración',
      country: 'Costa Rica',
      sector: 'migration',
    });
    ben = await join(PHONE, { name: 'Benito Juárez', institution: 'Cancillería', country: 'México', sector: 'foreign_affairs' });
    carla = await join(DESKTOP, {
      name: 'Carla Mejía',
      institution: 'Coalición Regional',
      country: 'Honduras',
      sector: 'regional_coalition',
    });
    projector = await newPage(PROJECTOR);
    await projector.goto(local(workshop.links.projector));
    await projector.getByTestId('projector').waitFor();
    await fac.page.getByText('Carla Mejía').first().waitFor();
    await photograph('1-preliminary');
    await checkAccessible('1-preliminary');
  });

  it('2. PESTLE: anonymous items, a cluster, a merged duplicate, a secret dot vote revealed, impact', async () => {
    await bring('pestle', 'PESTLE');
    await byTestId(fac.page, 'attribution-select').selectOption('anonymous');
    await ana.addItem('social', 'challenge', 'Pobreza y desempleo en zonas fronterizas');
    await carla.addItem('social', 'challenge', 'Desempleo en la frontera');
    await ben.addItem('legal', 'advance', 'Nueva ley de migración con enfoque de derechos');
    await fac.item('Desempleo en la frontera').waitFor();
    await fac.item('Nueva ley de migración').waitFor();
    // Anonymous: nobody but Ana sees that the item is hers, not even the facilitator.
    expect(await fac.item('Pobreza y desempleo').textContent()).not.toContain('Ana Rojas');
    expect(await ben.item('Pobreza y desempleo').textContent()).not.toContain('Ana Rojas');

    const social = fac.column('social');
    await byTestId(social, 'pestle-cluster-add').click();
    await byTestId(social, 'pestle-cluster-label').fill('Economía de frontera');
    await byTestId(social, 'pestle-cluster-save').click();
    await byTestId(social, 'pestle-cluster').filter({ hasText: 'Economía de frontera' }).waitFor();
    await byTestId(fac.item('Pobreza y desempleo'), 'pestle-item-cluster').selectOption({ label: 'Economía de frontera' });
    await byTestId(fac.item('Desempleo en la frontera'), 'pestle-item-merge').click();
    await byTestId(fac.item('Desempleo en la frontera'), 'pestle-merge-target').selectOption({ index: 1 });
    await byTestId(fac.item('Desempleo en la frontera'), 'pestle-merge-confirm').click();
    await ana.page.locator('[data-testid="pestle-item-merged"][data-count="1"]').waitFor();

    await byTestId(fac.page, 'pestle-vote-dots').fill('3');
    await byTestId(fac.page, 'pestle-vote-open').click();
    await byTestId(ana.item('Pobreza y desempleo'), 'pestle-dot-add').click();
    await ana.page.locator('[data-testid="pestle-dots-left"][data-left="2"]').waitFor();
    await byTestId(ana.item('Pobreza y desempleo'), 'pestle-dot-add').click();
    await ana.page.locator('[data-testid="pestle-dots-left"][data-left="1"]').waitFor();
    await byTestId(ben.item('Nueva ley de migración'), 'pestle-dot-add').click();
    await ben.page.locator('[data-testid="pestle-dots-left"][data-left="2"]').waitFor();
    // Hidden until revealed: nobody sees totals, the facilitator included.
    expect(await fac.page.getByTestId('pestle-item-votes').count()).toBe(0);
    await fac.page.screenshot({ path: artifact('session-2-pestle-voting-facilitator-desktop.png') });
    await byTestId(fac.page, 'pestle-votes-reveal').click();
    await ben.page.locator('[data-testid="pestle-item-votes"][data-votes="2"]').waitFor();
    await projector.locator('[data-testid="pestle-item-votes"][data-votes="1"]').waitFor();
    await byTestId(fac.item('Pobreza y desempleo'), 'pestle-item-impact').selectOption('4');
    // Ben may not rate Ana's item: he sees the room's rating as a badge.
    await byTestId(ben.item('Pobreza y desempleo'), 'pestle-item-ratings').waitFor();
    await photograph('2-pestle', 'pestle-voting');
    await checkAccessible('2-pestle');
  });

  it('3. objectives: comments signed by institution, relevance marks, the facilitator’s highlight', async () => {
    await bring('objectives', 'Objetivos');
    await byTestId(fac.page, 'attribution-select').selectOption('institution');
    const aA = (p: WorkshopPage) => p.page.locator('[data-testid="objective"][data-objective-id="A.a"]');
    await byTestId(aA(ana), 'objective-relevance-high').click();
    await byTestId(aA(carla), 'objective-relevance-medium').click();
    await byTestId(aA(ana), 'objective-comment-input').fill('Incluir a las víctimas de delitos conexos en la ruta');
    await byTestId(aA(ana), 'objective-comment-submit').click();
    await byTestId(aA(ben), 'objective-comment-input').fill('Coordinar con los consulados');
    await byTestId(aA(ben), 'objective-comment-submit').click();
    await byTestId(aA(fac), 'objective-highlight').click();
    const anasComment = byTestId(aA(ben), 'contribution').filter({ hasText: 'delitos conexos' });
    await anasComment.waitFor();
    expect(await anasComment.textContent()).toContain('Dirección General de Migración');
    expect(await anasComment.textContent()).not.toContain('Ana Rojas');
    await ben.page.locator('[data-testid="objective-relevance-counts"][data-high="1"][data-medium="1"]').first().waitFor();
    await aA(ben).locator('[data-testid="objective-highlighted"]').waitFor();
    // The objective added in prepare mode is there for everyone, without a source document.
    await ben.page.getByText('Campañas de información en comunidades de origen').waitFor();
    await projector.getByTestId('pestle-panel').waitFor();
    await photograph('3-objectives', 'objective-inputs');
    await checkAccessible('3-objectives');
  });

  it('4. guiding questions: contributions, a key point, a good practice; the lock stops participants, not the rapporteur', async () => {
    await bring('questions', 'Preguntas guía');
    const criteria = (p: WorkshopPage) => p.page.locator('[data-testid="question"][data-question-id="care.profiles.criteria"]');
    await byTestId(criteria(rap), 'question-contribution-input').fill('El contexto del país de origen como criterio de perfil');
    await byTestId(criteria(rap), 'question-contribution-submit').click();
    await byTestId(criteria(carla), 'question-contribution-input').fill('Usar los Lineamientos regionales de la CRM de 2013');
    await byTestId(criteria(carla), 'question-contribution-submit').click();
    const carlas = byTestId(criteria(fac), 'contribution').filter({ hasText: 'Lineamientos regionales' });
    await byTestId(carlas, 'contribution-key-toggle').click();
    await criteria(ben).locator('[data-testid="contribution"][data-key="true"]').waitFor();

    const prevention = rap.page.locator('[data-testid="question-theme"][data-theme-id="prevention"]');
    // By mouse, straight after typing in a contribution box: leaving the box must not shift the page under the pointer.
    await byTestId(prevention, 'practice-add-open').click();
    await byTestId(prevention, 'practice-country').fill('Guatemala');
    await byTestId(prevention, 'practice-title').fill('Campaña «Migrar sin riesgos»');
    await byTestId(prevention, 'practice-presenter').fill('Delegación de Guatemala');
    await byTestId(prevention, 'practice-submit').click();
    await ana.page.getByTestId('practice-item').filter({ hasText: 'Migrar sin riesgos' }).waitFor();

    // By keyboard: the facilitator closes participants' input.
    await byTestId(fac.page, 'phase-lock-toggle').focus();
    await fac.page.keyboard.press('Space');
    await ana.page.getByTestId('inputs-lock-notice').waitFor();
    expect(await criteria(ana).getByTestId('question-contribution-input').count()).toBe(0);
    await byTestId(criteria(rap), 'question-contribution-input').fill('Relatoría: consenso sobre el enfoque de derechos');
    await byTestId(criteria(rap), 'question-contribution-submit').click();
    await byTestId(criteria(ana), 'contribution').filter({ hasText: 'consenso sobre el enfoque' }).waitFor();
    await photograph('4-questions', 'question-stream');
    await checkAccessible('4-questions');
  });

  it('5. profiles, needs and referral: a grid cell and a referral step, read on a phone', async () => {
    await bring('profiles', 'Perfiles');
    const cell = ana.page.locator('[data-testid="grid-cell"][data-profile="unaccompanied-children"][data-need="shelter"]');
    await byTestId(cell, 'grid-cell-chip').click();
    await byTestId(cell, 'grid-cell-note').fill('Albergue especializado para NNA, separado de adultos');
    await byTestId(cell, 'grid-cell-priority').selectOption('high');
    await byTestId(cell, 'grid-cell-save').click();
    await fac.page
      .locator('[data-testid="grid-cell"][data-profile="unaccompanied-children"][data-need="shelter"][data-priority="high"]')
      .waitFor();

    const route = rap.page.locator('[data-testid="referral-route"][data-profile="unaccompanied-children"]');
    await byTestId(route, 'referral-edit').click();
    await route.locator('[data-testid="referral-step-input"][data-step="detection"]').fill('Migración, Policía de Fronteras');
    await byTestId(route, 'referral-considerations-input').fill('Entrevista con personal especializado en niñez');
    await byTestId(route, 'referral-save').click();
    await ben.page.getByTestId('referral-route').filter({ hasText: 'Policía de Fronteras' }).waitFor();
    await ben.page.locator('[data-testid="profiles-grid"][data-layout="cards"]').waitFor();
    // The need the facilitator added in prepare mode is a column of the grid.
    await ana.page.getByTestId('profiles-grid').getByText('Acompañamiento psicológico').first().waitFor();
    await photograph('5-profiles', 'profile-card');
    await checkAccessible('5-profiles');
  });
});
