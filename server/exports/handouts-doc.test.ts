import { describe, expect, it } from 'vitest';
import { workshopState } from '../../shared/domain/fixtures.test-util.js';
import { toDocx } from './docx.js';
import { handoutsDoc } from './handouts-doc.js';
import { toMarkdown } from './markdown.js';
import { documentXml, docxTables, readXlsx, sheetRows } from './read-back.test-util.js';
import { toXlsx } from './xlsx.js';

describe('working-matrix handouts', () => {
  it('pre-fill Annex I: objective, commitment, actions with their comment hints, open slots numbered', () => {
    const doc = handoutsDoc(workshopState(), 'es');
    expect(doc.pagePerSection).toBe(true);
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(['Matriz de trabajo Grupo 4 (1)', 'Matriz de trabajo Grupo 4 (2)']);
    const [first, , second] = doc.blocks.filter((b) => b.kind === 'table');
    expect(first?.kind === 'table' && first.handwriting).toBe(true);
    expect(first?.kind === 'table' ? first.header : []).toEqual(['Campo', 'Contenido', 'Notas del participante']);
    const rows = first?.kind === 'table' ? first.rows : [];
    expect(rows[0]?.[0]).toBe('Objetivo 4.1:');
    expect(rows[0]?.[1]).toMatch(/^Uniformar a nivel regional/);
    expect(rows[1]).toEqual(['Compromiso o alcance', '', '']);
    expect(rows[2]?.[0]).toBe('Acciones');
    expect(rows[2]?.[1]).toBe(
      '1. Acciones de prevención\n\nComentarios:\n- Campañas publicitarias, de sensibilización\n- Cooperación interinstitucional entre los diferentes ministerios',
    );
    expect(rows).toHaveLength(2 + 5);
    // Matrix 4.2: three actions from the guide, two left open for the group.
    const open = second?.kind === 'table' ? second.rows.slice(2).map((r) => r[1]) : [];
    expect(open[2]).toMatch(/^3\. Medidas para personas/);
    expect(open[3]).toBe('4.\n\nComentarios:');
    expect(open[4]).toBe('5.\n\nComentarios:');
  });

  it('come out as Word with a page per matrix and rows tall enough to write in', async () => {
    const xml = documentXml(await toDocx(handoutsDoc(workshopState(), 'fr')));
    const [matrix] = docxTables(xml);
    expect(matrix?.[0]).toEqual(['Champ', 'Contenu', 'Notes du participant']);
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(xml).toMatch(/<w:trHeight w:val="1300" w:hRule="atLeast"\/>/);
  });

  it('come out as Excel, a sheet per matrix, and as Markdown', async () => {
    const book = await readXlsx(await toXlsx(handoutsDoc(workshopState(), 'en')));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Group 4 working matrix (1)', 'Group 4 working matrix (2)']);
    expect(sheetRows(book.worksheets[0]).some((r) => r[0] === 'Objective 4.1:')).toBe(true);
    const md = toMarkdown(handoutsDoc(workshopState(), 'en'));
    expect(md).toContain("| Field | Content | Participant's notes |");
    expect(md).toContain('## Group 4 working matrix \\(2\\)');
  });
});
