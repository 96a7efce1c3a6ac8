import { describe, expect, it } from 'vitest';
import group4 from '../../templates/crm-group4.json';
import { localize, parseTemplate, type Template } from './schema';

/** A deep, untyped copy of the group 4 template for building broken variants. */
function copy() {
  return JSON.parse(JSON.stringify(group4));
}

function parsed(): Template {
  const result = parseTemplate(group4);
  if (!result.ok) throw new Error(`group 4 template does not parse:\n${result.errors.join('\n')}`);
  return result.template;
}

function errorsOf(data: unknown): string[] {
  const result = parseTemplate(data);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('crm-group4 template', () => {
  it('parses with parseTemplate', () => {
    const result = parseTemplate(group4);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    const t = parsed();
    expect(t.id).toBe('crm-group4');
    expect(t.schemaVersion).toBe(1);
    expect(t.group.es).toBe('Grupo 4: Prevención, Soluciones migratorias y Atención');
    expect(t.introduction.specificObjectives).toHaveLength(5);
  });

  it("has the eight phases in order (the guide's seven and the profiles worksheet)", () => {
    const t = parsed();
    expect(t.phases.map((p) => p.id)).toEqual([
      'preliminary',
      'pestle',
      'objectives',
      'questions',
      'profiles',
      'working-matrix',
      'final-matrix',
      'plenary',
    ]);
    expect(t.phases.map((p) => p.kind)).toEqual(t.phases.map((p) => p.id));
    expect(t.phases.map((p) => p.day)).toEqual([1, 1, 1, 1, 1, 2, 2, 2]);
    for (const p of t.phases) expect(p.body.length).toBeGreaterThan(0);
  });

  it('has objectives A.a, A.b, B.a–B.e, each citing known sources', () => {
    const t = parsed();
    expect(t.objectives.groups.map((g) => g.id)).toEqual(['A', 'B']);
    const objectives = t.objectives.groups.flatMap((g) => g.objectives);
    expect(objectives.map((o) => o.id)).toEqual(['A.a', 'A.b', 'B.a', 'B.b', 'B.c', 'B.d', 'B.e']);
    const sourceIds = new Set(t.sources.map((s) => s.id));
    for (const id of ['gcm-zero-draft', 'iom-recommendations', 'crm-guidelines-2013']) expect(sourceIds.has(id)).toBe(true);
    for (const o of objectives) {
      expect(o.sourceIds.length).toBeGreaterThan(0);
      for (const s of o.sourceIds) expect(sourceIds.has(s)).toBe(true);
    }
  });

  it('has the four question themes with unique question ids', () => {
    const t = parsed();
    expect(t.questions.themes.map((th) => th.id)).toEqual(['care', 'solutions', 'prevention', 'reflection']);
    expect(t.questions.themes.map((th) => th.label)).toEqual(['A', 'B', 'C', 'D']);
    const ids = t.questions.themes.flatMap((th) => th.sections.flatMap((s) => s.questions.map((q) => q.id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('care.profiles.criteria');
    const care = t.questions.themes.find((th) => th.id === 'care');
    expect(care?.sections[0]?.id).toBe('care.profiles');
    expect(care?.sections[0]?.questions).toHaveLength(3);
  });

  it('carries the Annex I prefills', () => {
    const t = parsed();
    expect(t.matrices.prefills.map((p) => p.number)).toEqual(['4.1', '4.2']);
    const [m1, m2] = t.matrices.prefills;
    expect(m1?.actions).toHaveLength(5);
    expect(m1?.actions.every((a) => a.text !== undefined)).toBe(true);
    expect(m1?.actions[0]?.commentHints.map((h) => h.es)).toEqual([
      'Campañas publicitarias, de sensibilización',
      'Cooperación interinstitucional entre los diferentes ministerios',
    ]);
    expect(m2?.actions).toHaveLength(5);
    expect(m2?.actions.filter((a) => a.text !== undefined)).toHaveLength(3);
    expect(m2?.actions.slice(3)).toEqual([{ commentHints: [] }, { commentHints: [] }]);
    expect(t.matrices.final.required.map((r) => r.id)).toEqual(['care-prevention', 'migration-solutions']);
  });
});

describe('template validation errors name the field path', () => {
  it('reports a missing es', () => {
    const broken = copy();
    delete broken.title.es;
    const errors = errorsOf(broken);
    expect(errors.some((e) => e.startsWith('title.es'))).toBe(true);
  });

  it('reports a missing es deep in the tree', () => {
    const broken = copy();
    delete broken.questions.themes[0].sections[0].questions[1].text.es;
    const errors = errorsOf(broken);
    expect(errors.some((e) => e.startsWith('questions.themes.0.sections.0.questions.1.text.es'))).toBe(true);
  });

  it('reports an unknown source id', () => {
    const broken = copy();
    broken.objectives.groups[0].objectives[0].sourceIds[0] = 'no-such-source';
    const errors = errorsOf(broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.startsWith('objectives.groups.0.objectives.0.sourceIds.0')).toBe(true);
    expect(errors[0]).toContain('no-such-source');
  });

  it('reports a duplicate phase id', () => {
    const broken = copy();
    broken.phases[1].id = 'preliminary';
    const errors = errorsOf(broken);
    expect(errors.some((e) => e.startsWith('phases.1.id'))).toBe(true);
  });

  it('reports an extra key', () => {
    const broken = copy();
    broken.phases[0].colour = 'red';
    const errors = errorsOf(broken);
    expect(errors.some((e) => e.startsWith('phases.0') && e.includes('colour'))).toBe(true);
  });

  it('reports a bad phase kind', () => {
    const broken = copy();
    broken.phases[2].kind = 'brainstorm';
    const errors = errorsOf(broken);
    expect(errors.some((e) => e.startsWith('phases.2.kind'))).toBe(true);
  });
});

describe('localize', () => {
  it('falls back to Spanish when French is missing', () => {
    expect(localize({ es: 'Hola', en: 'Hello' }, 'fr')).toBe('Hola');
    expect(localize({ es: 'Hola', en: 'Hello', fr: 'Bonjour' }, 'fr')).toBe('Bonjour');
    expect(localize({ es: 'Hola', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize({ es: 'Hola', en: 'Hello' }, 'es')).toBe('Hola');
    expect(localize(undefined, 'fr')).toBe('');
  });

  it('uses the template French where given and Spanish otherwise', () => {
    const t = parsed();
    expect(localize(t.group, 'fr')).toBe('Groupe 4 : Prévention, solutions migratoires et assistance');
    const firstObjective = t.objectives.groups[0]?.objectives[0];
    expect(firstObjective?.text.fr).toBeUndefined();
    expect(localize(firstObjective?.text, 'fr')).toBe(firstObjective?.text.es);
  });
});
