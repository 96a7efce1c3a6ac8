import { groupWithFinal } from './final-fixture.test-util.js';
import { describe, expect, it } from 'vitest';
import { accepted, ids, PLENARY_GROUP, plenaryState, runMutation, uuid } from '../../shared/domain/fixtures.test-util.js';
import type { Actor } from '../../shared/domain/state.js';
import { finalMatricesDoc } from './final-matrices-doc.js';
import { escapeMarkdown, toMarkdown } from './markdown.js';
import { workplanDoc } from './workplan-doc.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const F = 'care-prevention';
const AT = Date.UTC(2018, 2, 15);

describe('Markdown documents', () => {
  it('keep every typed character inert: no heading, link, HTML or table break out of a text', () => {
    expect(escapeMarkdown('# <script>alert(1)</script> [x](http://e) | a*b_c')).toBe(
      '\\# &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(http://e\\) \\| a\\*b\\_c',
    );
  });

  it('lay out a group’s final matrices as the guide’s tables, with the action scheme, in the chosen language', () => {
    const s = groupWithFinal({
      commitment: 'Atención integral\nen frontera',
      action: 'Protocolo | regional <b>',
      scheme: { scope: ['national', 'regional'], timeframe: 'short' },
    });
    const es = toMarkdown(finalMatricesDoc(s, 'es', AT));
    expect(es).toContain('# Matrices finales');
    expect(es).toContain('## Atención y Prevención');
    expect(es).toContain('| Objetivo | Atención y Prevención |');
    expect(es).toContain('| Compromiso o alcance | Atención integral<br>en frontera |');
    expect(es).toContain('| Acción 1 | Protocolo \\| regional &lt;b&gt; |');
    expect(es).toMatch(/\| 1 \| Protocolo \\\| regional &lt;b&gt; \| Nacional, Regional \|.*\| Corto plazo \|/);
    // The second matrix has no action yet: it says so rather than print an empty table.
    expect(es).toContain('*Sin acciones redactadas\\.*');
    const en = toMarkdown(finalMatricesDoc(s, 'en', AT));
    expect(en).toContain('# Final matrices');
    expect(en).toContain('| Commitment or scope |');
    // Labels change with the language; what people wrote does not.
    expect(en).toContain('Atención integral<br>en frontera');
    expect(en).toContain('Short term');
  });

  it('make the draft Work Plan with the plenary’s decisions and comments, signed as the attribution allows', () => {
    const target = { groupId: PLENARY_GROUP, finalId: F, actionId: 'a1' };
    let p = accepted(runMutation(plenaryState(), fac, 'plenary.setAdoption', { ...target, status: 'adopted_with_changes' }));
    p = accepted(runMutation(p, ana, 'plenary.comment', { id: uuid(1), ...target, text: 'Incluir a la niñez' }));
    p = accepted(runMutation(p, fac, 'phase.setAttribution', { phaseId: 'plenary', mode: 'anonymous' }));
    p = accepted(runMutation(p, ana, 'plenary.comment', { id: uuid(2), ...target, text: 'Y a las personas mayores' }));
    const md = toMarkdown(workplanDoc(p, 'es', AT));
    expect(md).toContain('# Plan de Trabajo regional \\(borrador\\)');
    expect(md).toContain('## Grupo 4');
    expect(md).toContain('### Objetivo: Atención y Prevención');
    expect(md).toMatch(/\| 1 \| Protocolo \| Regional \| Corto plazo \| {2}\| {2}\| Adoptada con cambios \|/);
    expect(md).toContain('- Acción 1: Incluir a la niñez \\(Ana\\)');
    expect(md).toContain('- Acción 1: Y a las personas mayores \\(anónimo\\)');
    expect(md).not.toContain(ids.ana);
  });
});
