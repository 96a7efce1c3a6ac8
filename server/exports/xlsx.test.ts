import ExcelJS from 'exceljs';
import { groupWithFinal } from './final-fixture.test-util.js';
import { describe, expect, it } from 'vitest';
import { accepted, ids, PLENARY_GROUP, plenaryState, runMutation } from '../../shared/domain/fixtures.test-util.js';
import type { Actor } from '../../shared/domain/state.js';
import { finalMatricesDoc } from './final-matrices-doc.js';
import { workplanDoc } from './workplan-doc.js';
import { readXlsx as read, sheetRows as rows } from './read-back.test-util.js';
import { inertCell, tableCell, toXlsx } from './xlsx.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const F = 'care-prevention';

describe('Excel documents', () => {
  it('never hold a formula: text that starts like one is kept as text, apostrophe first', () => {
    expect(['=1+1', '+34 600', '-x', '@SUM(A1)', '\t=1', 'Texto = 1'].map(inertCell)).toEqual([
      "'=1+1",
      "'+34 600",
      "'-x",
      "'@SUM(A1)",
      "'\t=1",
      'Texto = 1',
    ]);
  });

  it('write whole numbers as numbers, so ratings and dots sort; anything else stays inert text', () => {
    expect(['4', '0', '12', '007', '4.5', '-3', '1e3', ''].map(tableCell)).toEqual([4, 0, 12, '007', '4.5', "'-3", '1e3', '']);
  });

  it('give each final matrix a sheet with the guide’s table and the scheme, read back as strings', async () => {
    const s = groupWithFinal({ action: '=HYPERLINK("http://x","clic")', scheme: { scope: ['local'], timeframe: 'short' } });
    const book = await read(await toXlsx(finalMatricesDoc(s, 'es')));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Atención y Prevención', 'Soluciones Migratorias']);
    const sheet = rows(book.worksheets[0]);
    expect(sheet).toContainEqual(['Campo', 'Contenido']);
    expect(sheet).toContainEqual(['Acción 1', '\'=HYPERLINK("http://x","clic")']);
    expect(sheet.find((r) => r[0] === '1')?.slice(0, 3)).toEqual(['1', '\'=HYPERLINK("http://x","clic")', 'Local']);
    // No cell of the book is a formula.
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula))));
  });

  it('give the Work Plan a sheet per group, with the decisions', async () => {
    const p = accepted(
      runMutation(plenaryState(), fac, 'plenary.setAdoption', { groupId: PLENARY_GROUP, finalId: F, actionId: 'a1', status: 'deferred' }),
    );
    const book = await read(await toXlsx(workplanDoc(p, 'en')));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Grupo 4']);
    expect(rows(book.worksheets[0])).toContainEqual([
      'Assistance and Prevention',
      '1',
      'Protocolo',
      'Regional',
      'Short term',
      '',
      '',
      'Deferred',
    ]);
  });
});
