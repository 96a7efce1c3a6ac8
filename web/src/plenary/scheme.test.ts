import { describe, expect, it } from 'vitest';
import { action } from './fixtures.test-util';
import { schemeOf } from './scheme';

describe('an action’s scheme', () => {
  it('lists scopes in their canonical order and only the written fields', () => {
    const scheme = schemeOf(
      action('a1', 'Texto', { scope: ['regional', 'local'], timeframe: 'medium', institutions: ' OIM ', indicators: '  ' }),
    );
    expect(scheme).toEqual({ scopes: ['local', 'regional'], timeframe: 'medium', texts: [['institutions', 'OIM']] });
  });

  it('is empty for an action without a scheme', () => {
    expect(schemeOf(action('a1', 'Texto'))).toEqual({ scopes: [], timeframe: null, texts: [] });
  });
});
