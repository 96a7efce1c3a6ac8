import { describe, expect, it } from 'vitest';
import type { AttributionMode } from '../../shared/domain/constants.js';
import { accepted, ids, runMutation, uuid, workshopState } from '../../shared/domain/fixtures.test-util.js';
import type { Actor, WorkshopState } from '../../shared/domain/state.js';
import { viewState } from '../../shared/domain/views.js';
import { reportText } from '../../shared/i18n/exports-report.js';
import type { Block, Doc } from './document.js';
import { toDocx } from './docx.js';
import { toMarkdown } from './markdown.js';
import { toPdf } from './pdf.js';
import { readPdf } from './pdf-text.test-util.js';
import { documentXml, docxTables, readXlsx, sheetRows } from './read-back.test-util.js';
import { reportDoc } from './report-doc.js';
import { toXlsx } from './xlsx.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const rap: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const ben: Actor = { role: 'participant', memberId: ids.ben };
/** Whom the export shows the state to (server/exports/catalog.ts): the facilitation, with no authorship of its own. */
const exporter: Actor = { role: 'facilitator', memberId: null };
const AT = Date.UTC(2018, 2, 15);

const FRONTIER = uuid(1);
const POROUS = uuid(2);
const SCRIPT = uuid(3);
const REFORM = uuid(4);
const FORMULA = uuid(5);
const CLUSTER = uuid(50);
/** The report's sections, in the order, as their level-1 headings say in Spanish. */
const SECTIONS = [
  'Participantes',
  'Análisis PESTLE',
  'Objetivos propuestos',
  'Preguntas orientadoras',
  'Perfiles, necesidades, rutas',
  'Matrices de trabajo',
  'Matrices finales',
];

/**
 * A group's session through real mutations: PESTLE items (one clustered, one merged into it, a
 * vote revealed unless `reveal` is false), objective comments and marks, a key point on a
 * question, a good practice, a grid cell and a referral route, Ana's working matrix and an
 * action of the final matrix. `mode`, when given, is every phase's attribution from the start.
 */
function session({ mode, reveal = true }: { mode?: AttributionMode; reveal?: boolean } = {}): WorkshopState {
  let s = workshopState();
  const run = (actor: Actor, name: string, args: unknown) => {
    s = accepted(runMutation(s, actor, name, args));
  };
  if (mode) for (const p of s.template.phases) run(fac, 'phase.setAttribution', { phaseId: p.id, mode });
  run(ana, 'pestle.add', { id: FRONTIER, category: 'political', kind: 'challenge', text: 'Controles fronterizos débiles' });
  run(ben, 'pestle.add', { id: POROUS, category: 'political', kind: 'state', text: 'Fronteras porosas' });
  run(ana, 'pestle.add', { id: REFORM, category: 'political', kind: 'advance', text: 'Reforma migratoria' });
  run(ana, 'pestle.add', { id: SCRIPT, category: 'political', kind: 'state', text: 'Corrupción <script>alert(1)</script>' });
  run(ben, 'pestle.add', { id: FORMULA, category: 'economic', kind: 'opportunity', text: "=cmd|' /C calc'!A0" });
  run(fac, 'pestle.addCluster', { id: CLUSTER, category: 'political', label: 'Fronteras' });
  run(fac, 'pestle.edit', { id: FRONTIER, clusterId: CLUSTER, impact: 4, likelihood: 3 });
  run(fac, 'pestle.merge', { id: POROUS, intoId: FRONTIER });
  run(fac, 'pestle.openVoting', { dots: 5 });
  run(ana, 'pestle.vote', { itemId: SCRIPT, dots: 3 });
  run(ben, 'pestle.vote', { itemId: FRONTIER, dots: 2 });
  if (reveal) run(fac, 'pestle.revealVotes', {});

  run(ben, 'contribution.add', { id: uuid(10), target: 'objective', targetId: 'A.a', text: 'Muy pertinente' });
  run(ana, 'objective.rate', { objectiveId: 'A.a', relevance: 3 });
  run(ben, 'objective.rate', { objectiveId: 'A.a', relevance: 2 });
  run(fac, 'objective.highlight', { objectiveId: 'A.a', highlighted: true });
  run(ana, 'contribution.add', { id: uuid(11), target: 'question', targetId: 'care.profiles.criteria', text: 'Criterios comunes' });
  run(fac, 'contribution.markKey', { id: uuid(11), key: true });
  run(rap, 'practice.add', {
    id: uuid(20),
    themeId: 'care',
    country: 'Panamá',
    title: 'Ventanilla única',
    summary: 'Atención en frontera',
    presenter: 'Ministerio',
  });

  run(ana, 'grid.setCell', { profileId: 'trafficking-victims', needId: 'shelter', note: 'Albergue temporal', priority: 'high' });
  run(ana, 'referral.setStep', { profileId: 'trafficking-victims', stepId: 'detection', institutions: 'Policía, OIM' });
  run(ana, 'referral.setConsiderations', { profileId: 'trafficking-victims', text: 'Intérprete siempre' });

  run(ana, 'matrix.set', { matrixId: 'wm-4-1', field: 'commitment', text: 'Protocolo común' });
  run(ana, 'matrix.setAction', { matrixId: 'wm-4-1', slot: 1, text: 'Capacitar' });
  run(ana, 'matrix.setAction', { matrixId: 'wm-4-1', slot: 3, comment: 'Con la niñez' });
  run(ana, 'matrix.propose', { matrixId: 'wm-4-1', id: uuid(30), text: 'Red de albergues' });
  run(ana, 'matrix.propose', { matrixId: 'wm-4-1', id: uuid(31), text: 'Línea telefónica' });

  run(rap, 'final.setText', { finalId: 'care-prevention', actionId: 'a1', field: 'text', text: 'Protocolo regional', baseRev: 0 });
  // The exporter's view, as the export does it: authors the facilitation may not know are blanked.
  return viewState(s, exporter);
}

/** The blocks under a heading, up to the next heading of its level or higher. */
function under(blocks: Block[], level: 1 | 2 | 3, text: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === level && b.text === text);
  if (start < 0) throw new Error(`no heading ${level} "${text}"`);
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : []));
const level1 = (doc: Doc) => doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));

describe('group session report', () => {
  const doc = reportDoc(session(), 'es', AT);

  it('opens each section with its only level-1 heading, in the issue’s order, under the title and dates', () => {
    expect(doc.title).toBe('Informe de la sesión de grupo');
    expect(doc.subtitle).toEqual([
      'Taller',
      'Grupo: Grupo 4: Prevención, Soluciones migratorias y Atención',
      'Fecha del taller: 1 de enero de 1970',
      'Generado por Mesa el 15 de marzo de 2018',
    ]);
    expect(level1(doc)).toEqual(SECTIONS);
  });

  it('lists the participants by name when a phase signs by name', () => {
    const section = under(doc.blocks, 1, 'Participantes');
    expect(texts(section)).toContain('Personas: 4');
    const [roster] = tables(section);
    expect(roster?.header).toEqual(['Nombre', 'Institución', 'País u organización', 'Sector', 'Rol']);
    expect(roster?.rows[0]).toEqual(['Facilitación', 'X', 'Costa Rica', 'Autoridad migratoria', 'Facilitación']);
    expect(roster?.rows[2]).toEqual(['Ana', 'X', 'Costa Rica', 'Autoridad migratoria', 'Participante']);
  });

  it('puts each PESTLE item in its category, by cluster, with revealed dots and merged duplicates kept', () => {
    const political = under(doc.blocks, 2, 'Político');
    const [clustered] = tables(under(political, 3, 'Fronteras'));
    expect(clustered?.header).toEqual(['Aporte', 'Tipo', 'Impacto', 'Probabilidad', 'Puntos', 'Autoría']);
    expect(clustered?.rows).toEqual([
      ['Controles fronterizos débiles\n+ Fronteras porosas (Ben (Costa Rica))', 'Desafío', '4', '3', '2', 'Ana (Costa Rica)'],
    ]);
    // Unclustered items follow, the most voted first.
    const [loose] = tables(under(political, 3, 'Sin grupo'));
    expect(loose?.rows.map((r) => [r[0], r[4]])).toEqual([
      ['Corrupción <script>alert(1)</script>', '3'],
      ['Reforma migratoria', '0'],
    ]);
    expect(tables(under(doc.blocks, 2, 'Económico'))[0]?.rows[0]?.[0]).toBe("=cmd|' /C calc'!A0");
    expect(under(doc.blocks, 2, 'Social')).toEqual([{ kind: 'paragraph', text: 'Sin aportes en esta categoría.', muted: true }]);
  });

  it('leaves the dots out until the vote is revealed: a view holds only the exporter’s own ballot', () => {
    const hidden = reportDoc(session({ reveal: false }), 'es', AT);
    const [table] = tables(under(hidden.blocks, 2, 'Económico'));
    expect(table?.header).toEqual(['Aporte', 'Tipo', 'Impacto', 'Probabilidad', 'Autoría']);
    expect(texts(under(hidden.blocks, 1, 'Análisis PESTLE'))).not.toContain(reportText.es.sortedByDots);
  });

  it('gives the objectives’ marks and comments and the questions’ notes, signed, key points marked, with the good practices', () => {
    const objective = under(doc.blocks, 1, 'Objetivos propuestos');
    const aa = texts(
      under(
        under(objective, 2, 'Grupo A: Soluciones para las personas objeto de tráfico y que no son víctimas de ningún crimen.'),
        3,
        'Objetivo a)',
      ),
    );
    expect(aa.slice(0, 4)).toEqual([
      expect.stringMatching(/^Establecer acuerdos regionales/),
      'Relevancia para la región: alta 1 · media 1 · baja 0',
      'La sala retoma este objetivo',
      'Muy pertinente — Ben (Costa Rica)',
    ]);
    const care = under(doc.blocks, 2, 'A. Atención');
    const question = care.findIndex((b) => b.kind === 'heading' && b.level === 3);
    expect(care[question + 1]).toEqual({ kind: 'list', items: ['Punto clave: Criterios comunes — Ana (Costa Rica)'] });
    expect(care[question + 3]).toEqual({ kind: 'paragraph', text: 'Sin aportes.', muted: true });
    const [practices] = tables(under(care, 3, 'Buenas prácticas presentadas'));
    expect(practices?.rows).toEqual([['Panamá', 'Ventanilla única', 'Atención en frontera', 'Ministerio']]);
  });

  it('gives the profiles × needs grid with priorities and each referral route', () => {
    const section = under(doc.blocks, 1, 'Perfiles, necesidades, rutas');
    const [grid] = tables(under(section, 2, 'Necesidades por perfil'));
    const shelter = grid?.header.indexOf('Albergue') ?? -1;
    expect(grid?.rows[0]?.[0]).toBe('Víctimas de trata de personas');
    expect(grid?.rows[0]?.[shelter]).toBe('Albergue temporal (Alta)');
    const route = under(section, 2, 'Ruta de referencia: Víctimas de trata de personas');
    expect(tables(route)[0]?.rows[0]).toEqual(['1. Detección', 'Policía, OIM']);
    expect(texts(route)).toEqual(['Consideraciones especiales: Intérprete siempre']);
    expect(texts(under(section, 2, 'Ruta de referencia: Personas mayores'))).toEqual(['Sin ruta registrada.']);
  });

  it('summarises each working matrix per participant who wrote in it, and ends with the final matrices', () => {
    const working = under(doc.blocks, 1, 'Matrices de trabajo');
    const heading41 = working.find((b) => b.kind === 'heading' && b.text.startsWith('Matriz 4.1: '));
    expect(heading41).toBeDefined();
    const [m41] = tables(working);
    expect(m41?.rows).toEqual([['Ana (Costa Rica)', 'Protocolo común', '2 / 5', 'Red de albergues\nLínea telefónica', '']]);
    expect(texts(working)).toEqual([reportText.es.workingIntro, 'Ningún participante escribió en esta matriz.']);
    const finals = under(doc.blocks, 1, 'Matrices finales');
    const care = under(finals, 2, 'Atención y Prevención');
    expect(tables(care)[0]?.rows).toContainEqual(['Acción 1', 'Protocolo regional']);
    expect(care.some((b) => b.kind === 'heading' && b.level === 3 && b.text === 'Esquema de las acciones')).toBe(true);
  });

  it('never names an author the attribution withholds: not in the PESTLE, the notes or the list of participants', () => {
    const anonymous = reportDoc(session({ mode: 'anonymous' }), 'es', AT);
    const [clustered] = tables(under(anonymous.blocks, 3, 'Fronteras'));
    expect(clustered?.rows[0]?.[0]).toBe('Controles fronterizos débiles\n+ Fronteras porosas (anónimo)');
    expect(clustered?.rows[0]?.[5]).toBe('anónimo');
    const participants = under(anonymous.blocks, 1, 'Participantes');
    expect(texts(participants)).toContain(reportText.es.namesWithheld);
    expect(tables(participants)[0]?.rows).toEqual([['X', 'Costa Rica', '4']]);
    expect(toMarkdown(anonymous)).not.toMatch(/\bAna\b|\bBen\b/);
  });

  it('signs by institution and country under that attribution', () => {
    const byInstitution = reportDoc(session({ mode: 'institution' }), 'es', AT);
    expect(tables(under(byInstitution.blocks, 3, 'Fronteras'))[0]?.rows[0]?.[5]).toBe('X, Costa Rica');
    expect(tables(under(byInstitution.blocks, 1, 'Participantes'))[0]?.header).toEqual([
      'Institución',
      'País u organización',
      'Número de participantes',
    ]);
  });

  it('renders to Markdown with accents kept and typed markup escaped, and to Excel a sheet per section, formulas inert', async () => {
    const md = toMarkdown(doc);
    expect(md).toContain('# Informe de la sesión de grupo');
    expect(md).toContain('## Análisis PESTLE');
    expect(md).toContain('### Tecnológico');
    expect(md).toContain('Corrupción &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).not.toContain('<script>');
    const book = await readXlsx(await toXlsx(doc));
    // A sheet per section, named as its heading, then the PESTLE as one table to sort and filter.
    expect(book.worksheets.map((w) => w.name)).toEqual([...SECTIONS, 'PESTLE (tabla)']);
    const data = book.getWorksheet('PESTLE (tabla)');
    const dataRows = sheetRows(data);
    expect(dataRows[0]).toEqual(['Categoría', 'Grupo', 'Aporte', 'Tipo', 'Impacto', 'Probabilidad', 'Puntos', 'Autoría']);
    const frontier = dataRows.find((r) => r[2]?.startsWith('Controles fronterizos débiles'));
    expect(frontier?.slice(0, 2)).toEqual(['Político', 'Fronteras']);
    // Ratings and dots are numbers there, to sort; the header is frozen and filters.
    expect(data?.getRow(dataRows.indexOf(frontier ?? []) + 1).getCell(5).value).toBe(4);
    expect(data?.autoFilter).toBeDefined();
    const cells: string[] = [];
    book.getWorksheet('Análisis PESTLE')?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain("'=cmd|' /C calc'!A0");
  });

  it('renders to Word with the PESTLE as a real table, and to a PDF whose text reads back', async () => {
    const xml = documentXml(await toDocx(doc));
    const pestle = docxTables(xml).find((t) => t[0]?.[0] === 'Aporte');
    expect(pestle?.[1]?.[0]).toBe('Controles fronterizos débiles\n+ Fronteras porosas (Ben (Costa Rica))');
    expect(xml).toContain('Corrupción &lt;script&gt;alert(1)&lt;/script&gt;');
    const text = (await readPdf(await toPdf(doc)))
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const expected of [
      'Informe de la sesión de grupo',
      'Análisis PESTLE',
      'Controles fronterizos débiles',
      'Albergue temporal (Alta)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Corrupción <script>alert(1)</script>');
  });

  it('labels the report in the chosen language; what people wrote stays as written', () => {
    const en = reportDoc(session(), 'en', AT);
    const fr = reportDoc(session(), 'fr', AT);
    expect([doc.title, en.title, fr.title]).toEqual([
      'Informe de la sesión de grupo',
      'Group session report',
      'Rapport de la session de groupe',
    ]);
    expect(level1(en)[1]).toBe('PESTLE analysis');
    expect(level1(fr)[1]).toBe('Analyse PESTLE');
    expect(tables(under(en.blocks, 2, 'Political'))[0]?.rows[0]?.[1]).toBe('Challenge');
    expect(tables(under(fr.blocks, 2, 'Politique'))[0]?.rows[0]?.[0]).toContain('Controles fronterizos débiles');
  });

  it('has the same keys and placeholders in its three catalogues, and no empty text', () => {
    const shape = (lang: keyof typeof reportText) =>
      Object.entries(reportText[lang])
        .map(([key, text]) => `${key}:${[...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).join(',')}`)
        .sort();
    expect(shape('es').length).toBeGreaterThan(0);
    expect(shape('en')).toEqual(shape('es'));
    expect(shape('fr')).toEqual(shape('es'));
    for (const lang of ['es', 'en', 'fr'] as const) expect(Object.values(reportText[lang]).filter((t) => t.trim() === '')).toEqual([]);
  });
});
