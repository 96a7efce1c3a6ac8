import { groupWithFinal } from './final-fixture.test-util.js';
import { describe, expect, it } from 'vitest';
import { accepted, ids, PLENARY_GROUP, plenaryState, runMutation, uuid } from '../../shared/domain/fixtures.test-util.js';
import type { Actor } from '../../shared/domain/state.js';
import { toDocx } from './docx.js';
import { documentXml, docxTables as tables } from './read-back.test-util.js';
import { finalMatricesDoc } from './final-matrices-doc.js';
import { workplanDoc } from './workplan-doc.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const F = 'care-prevention';

describe('Word documents', () => {
  it('hold a group’s final matrices as the guide’s tables, typed text as text, in landscape', async () => {
    const s = groupWithFinal({
      commitment: 'Atención ñ ¿integral?\nen frontera',
      action: '=1+1 <w:t>Protocolo</w:t>',
      scheme: { scope: ['regional'], timeframe: 'long' },
    });
    const xml = documentXml(await toDocx(finalMatricesDoc(s, 'es')));
    const [guide, scheme, secondMatrix] = tables(xml);
    expect(guide).toEqual([
      ['Campo', 'Contenido'],
      ['Objetivo', 'Atención y Prevención'],
      ['Compromiso o alcance', 'Atención ñ ¿integral?\nen frontera'],
      ['Acción 1', '=1+1 &lt;w:t&gt;Protocolo&lt;/w:t&gt;'],
    ]);
    expect(scheme?.[0]).toEqual([
      'N.º',
      'Acción',
      'Ámbito',
      'Poblaciones receptoras',
      'Instituciones responsables',
      'Mecanismo de evaluación e impacto',
      'Coordinación entre contrapartes nacionales',
      'Plazo',
      'Indicadores (opcional)',
    ]);
    expect(scheme?.[1]?.slice(0, 3)).toEqual(['1', '=1+1 &lt;w:t&gt;Protocolo&lt;/w:t&gt;', 'Regional']);
    expect(secondMatrix?.[1]).toEqual(['Objetivo', 'Soluciones Migratorias']);
    // The header row is navy and repeats on each page; the page is landscape for the wide scheme.
    expect(xml).toContain('w:fill="0B2E59"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/w:orient="landscape"/);
  });

  it('hold the draft Work Plan with decisions in the chosen language', async () => {
    const target = { groupId: PLENARY_GROUP, finalId: F, actionId: 'a1' };
    let p = accepted(runMutation(plenaryState(), fac, 'plenary.setAdoption', { ...target, status: 'adopted' }));
    p = accepted(
      runMutation(p, { role: 'participant', memberId: ids.ana }, 'plenary.comment', { id: uuid(1), ...target, text: 'Incluir a la niñez' }),
    );
    const xml = documentXml(await toDocx(workplanDoc(p, 'fr')));
    expect(tables(xml)[0]?.[1]).toEqual(['1', 'Protocolo', 'Régionale', 'Court terme', '', '', 'Adoptée']);
    expect(xml).toContain('Plan de travail régional (projet)');
    expect(xml).toContain('Action 1 : Incluir a la niñez (Ana)');
  });
});
