import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { group4Template } from '../../../shared/domain/fixtures.test-util';
import { en } from '../../../shared/i18n/ui/en';
import { es } from '../../../shared/i18n/ui/es';
import type { Conflict } from '../sync/conflictStore';
import { conflictReason, describeConflict, typedText } from './conflictDescription';

const i18n = i18next.createInstance();
await i18n.init({ resources: { es: { translation: es }, en: { translation: en } }, lng: 'es', interpolation: { escapeValue: false } });
const t = i18n.t;
const tEn = i18n.getFixedT('en');

const conflict = (name: string, args: unknown, code = 'item_missing', message = 'texto del servidor'): Conflict => ({
  id: 'c:1',
  name,
  args,
  code,
  message,
  madeAt: 1,
  rejectedAt: 2,
});

describe('describeConflict', () => {
  it('names an added item with its category, kind and text', () => {
    const c = conflict('pestle.add', { id: 'x', category: 'social', kind: 'challenge', text: 'Albergues saturados' });
    expect(describeConflict(c, t, 'es', null)).toBe('Añadir aporte PESTLE (Social, Desafío): «Albergues saturados»');
    expect(describeConflict(c, tEn, 'en', null)).toBe('Add PESTLE item (Social, Challenge): “Albergues saturados”');
  });

  it('quotes a long or multi-line text on one line, shortened; the full text stays copyable', () => {
    const text = `Primera línea\n${'palabra '.repeat(30)}`;
    const c = conflict('pestle.edit', { id: 'x', text });
    const line = describeConflict(c, t, 'es', null);
    expect(line).toMatch(/^Editar aporte: «Primera línea palabra .*…»$/);
    expect(line).not.toContain('\n');
    expect(typedText(c)).toBe(text);
    const cut = describeConflict(conflict('pestle.edit', { id: 'x', text: `${'a'.repeat(57)}, b ${'c'.repeat(30)}` }), t, 'es', null);
    expect(cut).toBe(`Editar aporte: «${'a'.repeat(57)}…»`);
  });

  it('says what an edit without text changed, and names phases from the template', () => {
    expect(describeConflict(conflict('pestle.edit', { id: 'x', kind: 'advance' }), t, 'es', null)).toBe('Editar aporte (Tipo: Avance)');
    const phase = describeConflict(conflict('phase.set', { phaseId: 'pestle' }), tEn, 'en', group4Template());
    expect(phase).toMatch(/^Move the room to the phase “.*PESTLE.*”$/);
    expect(typedText(conflict('phase.set', { phaseId: 'pestle' }))).toBeNull();
  });
});

describe('conflictReason', () => {
  it('words a known code in the UI language, and keeps the server’s words for an unknown one', () => {
    expect(conflictReason(conflict('pestle.edit', {}), 'en')).toBe('That contribution no longer exists; someone may have removed it.');
    expect(conflictReason(conflict('pestle.edit', {}, 'from_the_future', 'Mensaje nuevo'), 'en')).toBe('Mensaje nuevo');
  });
});
