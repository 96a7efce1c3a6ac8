import { groupWithFinal } from './final-fixture.test-util.js';
import { describe, expect, it } from 'vitest';
import { workshopState } from '../../shared/domain/fixtures.test-util.js';
import { type Doc, heading, paragraph, table } from './document.js';
import { finalMatricesDoc } from './final-matrices-doc.js';
import { handoutsDoc } from './handouts-doc.js';
import { toPdf } from './pdf.js';
import { readPdf } from './pdf-text.test-util.js';

/** Whitespace-insensitive: pdf.js may break a run where the layout wrapped it. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('PDF documents', () => {
  it('carry every Latin letter in the embedded font, and typed markup as plain text', async () => {
    const latin = '¿Señora Ñandú? ¡Sí! Çà été — Œuvre, ß, ł, ő, ã, ê';
    const doc: Doc = {
      title: 'Informe',
      subtitle: ['Taller regional'],
      blocks: [
        heading(1, 'Sección'),
        paragraph(latin),
        table(['Campo', 'Contenido'], [['Acción 1', '=1+1 <b>negrita</b> [enlace](http://x.test) {"text":"x"}']], [1, 3]),
      ],
    };
    const copy = structuredClone(doc);
    const pdf = await toPdf(doc);
    // The document is the caller's: laying it out leaves it as it was.
    expect(doc).toEqual(copy);
    const [page] = await readPdf(pdf);
    const text = flat(page?.text ?? '');
    expect(text).toContain(latin);
    expect(text).toContain('=1+1 <b>negrita</b> [enlace](http://x.test) {"text":"x"}');
    // The font travels inside the file; nothing typed became a link or an action.
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/Roboto/);
    expect(raw).not.toMatch(/\/URI|\/JavaScript|\/Launch/);
    // A narrow document is portrait A4, with its title and page number in the footer.
    expect([Math.round(page?.width ?? 0), Math.round(page?.height ?? 0)]).toEqual([595, 842]);
    expect(text).toContain('1 / 1');
  });

  it('lay out a group’s final matrices as the guide’s tables, landscape for the scheme', async () => {
    const s = groupWithFinal({ commitment: 'Atención integral', action: 'Protocolo común' });
    const pages = await readPdf(await toPdf(finalMatricesDoc(s, 'es')));
    const all = flat(pages.map((p) => p.text).join(' '));
    for (const expected of [
      'Matrices finales',
      'Campo Contenido',
      'Compromiso o alcance Atención integral',
      'Acción 1 Protocolo común',
      'Plazo',
    ]) {
      expect(all).toContain(expected);
    }
    expect(pages[0]?.width).toBeGreaterThan(pages[0]?.height ?? 0);
  });

  it('print the working matrices of Annex I each from a new page, pre-filled, in the chosen language', async () => {
    const pages = (await readPdf(await toPdf(handoutsDoc(workshopState(), 'es')))).map((p) => flat(p.text));
    const starts = pages.findIndex((p) => p.startsWith('Matriz de trabajo Grupo 4 (2)'));
    expect(starts).toBeGreaterThan(0);
    const first = pages.slice(0, starts).join(' ');
    const second = pages.slice(starts).join(' ');
    expect(first).toContain('Matriz de trabajo Grupo 4 (1)');
    expect(first).toContain('Objetivo 4.1:');
    expect(first).toContain('Notas del participante');
    expect(first).toContain('- Campañas publicitarias');
    expect(second).toContain('3. Medidas para personas');
    expect(second).toContain('4. Comentarios:');
    const english = flat((await readPdf(await toPdf(handoutsDoc(workshopState(), 'en'))))[0]?.text ?? '');
    expect(english).toContain("Participant's notes");
    expect(english).toContain('Name: ');
  });
});
