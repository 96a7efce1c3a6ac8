import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../server/testing/harness.js';
import { expectAccessible } from './axe.js';
import { readPdf } from '../server/exports/pdf-text.test-util.js';
import { artifact, DESKTOP, launchBrowser, PHONE, PROJECTOR } from './browser.js';
import { JoinPage } from './pages/join-page.js';
import { WorkshopPage } from './pages/workshop-page.js';

/**
 * Day 2 and the closing plenary of a workshop with two groups, in Chromium: the organiser
 * creates the workshop and its groups, three participants per group choose their group and
 * fill their working matrices, each group's facilitator consolidates them into the final
 * matrix (a concurrent edit with the rapporteur is kept and settled) and sends it to the
 * plenary, where the plenary facilitator steps through the groups, a participant comments from
 * a phone, actions are adopted or deferred, and the draft Work Plan shows the result.
 */
const webDir = path.resolve(import.meta.dirname, '..', 'web', 'dist');
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run "npx vite build" first (npm test does)');
  server = await startServer({ webDir, joinsPerMinute: 1000 });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function open(viewport: typeof DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'es-ES' });
  contexts.push(context);
  return context.newPage();
}

const local = (link: string) => link.replace(/^http:\/\/[^/]+/, server.url);

interface GroupSpec {
  name: string;
  templateId: string;
  /** The working matrix that feeds the final matrix the facilitator consolidates. */
  working: string;
  final: string;
  people: Array<{ name: string; institution: string; country: string; sector: string; phone?: boolean }>;
}

const GROUPS: GroupSpec[] = [
  {
    name: 'Grupo 4 — Protección',
    templateId: 'crm-group4',
    working: 'wm-4-1',
    final: 'care-prevention',
    people: [
      { name: 'Lucía Pérez', institution: 'Servicio Nacional de Migración', country: 'Panamá', sector: 'migration', phone: true },
      { name: 'Carlos Rojas', institution: 'Cancillería', country: 'Costa Rica', sector: 'foreign_affairs' },
      { name: 'Ana Gómez', institution: 'Coalición Regional', country: 'Guatemala', sector: 'regional_coalition' },
    ],
  },
  {
    name: 'Grupo 1 — Inteligencia e investigación',
    templateId: 'working-group',
    working: 'group-final',
    final: 'group-final',
    people: [
      { name: 'Marie Tremblay', institution: 'IRCC', country: 'Canadá', sector: 'migration' },
      { name: 'John Smith', institution: 'Immigration Department', country: 'Belice', sector: 'police' },
      { name: 'Rosa Díaz', institution: 'Instituto Nacional de Migración', country: 'México', sector: 'migration' },
    ],
  },
];

/** The organiser adds a group in the plenary and keeps its one-time links. */
async function addGroup(org: Page, spec: GroupSpec) {
  await org.getByTestId('plenary-tab-groups').click();
  await org.getByTestId('group-add-name').fill(spec.name);
  await org.getByTestId('group-add-template').selectOption(spec.templateId);
  await org.getByTestId('group-add-submit').click();
  const links = org.getByTestId('group-links');
  await links.waitFor();
  const read = (id: string) => links.getByTestId(id).inputValue();
  const group = {
    facilitator: await read('group-link-facilitator'),
    rapporteur: await read('group-link-rapporteur'),
    code: await read('group-link-code'),
  };
  await links.getByRole('button').last().click();
  return group;
}

/** A participant joins the workshop with its code, choosing their group; lands in the group's room. */
async function join(plenaryCode: string, groupCode: string, person: GroupSpec['people'][number]) {
  const page = await open(person.phone ? PHONE : DESKTOP);
  const joinPage = new JoinPage(page);
  await joinPage.open(server.url, plenaryCode);
  await page.locator(`[data-testid="join-group"][value="${groupCode}"]`).check();
  if (person.phone) await page.screenshot({ path: artifact('plenary-join-group-phone.png'), fullPage: true });
  await joinPage.join(person);
  const member = new WorkshopPage(page);
  await member.waitOnline();
  return member;
}

async function fillWorkingMatrix(member: WorkshopPage, matrixId: string, commitment: string, comment: string) {
  // The room follows the facilitator to the working matrices; the participant's own editor appears.
  const matrix = member.page.locator(`[data-testid="working-matrix-editor"][data-matrix="${matrixId}"]`);
  await matrix.waitFor();
  await matrix.getByTestId('wm-commitment').fill(commitment);
  await matrix.locator('[data-testid="wm-action-comment"][data-slot="1"]').fill(comment);
  await matrix.getByTestId('wm-commitment').click();
  await matrix.locator('[data-testid="wm-save-status"][data-state="saved"]').waitFor();
}

/** Takes one participant's text of a consolidation row into the final matrix. */
async function promote(page: Page, finalId: string, row: string, person: string, part: string, target: string) {
  const card = page
    .locator(`[data-testid="consolidation"][data-final="${finalId}"] [data-testid="consolidation-row"][data-row="${row}"]`)
    .getByTestId('consolidation-card')
    .filter({ hasText: person });
  const piece = card.locator(`[data-testid="consolidation-part"][data-part="${part}"]`);
  if (target !== 'default') await piece.getByTestId('consolidation-target').selectOption(target);
  await piece.getByTestId('consolidation-promote').click();
  await piece.getByTestId('consolidation-taken').first().waitFor();
}

describe('two groups, consolidation and the plenary in Chromium', () => {
  it('two groups of three fill working matrices, their facilitators consolidate, the plenary adopts', { timeout: 300_000 }, async () => {
    // The organiser creates a workshop with groups and adds the two groups.
    const org = await open(DESKTOP);
    await org.goto(`${server.url}/`);
    await org.getByTestId('create-kind-plenary').check();
    await org.getByTestId('create-title').fill('Taller Regional — Plan de Trabajo sobre Tráfico Ilícito de Migrantes');
    await org.screenshot({ path: artifact('plenary-create-desktop.png') });
    await org.getByTestId('create-submit').click();
    await org.getByTestId('plenary-workspace').waitFor();
    // "Código para unirse: 4F5D9F": the code is the last word.
    const plenaryCode = ((await org.getByTestId('header-join-code').first().textContent()) ?? '').trim().split(/\s+/).at(-1) ?? '';
    const links = [];
    for (const spec of GROUPS) links.push(await addGroup(org, spec));
    await expect.poll(() => org.getByTestId('group-row').count()).toBe(2);
    await org.screenshot({ path: artifact('plenary-groups-desktop.png') });

    const results: Array<{ fac: WorkshopPage; members: WorkshopPage[] }> = [];
    for (const [g, spec] of GROUPS.entries()) {
      const link = links[g] as (typeof links)[number];
      const fac = new WorkshopPage(await open(DESKTOP));
      await fac.page.goto(local(link.facilitator));
      await fac.waitOnline();
      const members: WorkshopPage[] = [];
      for (const person of spec.people) members.push(await join(plenaryCode, link.code, person));
      if (g === 0) {
        // The guide: the final matrix is shown first, so everyone knows the expected result.
        await fac.openPhase('final-matrix');
        await fac.page.getByTestId('final-show-toggle').click();
        const phone = (members[0] as WorkshopPage).page;
        await phone.getByTestId('expected-result').waitFor();
        await phone.screenshot({ path: artifact('plenary-expected-result-phone.png') });
        await fac.page.getByTestId('final-show-toggle').click();
        await expect.poll(() => phone.getByTestId('expected-result').count()).toBe(0);
      }
      await fac.openPhase('working-matrix');
      await fac.page.getByTestId('move-room-here').click();
      for (const [i, member] of members.entries()) {
        await fillWorkingMatrix(
          member,
          spec.working,
          `Compromiso ${i + 1} de ${spec.people[i]?.name}`,
          `Acción sugerida por ${spec.people[i]?.name}`,
        );
      }
      results.push({ fac, members });
    }

    // Group 4's facilitator consolidates: filters by country, takes a commitment and a comment (as a new action).
    const [g4, g1] = results as [(typeof results)[number], (typeof results)[number]];
    await (g4.members[0] as WorkshopPage).page.screenshot({ path: artifact('plenary-working-matrix-phone.png') });
    await g4.fac.openPhase('final-matrix');
    const consolidation = g4.fac.page.locator('[data-testid="consolidation"][data-final="care-prevention"]');
    await consolidation.getByTestId('consolidation-country').selectOption({ label: 'Panamá' });
    await expect.poll(() => consolidation.getByTestId('consolidation-card').filter({ hasText: 'Carlos Rojas' }).count()).toBe(0);
    await promote(g4.fac.page, 'care-prevention', 'commitment', 'Lucía Pérez', 'commitment', 'commitment:replace');
    await consolidation.getByTestId('consolidation-country').selectOption('');
    await promote(g4.fac.page, 'care-prevention', 'action-1', 'Carlos Rojas', 'comment', 'new');
    const editor = g4.fac.page.locator('[data-testid="final-editor"][data-final="care-prevention"]');
    await expect.poll(() => editor.getByTestId('final-commitment').inputValue()).toBe('Compromiso 1 de Lucía Pérez');
    const added = editor
      .getByTestId('final-action')
      .filter({ has: g4.fac.page.locator('textarea', { hasText: 'Acción sugerida por Carlos Rojas' }) });
    await expect.poll(() => editor.locator('[data-testid="final-action"][data-candidate="true"]').count()).toBe(1);
    await expect.poll(() => added.count()).toBe(1);
    // The new action's provenance names who it came from.
    await added.getByTestId('final-sources').locator('summary').click();
    await added.getByTestId('final-source').filter({ hasText: 'Carlos Rojas' }).waitFor();
    // …and what it answers: a vulnerability profile of the guide.
    await added.getByTestId('final-link-kind').selectOption('profile');
    await added.getByTestId('final-link-target').selectOption('unaccompanied-children');
    await added.getByTestId('final-link-add').click();
    await added.locator('[data-testid="final-link"][data-kind="profile"][data-id="unaccompanied-children"]').waitFor();
    // Its scheme: regional, short term, who is in charge.
    await added.getByTestId('final-scheme').locator('summary').click();
    await added.getByTestId('final-scope-regional').check();
    await added.getByTestId('final-timeframe').selectOption('short');
    await added.getByTestId('final-institutions').fill('Autoridades migratorias y cancillerías');
    await added.getByTestId('final-institutions').blur();
    await g4.fac.page.screenshot({ path: artifact('plenary-consolidation-desktop.png'), fullPage: false });
    await expectAccessible(g4.fac.page, 'consolidation');

    // The facilitator and the rapporteur type in the same cell at once: both versions are kept until one is chosen.
    const rap = new WorkshopPage(await open(DESKTOP));
    await rap.page.goto(local((links[0] as (typeof links)[number]).rapporteur));
    await rap.waitOnline();
    await rap.openPhase('final-matrix');
    const cell = (p: Page) =>
      p.locator(
        '[data-testid="final-editor"][data-final="care-prevention"] [data-testid="final-action"][data-action="a2"] [data-testid="final-action-text"]',
      );
    await cell(rap.page).focus();
    await cell(g4.fac.page).fill('Capacitación conjunta de funcionarios de frontera');
    await cell(g4.fac.page).blur();
    await expect.poll(() => cell(rap.page).inputValue()).toBe('');
    await cell(rap.page).fill('Formación regional en identificación de perfiles');
    await cell(rap.page).blur();
    const conflict = g4.fac.page.locator('[data-testid="final-action"][data-action="a2"] [data-testid="final-conflict"]');
    await conflict.waitFor();
    // Both versions are on screen, nothing lost.
    const shown = (await conflict.textContent()) ?? '';
    expect(shown).toContain('Capacitación conjunta de funcionarios de frontera');
    expect(shown).toContain('Formación regional en identificación de perfiles');
    await conflict.screenshot({ path: artifact('plenary-conflict.png') });
    await conflict.locator('[data-testid="final-conflict-keep"]:not([data-author="current"])').click();
    await expect.poll(() => cell(rap.page).inputValue()).toBe('Formación regional en identificación de perfiles');
    await expect.poll(() => conflict.count()).toBe(0);

    // A participant sees the group's final matrix being built, on her phone.
    const lucia = g4.members[0] as WorkshopPage;
    await lucia.openPhase('final-matrix');
    await lucia.page
      .locator('[data-testid="final-read"][data-final="care-prevention"]')
      .getByText('Formación regional en identificación de perfiles')
      .waitFor();
    await lucia.page.screenshot({ path: artifact('plenary-final-read-phone.png') });

    // More actions than fit: the room votes on them with dots, hidden until the facilitator reveals the totals.
    await editor.getByTestId('final-vote-dots').fill('2');
    await editor.getByTestId('final-vote-open').click();
    const candidateOnPhone = lucia.page.locator(
      '[data-testid="final-read"][data-final="care-prevention"] [data-testid="final-action"][data-candidate="true"]',
    );
    await candidateOnPhone.getByTestId('final-vote-plus').click();
    await candidateOnPhone.locator('[data-testid="final-vote-mine"][data-dots="1"]').waitFor();
    await candidateOnPhone.getByTestId('final-vote-plus').click();
    await lucia.page
      .locator('[data-testid="final-read"][data-final="care-prevention"] [data-testid="final-vote-left"][data-left="0"]')
      .waitFor();
    await lucia.page.screenshot({ path: artifact('plenary-final-vote-phone.png') });
    await editor.getByTestId('final-vote-reveal').click();
    await editor.locator('[data-testid="final-action"][data-candidate="true"] [data-testid="final-vote-total"][data-votes="2"]').waitFor();

    // Group 1 consolidates with the defaults: its first participant's action comment becomes a new action.
    await g1.fac.openPhase('final-matrix');
    await promote(g1.fac.page, 'group-final', 'action-1', 'Marie Tremblay', 'comment', 'new');

    // Both groups send their final matrices to the plenary.
    for (const { fac } of results) {
      await fac.openPhase('plenary');
      await fac.page.getByTestId('send-to-plenary').click();
      await fac.page.getByTestId('sent-to-plenary').filter({ hasText: '1' }).waitFor();
    }

    // The plenary: the organiser steps through the groups and decides on each action.
    await org.getByTestId('plenary-tab-presentations').click();
    await expect.poll(() => org.getByTestId('plenary-group').count()).toBe(2);
    await org.getByTestId('plenary-next').click();
    const presenting = org.locator('[data-testid="plenary-group"][aria-current="true"]');
    await presenting.filter({ hasText: 'Grupo 4' }).waitFor();
    const actions = presenting.getByTestId('plenary-action');
    await actions.filter({ hasText: 'Formación regional' }).getByTestId('plenary-adoption').selectOption('adopted');
    await actions
      .filter({ hasText: 'Acción sugerida por Carlos Rojas' })
      .getByTestId('plenary-adoption')
      .selectOption('adopted_with_changes');
    await org.getByTestId('plenary-next').click();
    await org.locator('[data-testid="plenary-group"][aria-current="true"]').filter({ hasText: 'Grupo 1' }).waitFor();
    await org
      .locator('[data-testid="plenary-group"][aria-current="true"]')
      .getByTestId('plenary-action')
      .first()
      .getByTestId('plenary-adoption')
      .selectOption('deferred');

    // Lucía opens the plenary from her group and comments on an action from her phone.
    await lucia.openPhase('plenary');
    await lucia.page.getByTestId('open-plenary').click();
    await lucia.page.getByTestId('plenary-workspace').waitFor();
    const tab = lucia.page.getByTestId('plenary-tab-presentations');
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    const onPhone = lucia.page.locator('[data-testid="plenary-action"]').filter({ hasText: 'Formación regional' });
    await onPhone.locator('[data-testid="plenary-adoption-badge"][data-status="adopted"]').waitFor();
    await onPhone.getByTestId('plenary-comment-text').fill('Incluir a la niñez no acompañada');
    await onPhone.getByTestId('plenary-comment-add').click();
    await org.getByTestId('plenary-comment').filter({ hasText: 'Incluir a la niñez no acompañada' }).waitFor();
    // Group 4's facilitator, whose link was made for the group, takes a seat in the plenary from the group's page.
    await g4.fac.page.getByTestId('open-plenary').click();
    await g4.fac.page.getByTestId('plenary-workspace').waitFor();
    await g4.fac.page.getByTestId('plenary-tab-presentations').click();
    await g4.fac.page.getByTestId('plenary-comment').filter({ hasText: 'Incluir a la niñez no acompañada' }).waitFor();
    await lucia.page.screenshot({ path: artifact('plenary-presentations-phone.png') });
    await expectAccessible(lucia.page, 'plenary-phone');
    await org.screenshot({ path: artifact('plenary-presentations-desktop.png') });
    await expectAccessible(org, 'plenary-presentations');

    // The draft Work Plan: every group's actions with their status.
    await org.getByTestId('plenary-tab-workplan').click();
    const plan = org.getByTestId('workplan');
    await plan.waitFor();
    expect(await plan.locator('[data-testid="workplan-action"][data-status="adopted"]').count()).toBe(1);
    expect(await plan.locator('[data-testid="workplan-action"][data-status="adopted_with_changes"]').count()).toBe(1);
    expect(await plan.locator('[data-testid="workplan-action"][data-status="deferred"]').count()).toBe(1);
    await org.screenshot({ path: artifact('plenary-workplan-desktop.png'), fullPage: true });

    // The documents, the moment the session ends: the Work Plan with English headings, the group's final matrices.
    const downloaded = async (page: Page, file: string, lang: string) => {
      const menu = page.getByTestId('documents-menu');
      if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
      await menu.getByTestId('documents-lang').selectOption(lang);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.locator(`[data-testid="documents-download"][data-file="${file}"]`).click(),
      ]);
      return fs.readFileSync((await download.path()) ?? '', 'utf8');
    };
    const planMd = await downloaded(org, 'workplan.md', 'en');
    expect(planMd).toContain('# Draft regional Work Plan');
    expect(planMd).toContain('Formación regional en identificación de perfiles');
    expect(planMd).toContain('Adopted with changes');
    await org.getByTestId('documents-menu').screenshot({ path: artifact('plenary-documents-menu.png') });
    const matricesMd = await downloaded(rap.page, 'final-matrices.md', 'es');
    expect(matricesMd).toContain('| Compromiso o alcance | Compromiso 1 de Lucía Pérez |');
    // The group's session report as PDF, read back as a reader would; the menu on a phone too.
    const groupMenu = rap.page.getByTestId('documents-menu');
    const [reportDownload] = await Promise.all([
      rap.page.waitForEvent('download'),
      groupMenu.locator('[data-testid="documents-download"][data-file="report.pdf"]').click(),
    ]);
    const reportText = (await readPdf(fs.readFileSync((await reportDownload.path()) ?? '')))
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(reportText).toContain('Informe de la sesión de grupo');
    expect(reportText).toContain('Compromiso 1 de Lucía Pérez');
    await groupMenu.screenshot({ path: artifact('group-documents-menu.png') });
    await rap.page.setViewportSize({ width: 360, height: 780 });
    await groupMenu.screenshot({ path: artifact('group-documents-menu-phone.png') });

    // The Work Plan on a participant's phone.
    await lucia.page.getByTestId('plenary-tab-workplan').click();
    await lucia.page.getByTestId('workplan').waitFor();
    await lucia.page.screenshot({ path: artifact('plenary-workplan-phone.png'), fullPage: true });

    // The plenary's projector (the organiser's own seat projects): the presenting group, large.
    const projector = await org.context().newPage();
    await projector.setViewportSize(PROJECTOR);
    await projector.goto(`${new URL(org.url()).origin}${new URL(org.url()).pathname}/projector`);
    await org.getByTestId('plenary-tab-presentations').click();
    await projector.getByTestId('projector-plenary').waitFor();
    await projector.screenshot({ path: artifact('plenary-projector.png') });
  });
});
