import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopState } from '../../shared/domain/state.js';
import { parseTemplate, type Template } from '../../shared/template/schema.js';
import { http, startServer, type TestServer, type Workshop } from '../testing/harness.js';
import { loadTemplates } from './catalog.js';

const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');
const raw: unknown = JSON.parse(fs.readFileSync(path.join(templatesDir, 'working-group.json'), 'utf8'));

function workingGroup(): Template {
  const template = loadTemplates(templatesDir).get('working-group');
  if (!template) throw new Error('working-group is not in the catalog');
  return template;
}

/** Every object in the JSON that looks like a localized text (has es, en or fr), with its path. */
function localizedTexts(value: unknown, at = '$'): Array<{ at: string; text: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('es' in record || 'en' in record || 'fr' in record) return [{ at, text: record }];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${at}.${k}`));
}

describe('working-group template in the real templates directory', () => {
  it('is listed by the catalog beside the group 4 guide', () => {
    const ids = loadTemplates(templatesDir)
      .list()
      .map((t) => t.id);
    expect(ids).toContain('crm-group4');
    expect(ids).toContain('working-group');
  });

  it('parses with no issues', () => {
    const result = parseTemplate(raw);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const t = workingGroup();
    expect(t.schemaVersion).toBe(1);
    expect(t.group).toEqual({ es: 'Grupo de trabajo', en: 'Working group', fr: 'Groupe de travail' });
  });

  it('gives every localized text in Spanish, English and French', () => {
    const texts = localizedTexts(raw);
    expect(texts.length).toBeGreaterThan(50);
    const incomplete = texts
      .filter(({ text }) => !['es', 'en', 'fr'].every((lang) => typeof text[lang] === 'string' && (text[lang] as string).trim() !== ''))
      .map(({ at }) => at);
    expect(incomplete).toEqual([]);
  });

  it('has the PESTLE, questions, working-matrix, final-matrix and plenary phases, with unique ids', () => {
    const t = workingGroup();
    const kinds = t.phases.map((p) => p.kind);
    for (const kind of ['pestle', 'questions', 'working-matrix', 'final-matrix', 'plenary'] as const) expect(kinds).toContain(kind);
    expect(kinds).not.toContain('objectives');
    expect(new Set(t.phases.map((p) => p.id)).size).toBe(t.phases.length);
    for (const p of t.phases) {
      expect(p.body.length).toBeGreaterThan(0);
      expect(p.plannedMinutes).toBeGreaterThan(0);
      expect(p.day).toBeGreaterThan(0);
    }
  });

  it('is a neutral scaffold: no objective groups, no prefills, no sources, one final matrix', () => {
    const t = workingGroup();
    expect(t.objectives.groups).toEqual([]);
    expect(t.matrices.prefills).toEqual([]);
    expect(t.sources).toEqual([]);
    expect(t.matrices.working.actionSlots).toBe(5);
    expect(t.matrices.final.actionSlots).toBe(5);
    expect(t.matrices.final.required.map((m) => m.title.es)).toEqual(['Matriz final del grupo']);
    expect(JSON.stringify(raw)).not.toMatch(/Grupo 4|Anexo I\b/);
  });

  it('has question themes with unique question ids, and the referral path from detection to assistance', () => {
    const t = workingGroup();
    expect(t.questions.themes.length).toBeGreaterThanOrEqual(2);
    const ids = t.questions.themes.flatMap((th) => th.sections.flatMap((s) => s.questions.map((q) => q.id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(t.referralSteps.map((s) => s.id)).toEqual(['detection', 'preliminary-identification', 'referral', 'assistance-protection']);
  });
});

describe('working-group template through the HTTP API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  it('GET /api/templates lists both templates', async () => {
    const res = await http<Array<{ id: string }>>(server, 'GET', '/api/templates');
    expect(res.status).toBe(200);
    expect(res.body.map((t) => t.id)).toEqual(expect.arrayContaining(['crm-group4', 'working-group']));
  });

  it('creates a workshop from it whose state carries the template and its phases', async () => {
    const created = await http<Workshop>(server, 'POST', '/api/workshops', {
      templateId: 'working-group',
      title: 'Taller regional: grupo de trabajo',
      language: 'es',
    });
    expect(created.status).toBe(201);
    const res = await http<{ seq: number; state: WorkshopState }>(server, 'GET', `/api/workshops/${created.body.id}/state`, undefined, {
      authorization: `Bearer ${created.body.facilitatorToken}`,
    });
    expect(res.status).toBe(200);
    const { state } = res.body;
    const t = workingGroup();
    expect(state.templateId).toBe('working-group');
    expect(state.template.id).toBe('working-group');
    expect(state.currentPhaseId).toBe(t.phases[0]?.id);
    expect(state.template.phases.map((p) => p.id)).toEqual(t.phases.map((p) => p.id));
    expect(state.template.phases.map((p) => p.kind)).toEqual(t.phases.map((p) => p.kind));
  });
});
