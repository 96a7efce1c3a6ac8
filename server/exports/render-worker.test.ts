import { describe, expect, it } from 'vitest';
import { workshopState } from '../../shared/domain/fixtures.test-util.js';
import { type Doc, table } from './document.js';
import { handoutsDoc } from './handouts-doc.js';
import { readPdf } from './pdf-text.test-util.js';
import { documentXml } from './read-back.test-util.js';
import { renderInWorker } from './render-worker.js';

describe('the document worker', () => {
  it('lays documents out off the event loop, the same as on it', async () => {
    const doc = handoutsDoc(workshopState(), 'es');
    const [pdf, docx] = await Promise.all([renderInWorker('pdf', doc), renderInWorker('docx', doc)]);
    expect((await readPdf(pdf))[0]?.text).toContain('Matriz de trabajo Grupo 4 (1)');
    expect(documentXml(docx)).toContain('Notas del participante');
  });

  it('answers a document it cannot lay out with the reason, and goes on serving', async () => {
    const broken = { title: 'x', subtitle: [], blocks: null } as unknown as Doc;
    await expect(renderInWorker('pdf', broken)).rejects.toThrow(/blocks|null/);
    const pdf = await renderInWorker('pdf', { title: 'Después', subtitle: [], blocks: [] });
    expect((await readPdf(pdf))[0]?.text).toContain('Después');
  });

  it('gives up on a document that takes too long, and the next one gets a fresh worker', async () => {
    const long: Doc = {
      title: 'Larga',
      subtitle: [],
      blocks: [
        table(
          ['a'],
          Array.from({ length: 3000 }, (_, i) => [`fila ${i}`]),
        ),
      ],
    };
    await expect(renderInWorker('pdf', long, 1)).rejects.toThrow(/longer than/);
    const pdf = await renderInWorker('pdf', { title: 'Otra', subtitle: [], blocks: [] });
    expect((await readPdf(pdf))[0]?.text).toContain('Otra');
  });
});
