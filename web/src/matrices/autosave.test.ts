import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer, textToSend, toggled, typedText } from './autosave';

describe('textToSend', () => {
  it('sends nothing without a draft or when the draft says what the view already holds', () => {
    expect(textToSend(null, 'x', true)).toBeNull();
    expect(textToSend('Protocolo ', 'Protocolo', true)).toBeNull();
  });

  it('sends the changed text trimmed, as the domain keeps it', () => {
    expect(textToSend('  Red de albergues ', 'Red', true)).toBe('Red de albergues');
  });

  it('sends an emptied field as "" where clearing is allowed, and nothing where a text is required', () => {
    expect(textToSend('  ', 'Antes', true)).toBe('');
    expect(textToSend('', 'Antes', false)).toBeNull();
  });
});

describe('typedText', () => {
  it('is the draft only once the person typed, so a field merely focused never sends its stale copy', () => {
    expect(typedText(null)).toBeNull();
    expect(typedText({ text: 'old', typed: false })).toBeNull();
    expect(typedText({ text: 'new', typed: true })).toBe('new');
  });
});

describe('Debouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after calls stop for the delay', () => {
    const d = new Debouncer(800);
    const fn = vi.fn();
    d.schedule(fn);
    vi.advanceTimersByTime(500);
    d.schedule(fn);
    vi.advanceTimersByTime(799);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('runs only the last scheduled function, and nothing once cancelled', () => {
    const d = new Debouncer(800);
    const first = vi.fn();
    const last = vi.fn();
    d.schedule(first);
    d.schedule(last);
    vi.advanceTimersByTime(800);
    expect(first).not.toHaveBeenCalled();
    expect(last).toHaveBeenCalledTimes(1);
    d.schedule(first);
    d.cancel();
    vi.advanceTimersByTime(2000);
    expect(first).not.toHaveBeenCalled();
  });
});

describe('toggled', () => {
  it('adds and removes a key, keeping the same set when nothing changes', () => {
    const empty: ReadonlySet<string> = new Set();
    const one = toggled(empty, 'notes', true);
    expect([...one]).toEqual(['notes']);
    expect(toggled(one, 'notes', true)).toBe(one);
    expect(toggled(one, 'notes', false).size).toBe(0);
    expect(toggled(empty, 'x', false)).toBe(empty);
  });
});
